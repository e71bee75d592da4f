using Marsad.Lexicons;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The attacker of a clash told inside an offensive an earlier sentence launched.</summary>
public sealed partial class EventStage
{
    /// <summary>How many sentences before a clash the offensive that frames it may be told («شن الجيش هجوماً على ضواحي دمشق … وأشار سكان إلى معارك بين المتمردين والجنود»).</summary>
    private const int FrameSentences = 4;

    /// <summary>An asserted attack launched by a light verb («شن X هجوماً», «تشن القوات حملة عسكرية»): its sentence, first token and doer.</summary>
    internal readonly record struct Offensive(int Sentence, int Token, string Doer);

    /// <summary>Notes <paramref name="e"/>, a kept offensive (<see cref="IsLaunchedOffensive"/>), for the clashes told after it.</summary>
    private static void NoteOffensive(ArticleIndex index, EventCandidate e, List<Offensive> offensives) =>
        offensives.Add(new Offensive(index.SentenceOf(e.First).Index, e.First, e.Actor1!.ActorId));

    /// <summary>An asserted ASSAULT, no clash, with an armed doer and a launch word opening it or before it in its sentence.</summary>
    private static bool IsLaunchedOffensive(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "ASSAULT" || e.Modality != "asserted" || e.Actor1 is not { IsArmed: true }
            || index.IsRole(e.First, "clash", true))
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        // The launch word may open the trigger itself («شن هجوماً»).
        for (var k = e.First; k >= Math.Max(sentence.First, e.First - LaunchReach); k--)
        {
            if (index.IsRole(k, "launch", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «معارك عنيفة بين المتمردين والجنود» after «شن الجيش هجوماً كاملاً على ضواحي دمشق»: a clash that
    /// names both its sides behind «بين» (<see cref="ClashSides.Of"/>: right after the clash noun and its adjectives, or past its place
    /// and time in its sentence), told within <see cref="FrameSentences"/> sentences after an offensive of one
    /// of them, is that offensive's fighting, and the side that launched it is the attacker (docs/annotation.md
    /// 6.3: actor1 the attacker, else the side named first). Only the latest offensive counts, and only when
    /// its doer is the clash's second side and not its first; the clause's own cues (an attempt, a repulse)
    /// were read before.
    /// </summary>
    private static (ActorHit Attacker, ActorHit Attacked)? FramedAttacker(ArticleIndex index, EventCandidate e, List<Offensive>? offensives)
    {
        if (offensives is not { Count: > 0 } || e.Type != "ASSAULT" || !TypeRules.IsClashWord(index, e))
        {
            return null;
        }
        var latest = offensives[^1];
        if (latest.Token >= e.First || index.SentenceOf(e.First).Index - latest.Sentence > FrameSentences)
        {
            return null;
        }
        // Only sides told by «بين A و B», which says nothing of who attacks: «X خاضوا اشتباكات مع Y»,
        // «القتال ضد Y» make X the subject, and their sides are the clause's. The pair is read as every
        // other reader of a clash's sides reads it (ClashSides).
        var (first, second) = ClashSides.Of(index, e, index.ClauseOf(e.First).End);
        if (first is not { IsArmed: true } || second is not { IsArmed: true })
        {
            return null;
        }
        return SameSide(latest.Doer, second.ActorId) && !SameSide(latest.Doer, first.ActorId) ? (second, first) : null;
    }

    /// <summary>One party: the same id, or a state's government and its forces («SYR-GOV», «SYR-MIL»), asked the one way, <see cref="ActorLexicon.StateOf"/> (review23 should-fix 4).</summary>
    private static bool SameSide(string a, string b) =>
        string.Equals(ActorLexicon.StateOf(a), ActorLexicon.StateOf(b), StringComparison.Ordinal);
}
