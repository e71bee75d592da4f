namespace Marsad.Extraction;

/// <summary>
/// «قوة الأمم المتحدة لمراقبة فض الاشتباك في الجولان», «اتفاق فك الاشتباك»: «فض/فك» before a noun of fighting is
/// disengagement, the parting of two armies, a force's or an agreement's name, no clash (docs/annotation.md 4.4).
/// </summary>
public sealed partial class EventStage
{
    private static bool IsDisengagement(ArticleIndex index, EventCandidate e) =>
        e.Type == "ASSAULT" && e.First > 0 && !e.Trigger.IsVerb && index.IsRole(e.First, "clash", true)
        && index.Token(e.First - 1).IsWord && index.Words.IsWord(index.Text, e.First - 1, "disengage");
}
