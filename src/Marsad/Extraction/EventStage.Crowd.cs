using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «وتظاهرت حشود تقدر بمئات الآلاف»: a noun of massing («حشود», a MOBILIZE trigger of troops massed) standing right after a
/// verb of protest is that verb's subject, the crowd that protests; the deed is the protest, which the verb's own candidate
/// codes (annotation.md 6.1: a demonstration is PROTEST by PROTESTERS). A MOBILIZE of no party was the second telling of it
/// (hand read Q14, 791bb68d). A gate, so the protest's candidate keeps its features.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Whether <paramref name="e"/> is a massing noun right after a protest verb, the protest's crowd.</summary>
    internal static bool IsProtestCrowd(ArticleIndex index, EventCandidate e, List<EventCandidate> candidates)
    {
        if (e.Type != "MOBILIZE" || e.Trigger.IsVerb)
        {
            return false;
        }
        var before = e.First - 1;
        while (before >= 0 && !index.Token(before).IsWord)
        {
            before--;
        }
        return before >= 0 && index.Token(before).Sentence == index.Token(e.First).Sentence
            && candidates.Exists(c => c.First == before && c.Type == "PROTEST" && c.Trigger.IsVerb);
    }
}
