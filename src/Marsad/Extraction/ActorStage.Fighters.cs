using Marsad.Lexicons;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

public sealed partial class ActorStage
{
    /// <summary>At most this many words after «من» may name the side the fighters come from («من جبهة النصرة», «من إيران والعراق», «من كتائب عدة بينها»).</summary>
    private const int FightersOfReach = 3;

    /// <summary>The one-word fighters' noun alone (no adjective of the lexicon after it), with or without the article.</summary>
    private static bool IsBareFighters(AnalyzedText text, PhraseMatch<ActorEntry> m) =>
        m.End == m.First + 1 && WordRoles.ActorRoles.Is(text, m.First, "barefighters", true);

    /// <summary>
    /// An indefinite bare fighters' noun (actor_roles.tsv barefighters: «مقاتلون», «مقاتلين») names the unnamed armed
    /// opposition of the article's country only where nothing ties it to a side: it ends its clause, a deed verb
    /// follows it («إن مقاتلين سيطروا»), or «من» follows with no party and no place in the next words («سيطر مقاتلون من
    /// عدة كتائب», «مقاتلين من المعارضة»). An adjective after it («مقاتلين أجانب», «مقاتلين أكراد») or a party or a
    /// country behind «من» («مقاتلين من حزب الله», «من إيران والعراق»), or «بينها» opening a list of their groups, says
    /// whose they are, and the bare noun is no
    /// party then. Read nowhere before, the capture such fighters made took the side of the dead (hand-read 07d K18).
    /// </summary>
    private bool IsUntiedFighters(ExtractionContext context, PhraseMatch<ActorEntry> m)
    {
        var text = context.Text;
        // «المقاتلين» refers back to fighters told before, whoever they were.
        if (DefiniteForm.IsDefinite(text.Tokens[m.First].Norm))
        {
            return false;
        }
        var next = m.End;
        if (next >= text.Tokens.Count || !text.Tokens[next].IsWord || text.Tokens[next].Clause != text.Tokens[m.First].Clause)
        {
            return true;
        }
        if (TriggerLexicon.Default.Matcher.MatchAt(text, next) is { } verb && verb.Values.Any(static t => t.IsVerb))
        {
            return true;
        }
        // «هجوم نفذه مقاتلون على سرية القوات النظامية»: right after a verb of doing with the deed's pronoun (event_words.tsv
        // doer) the fighters are its subject, and the «على/ضد» after them opens what was attacked, which names no side of
        // theirs; read as no party, the verb's doer became the company attacked (hand-read 07h S17).
        if (EndsDoerMarker(text, m.First) && WordRoles.ActorRoles.Is(text, next, "target"))
        {
            return true;
        }
        if (!WordRoles.ActorRoles.Is(text, next, "fightersof"))
        {
            return false;
        }
        var clause = text.Tokens[next].Clause;
        for (var k = next + 1; k <= next + FightersOfReach && k < text.Tokens.Count && text.Tokens[k].Clause == clause; k++)
        {
            // «مقاتلين من كتائب عدة بينها جبهة النصرة»: «بينها» opens the list of the groups they come from.
            if (lexicon.Matcher.MatchAt(text, k) is not null || context.Places.Exists(p => p.First <= k && k < p.End)
                || WordRoles.ActorRoles.Is(text, k, "amongthem"))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether a verb of doing with the deed's pronoun («نفذه», «قام به»: event_words.tsv doer) ends right before <paramref name="at"/>.</summary>
    private bool EndsDoerMarker(AnalyzedText text, int at)
    {
        for (var from = Math.Max(0, at - 2); from < at; from++)
        {
            if (words.At(text, from, "doer", allowClitics: true) is { } marker && marker.End == at)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «مسلحون ينتمون لحزب العمال الكردستاني», «مسلحين ينتمون إلى حركة فتح»: the first token of a word of belonging
    /// (event_words.tsv belongsto) that ties the name to the words before it, the name carrying «ل» or standing right
    /// after «إلى»; null when none does. Fighters before it are that party's men, as fighters «من» it are.
    /// </summary>
    private int? BelongingBefore(AnalyzedText text, ActorHit a)
    {
        var k = a.First - 1;
        var glued = a.Clitics is "ل" or "ول";
        if (!glued)
        {
            if (text.Tokens[k].Norm is not ("الي" or "إلى") || a.Clitics.Length > 0)
            {
                return null;
            }
            k--;
        }
        return k >= 0 && words.At(text, k, "belongsto") is { } belonging && belonging.End == k + 1
            && text.Tokens[belonging.First].Clause == text.Tokens[a.First].Clause ? belonging.First : null;
    }
}
