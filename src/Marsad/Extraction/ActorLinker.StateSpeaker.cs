using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class ActorLinker
{
    /// <summary>
    /// «لكن دمشق قالت مساء الأربعاء إن الغارة استهدفت مركزا عسكريا» after «الغارة الإسرائيلية قرب دمشق»: a state's or
    /// capital's name (actors.tsv class state) that speaks, with the complement of its verb of saying opened by a definite
    /// deed noun, tells of the deed the article gave another state or its forces just before («نفذتها مقاتلات حربية
    /// إسرائيلية»); it speaks for the
    /// side struck, and the noun carries the doer told before. Read as the clause's subject, Damascus became the Syrian army
    /// striking its own research centre in Israel's raid. Only when the deed told before is another state's: «قالت واشنطن إن
    /// الغارات استهدفت» tells of its own raids (the teller's own air raid, <see cref="OwnAirRaid"/>), and an armed speaker
    /// («قال الجيش إن القصف») is not read.
    /// </summary>
    private static bool SpeaksOfDeed(ArticleIndex index, EventCandidate e, ActorHit a, ActorHit? toldBefore) =>
        toldBefore is not null && ActorLexicon.CountryOf(toldBefore.ActorId) is not null && a.Entry?.Class == "state"
        && !string.Equals(ActorLexicon.StateOf(toldBefore.ActorId), ActorLexicon.StateOf(a.ActorId), StringComparison.Ordinal)
        && IsAnaphoricDeed(index, e) && index.Token(a.First).Sentence == index.Token(e.First).Sentence
        && ComplementBefore(index, e.First) && VerbOfTelling(index, a) == "speaker"
        && ComplementAfter(index, a, e.First) is var that and >= 0 && !OwnForceTold(index, a, that + 1, e.First, null);

    /// <summary>Whether a bare complementizer («أن», «إن») stands right before the deed noun, a quotation mark aside.</summary>
    private static bool ComplementBefore(ArticleIndex index, int first)
    {
        var k = first - 1;
        while (k >= 0 && index.Token(k).IsQuoteMark)
        {
            k--;
        }
        return k >= 0 && WordRoles.ActorRoles.Is(index.Text, k, "that", true);
    }
}
