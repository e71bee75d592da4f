using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// The noun of an attempt («محاولة», «محاولات», event_words.tsv role `attemptnoun`) names who tried the deed it
/// governs: its genitive («لمحاولة مجموعات مسلحة الاعتداء», «لمحاولات النظام اقتحام») or the side behind «من»
/// after it («محاولات من الجيش للسيطرة»). An attempt that was repelled or failed is an asserted ASSAULT whose
/// attacker is the one who tried (docs/annotation.md 6.1), never the side that repelled it.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>At most this many tokens between an attempt noun and the deed it governs: its doer («من» and a name of up to three words) and a failure adjective.</summary>
    private const int AttemptNounReach = 6;

    /// <summary>
    /// The attempt noun that governs the deed at <paramref name="e"/>'s trigger, or -1: it stands before the trigger in
    /// its clause with nothing between but the attempt's doer (an actor, «من») and a failure adjective (role `failed`:
    /// «محاولة فاشلة لاقتحام»).
    /// </summary>
    private static int AttemptNounOf(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - AttemptNounReach); k--)
        {
            if (index.IsRole(k, "attemptnoun", true))
            {
                return k;
            }
            if (index.ActorAt(k) is null && index.Token(k).Norm != "من" && !index.IsRole(k, "failed", true))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>The side that tried: the actor right after the attempt noun at <paramref name="k"/>, or behind «من» right after it; a nationality adjective or a civilian is no doer.</summary>
    private static ActorHit? AttemptNounDoer(ArticleIndex index, int k)
    {
        var at = k + 1 < index.Count && index.Token(k + 1).Norm == "من" ? k + 2 : k + 1;
        return index.ActorAt(at) is { IsNisba: false } a && a.First == at && (a.IsArmed || a.Entry?.Class == "state") ? a : null;
    }

    /// <summary>The first armed side after the repeller <paramref name="repeller"/> and before the attempt noun at <paramref name="attemptAt"/>, in its sentence, that is not the repeller.</summary>
    private static ActorHit? OtherSideBefore(ArticleIndex index, ActorHit repeller, int attemptAt)
    {
        if (repeller.End > attemptAt || index.SentenceOf(repeller.First).First != index.SentenceOf(attemptAt).First)
        {
            return null;
        }
        for (var i = index.FirstActorFrom(repeller.End); i < index.Actors.Count && index.Actors[i].First < attemptAt; i++)
        {
            var a = index.Actors[i];
            if (a.IsArmed && !a.IsNisba && !string.Equals(a.ActorId, repeller.ActorId, StringComparison.Ordinal))
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>The attempt noun at <paramref name="k"/> (<see cref="AttemptNounOf"/>, -1 for none) governing the deed carries a failure adjective («محاولة فاشلة»): the attempt was repelled.</summary>
    private static bool FailedAttempt(ArticleIndex index, EventCandidate e, int k) =>
        k >= 0 && k + 1 < e.First && index.IsRole(k + 1, "failed", true);
}
