using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The side a statement of dead or wounded counts is the one hit, never the doer of a strike or an attack.</summary>
public sealed partial class EventStage
{
    /// <summary>Words a killing word may stand before the side whose dead it counts: «مقتل العشرات من عناصر تنظيم داعش» puts three between.</summary>
    private const int DeadSideReach = 6;

    /// <summary>
    /// «مقتل العشرات من عناصر تنظيم داعش في قواطع العمليات», «ما أدى إلى مقتل 28 من مسلحي التنظيم», «سقوط قتلى وجرحى في
    /// صفوف عناصر الحرس الجمهوري», «قتل اكثر من 40 من جنود الجيش السوري في كمين»: a party named as the dead or wounded of
    /// a killing word (a count, a partitive «من», a noun of its men or «صفوف» between) is the side that was hit. The choice
    /// reads each mention on its own and took it for the doer of the strike or attack it suffered (hand-read B11, B13).
    /// The strike, the attack on them and the violence told with them lose it as doer and take it as the target
    /// (docs/annotation.md 6.3: actor2 the one acted on); the attacker named in the deed's own clause, if any, is
    /// not looked for here. A clash keeps its sides: both lose men in it, and its doer is the attacker or the side named first.
    /// Run on the kept events, like the capture clashes: the keep model learned from the choice's doer.
    /// </summary>
    private static void ApplyDeadSides(ArticleIndex index, List<EventCandidate> kept)
    {
        foreach (var e in kept)
        {
            if (e.Actor1 is not { } doer || !EventTypes.IsLethalViolence(e.Type) || (e.Type == "ASSAULT" && TypeRules.IsClashWord(index, e))
                || !IsDeadSide(index, doer) || DoneByItsDead(index, e))
            {
                continue;
            }
            if (TraceChoices)
            {
                Console.Error.WriteLine($"trace: doer rule dead-side «{index.Text.TextOf(e.First, e.End)}» {doer.ActorId}«{index.Text.TextOf(doer.First, doer.End)}»/{e.Actor2?.ActorId ?? "-"} -> -/{doer.ActorId}");
            }
            SetDoer(index, e, null);
            e.Actor2 = doer;
            UnnamedAttacker(index, e);
        }
    }

    /// <summary>
    /// The mention's clause puts a word of dead or wounded before it («مقتل», «قتل», «قتلى», «جرح») with only the count of
    /// its men, «من», «في», «صفوف» and the nouns of its men between, and a count, the partitive «من» or «صفوف» among them:
    /// a party right after a killing verb is its subject («قتل المتمردون جنديين»).
    /// </summary>
    internal static bool IsDeadSide(ArticleIndex index, ActorHit hit)
    {
        // «مقتل وجرح 45 من الجيش والحشد الشعبي بتفجير»: a party joined by «و» right after a counted party is counted with it.
        if (hit.Clitics.StartsWith('و') && index.ActorAt(hit.First - 1) is { } before && before.End == hit.First && before.First < hit.First)
        {
            return IsDeadSide(index, before);
        }
        var clause = index.Token(hit.First).Clause;
        var counted = false;
        for (var k = hit.First - 1; k >= Math.Max(0, hit.First - DeadSideReach) && index.Token(k).Clause == clause; k--)
        {
            if (FatalityFinder.Default.IsCasualtyStatedAt(index.Text, k))
            {
                return counted;
            }
            var norm = index.Token(k).Norm;
            if (index.Words.IsWholeWord(norm, "deadof") || index.IsRole(k, "deadranks", true) || index.IsCountAt(k) || FatalityFinder.Default.InFewPhrase(index.Text, k))
            {
                counted = true;
                continue;
            }
            // A noun of men alone is no count: «قتل أفراد الشرطة» is as often the police killing as killed.
            if (index.Words.IsWholeWord(norm, "deadpass") || FatalityFinder.Default.IsPersonWordAt(index.Text, k) || index.IsRole(k, "groupmen", true) || index.IsRole(k, "deadmen", true))
            {
                continue;
            }
            return false;
        }
        return false;
    }
}
