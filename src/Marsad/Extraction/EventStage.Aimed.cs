using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «ارتفعت حصيلة الهجمات الصاروخية التي استهدفت منطقة الحديد», «تفجير استهدف مسجدا», «واستهدف
/// أكثر الهجمات دموية منطقة بغداد الجديدة»: a deed told as the subject of a verb of aiming is told
/// by what it hit. Such a sentence names its doer in itself («غارات شنها الطيران استهدفت», «الغارة
/// الإسرائيلية التي استهدفت») or not at all (docs/annotation.md 6.3 and 8, "passive … with no doer
/// named"): of the 21 core train and dev events whose evidence has a deed noun for the subject of
/// «استهدف» or «طال», 16 keep actor1 null; of the five with a doer, three name it in the deed's own
/// sentence and two are air raids. A doer from another sentence stays only where that
/// sentence tells it doing a deed («قصفت المدفعية التركية مواقع … وقال مسؤول إن القصف استهدف»: the
/// deed told again), not where it speaks there («وأكدت السلطات القضائية …») or claimed only some of
/// several deeds («في هجمات تبنى بعضها داعش»). An air raid so told is left to the choice: only states
/// and their allies fly, and the coders take its doer from the report around («شن التحالف 24 غارة …
/// وأفاد البيان أن الغارات استهدفت», train sn-ce9986b2).
/// </summary>
public sealed partial class EventStage
{
    private static bool AimedWithoutDoer(ArticleIndex index, EventCandidate e, ActorHit doer)
    {
        if (!EventTypes.IsLethalViolence(e.Type) || !DeedTarget.IsAimSubject(index, e) || IsAirRaid(index, e))
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        if (doer.First >= sentence.First && doer.First < sentence.End)
        {
            return false;
        }
        // The choice carries the doer's nearest mention: one in the deed's sentence that is not its target names it there.
        for (var i = index.FirstActorFrom(sentence.First); i < index.Actors.Count && index.Actors[i].First < sentence.End; i++)
        {
            var a = index.Actors[i];
            if ((string.Equals(a.ActorId, doer.ActorId, StringComparison.Ordinal) || string.Equals(ActorLinker.ArmedFormFor(index, e, a).ActorId, doer.ActorId, StringComparison.Ordinal))
                && !DeedTarget.Is(index, a, e))
            {
                return false;
            }
        }
        return !ToldDoing(index, doer);
    }

    /// <summary>
    /// The mention stands in a clause with a trigger of its own and is neither that clause's speaker
    /// nor a claimant of part of what it tells («تبنى بعضها داعش»): the sentence tells it doing a deed.
    /// </summary>
    private static bool ToldDoing(ArticleIndex index, ActorHit doer)
    {
        if (ActorArguments.IsSpeaker(index, doer) || (doer.First > 0 && index.Words.IsWholeWord(index.Token(doer.First - 1).Norm, "someof")))
        {
            return false;
        }
        var clause = index.ClauseOf(doer.First);
        for (var k = clause.First; k < clause.End; k++)
        {
            if ((k < doer.First || k >= doer.End) && index.IsTrigger(k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>«الغارات الجوية», «ضربة جوية»: the trigger or the word after it names an air raid.</summary>
    private static bool IsAirRaid(ArticleIndex index, EventCandidate e) => HasRole(index, e.First, Math.Min(index.Count, e.End + 1), "airraid");
}
