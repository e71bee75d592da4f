using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «ولم تتضح الجهة التي تقف وراء الهجوم», «لم تحدد السلطات الجهة المسؤولة عن الهجومين», «مسلحين لم
/// يحدد انتماؤهما»: the article says in so many words that the doer of the attack it has just told is not
/// known. That is stronger than an absent claim (ApplyAbsentClaims): no party the choice carried in or took
/// from the victims («قتل خمسة من أعضاء منظمة مجاهدي خلق في هجوم … استهدف معسكر ليبرتي») is its doer, and
/// the attack keeps only the unnamed attackers its own sentence names, or none (docs/annotation.md 6.3 and 8).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Words between the negation and the verb of coming to light («لم تتضح», «ولم يتم»): one.</summary>
    private const int UnclearNegationWindow = 2;

    /// <summary>Words after the verb within which the doer word stands («لم تحدد السلطات أو وسائل الإعلام، الجهة»).</summary>
    private const int UnclearObjectReach = 6;

    private static void ApplyUnknownDoers(ArticleIndex index, List<EventCandidate> events)
    {
        var text = index.Text;
        for (var i = 0; i < index.Count; i++)
        {
            if (!IsUnknownDoerStatement(index, i))
            {
                continue;
            }
            // «قتلت الشرطة مسلحين اثنين لم يحدد انتماؤهما»: forces of a state named in the deed's own clause
            // are a known doer; the statement is about the other side.
            ClearDoersTold(index, events, text.Tokens[i].Sentence, i, "unknown", static e => e.Actor1IsLocal && e.Actor1!.Entry?.Class is not (null or "org"));
        }
    }

    /// <summary>A verb of coming to light with a negation just before it and a word of the doer a few words after, in its sentence.</summary>
    private static bool IsUnknownDoerStatement(ArticleIndex index, int verb)
    {
        if (!index.IsRole(verb, "unclear", true))
        {
            return false;
        }
        var sentence = index.SentenceOf(verb);
        if (!HasRole(index, Math.Max(sentence.First, verb - UnclearNegationWindow), verb, "claimnegation"))
        {
            return false;
        }
        var end = Math.Min(sentence.End, verb + 1 + UnclearObjectReach);
        for (var k = verb + 1; k < end; k++)
        {
            if (index.IsRole(k, "unknowndoer", true) || (index.IsRole(k, "identity", true) && index.IsRole(k + 1, "attackers", true)))
            {
                return true;
            }
        }
        return false;
    }
}
