namespace Marsad.Extraction;

/// <summary>
/// A conjecture with a copula («يرجح أن يكون», «من المتوقع أن يكون») judges how things are or were
/// (<see cref="ModalityResolver.JudgedState"/>): possible. When what it judges is a deed already told as
/// done in the same sentence, the guess bears on a detail of that deed, not on whether it happened: its cause or
/// weapon («وأن الانفجار وقع في العباسيين ويرجح أن يكون ناجما عن سيارة مفخخة»), its target («ورد الجيش بقصف
/// مناطق المسلحين، حيث من المتوقع أن يكون الجيش قد استهدف حي …»). The deed is asserted: annotation.md 6.2 codes
/// whether a deed happened, and this one is told as happened; the hedge is on one of its fields.
/// </summary>
internal sealed partial class ModalityResolver
{
    /// <summary>
    /// True when a violent candidate under a copula conjecture retells a deed of violence told as done in the
    /// sentence before the conjecture's cue («الانفجار وقع … ويرجح أن يكون ناجما عن»). Blasts told in a sentence
    /// before and guessed here to come from a shelling («ويرجح أن تكون التفجيرات بسبب قصف لمدينة داريا») stay
    /// possible: the guess there is the place and the deed of the shelling itself, no detail of a deed told.
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
