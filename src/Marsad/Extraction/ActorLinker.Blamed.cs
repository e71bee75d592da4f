using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class ActorLinker
{
    /// <summary>
    /// «وحمّل النظامَ السوري مسؤولية العنف», «تحمّل مصر مسؤولية …»: the party right after a verb of
    /// blaming and right before the noun of responsibility (event_words.tsv role blame) is the one
    /// blamed, never the accuser: had it been the subject, the object would stand between it and the
    /// noun («حمّلت الحكومة المعارضة المسؤولية»), and a subject that bears the blame itself
    /// («تحمّل») is blamed too. A verb that carries its object as a pronoun («حمّله الجيش المسؤولية»)
    /// leaves the slot to its subject, so it does not count. <paramref name="verbEnd"/> is where the
    /// verb ends (the mention must follow it at once). Only the verbs of «حمّل» and «تحمّل» read so.
    /// </summary>
    public static bool BlamedBeforeBlame(ArticleIndex index, int verbFirst, int verbEnd, ActorHit hit)
    {
        if (hit.First != verbEnd || hit.End >= index.Count || index.Role(hit.End, "blame", true) is not { } blame)
        {
            return false;
        }
        // «يحمّل النظام مسؤوليته على جماعات إرهابية»: a blame laid «على» someone has its subject before it.
        if (blame.End < index.Count && index.Token(blame.End).Norm is "على" or "علي")
        {
            return false;
        }
        // Only «حمّل» takes the blamed and the blame as two objects; «ألقت السلطات المسؤولية على …» has its subject there.
        var verb = index.Token(verbFirst).Norm;
        return verb.Contains("حمل", StringComparison.Ordinal) && !(verb.EndsWith('ه') || verb.EndsWith("ها", StringComparison.Ordinal) || verb.EndsWith("هم", StringComparison.Ordinal) || verb.EndsWith("هما", StringComparison.Ordinal));
    }
}
