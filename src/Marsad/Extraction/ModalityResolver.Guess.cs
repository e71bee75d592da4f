namespace Marsad.Extraction;

/// <summary>
/// A conjecture with a copula («يرجح أن يكون», «من المتوقع أن يكون») judges how things are or were
/// (<see cref="ModalityResolver.JudgedState"/>): possible. When what it judges is a deed already told as
/// done, the guess bears on a detail of that deed, not on whether it happened: its cause or weapon
/// («وأن الانفجار وقع في العباسيين ويرجح أن يكون ناجما عن سيارة مفخخة»), its doer («رجح مسؤولون أن يكون
/// الهجوم الانتحاري من تنفيذ التنظيم»), its target («ورد الجيش بقصف مناطق المسلحين، حيث من المتوقع أن يكون
/// الجيش قد استهدف حي …»). The deed is asserted (annotation.md 6.1: the event happened; the hedge is
/// on a field, which the guideline does not code as modality).
/// </summary>
internal sealed partial class ModalityResolver
{
    /// <summary>
    /// True when a violent candidate under a copula conjecture retells a deed told as done: the copula's
    /// subject is itself a deed noun («أن تكون التفجيرات بسبب قصف»), or a deed of violence is told in the
    /// sentence before the conjecture's cue («الانفجار وقع … ويرجح أن يكون ناجما عن»).
    /// </summary>
    private static bool GuessedDetail(ArticleIndex index, EventCandidate e, Text.TextUnit sentence)
    {
        if (!EventTypes.IsLethalViolence(e.Type) || e.ModalityCue is not { } cue)
        {
            return false;
        }
        var tokens = index.Text.Tokens;
        var cueFirst = -1;
        var copula = -1;
        for (var k = sentence.First; k < e.First; k++)
        {
            var start = tokens[k].Span.Start;
            if (cueFirst < 0 && start >= cue.Start)
            {
                cueFirst = k;
            }
            if (start >= cue.End && index.IsRole(k, "copula") && index.IsRole(k - 1, "thatclause", true))
            {
                copula = k;
                break;
            }
        }
        if (copula < 0)
        {
            return false;
        }
        var subject = copula + 1;
        while (subject < sentence.End && tokens[subject].IsQuoteMark)
        {
            subject++;
        }
        if (subject < sentence.End && index.TriggerTypeAt(subject) is { } judged && EventTypes.IsLethalViolence(judged))
        {
            return true;
        }
        for (var k = sentence.First; k < cueFirst; k++)
        {
            if (index.TriggerTypeAt(k) is { } told && EventTypes.IsLethalViolence(told))
            {
                return true;
            }
        }
        return false;
    }
}
