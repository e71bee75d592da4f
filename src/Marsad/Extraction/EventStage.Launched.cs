using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The doer named by the light verb that launches an attack noun («شن X هجوماً») or does a deed («قام X بتسليم»).</summary>
public sealed partial class EventStage
{
    /// <summary>At most this many tokens stand between the launching word and the attack noun: «بشن فصائل تابعة للمعارضة بعد منتصف ليل الأربعاء، هجوماً».</summary>
    private const int LaunchReach = 14;

    /// <summary>
    /// «بشن فصائل تابعة للمعارضة بعد منتصف الليل، هجوماً على مواقع القوات»: the armed actor right
    /// after «شن» (a verb or its verbal noun, event_words.tsv role launch) is the subject of launching,
    /// so the doer of the attack noun it launches, even where a comma cuts the clause and the choice
    /// took the target or the article's army (hand-read 04b B #14). The attack noun must be the
    /// first trigger word after that actor, so an attack told after another deed keeps its own doer.
    /// </summary>
    private ActorHit? LaunchedDoer(ArticleIndex index, EventCandidate e) =>
        e.Trigger.IsVerb || !EventTypes.IsLethalViolence(e.Type) ? null : LightVerbSubject(index, e, "launch", stateToo: false);

    /// <summary>
    /// «قامت النصرة بتسليم قرية», «أقدم مسلحون على خطف», «بادر المسلح بإطلاق النار»: a light verb of
    /// doing (event_words.tsv roles commit, commiton) names the doer of the verbal noun it takes behind
    /// ب or على, whatever deed a party does, and a state may be that party («قامت تركيا بإرسال
    /// تعزيزات»). The choice scores the subject far from the noun on its own and took the deed's target
    /// or nobody.
    /// </summary>
    private ActorHit? CommittedDoer(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb || !(EventTypes.IsMilitaryOperation(e.Type) || e.Type is "ATTACK_CIVILIANS" or "ARREST"))
        {
            return null;
        }
        // «قام الجيش بالرد على هجوم»: only «أقدم» takes its deed behind على; after «قام» that deed is another's.
        if (index.Token(e.First).Norm.StartsWith('ب'))
        {
            return LightVerbSubject(index, e, "commit", stateToo: true);
        }
        return e.First > 0 && index.Token(e.First - 1).Norm is "على" or "علي" ? LightVerbSubject(index, e, "commiton", stateToo: true) : null;
    }

    /// <summary>The actor right after the nearest light verb of the role before the trigger, when the trigger is the first trigger word after it.</summary>
    private ActorHit? LightVerbSubject(ArticleIndex index, EventCandidate e, string role, bool stateToo)
    {
        var sentenceFirst = index.SentenceOf(e.First).First;
        for (var k = e.First - 1; k >= Math.Max(sentenceFirst, e.First - LaunchReach); k--)
        {
            if (!index.IsRole(k, role, true))
            {
                continue;
            }
            var subject = index.ActorAt(k + 1);
            if (subject is null || !ActorLinker.CanBeNamedDoer(index, subject, stateToo) || subject.First != k + 1 || subject.End > e.First)
            {
                return null;
            }
            for (var j = subject.End; j < e.First; j++)
            {
                if (_triggers.Matcher.MatchAt(index.Text, j) is not null)
                {
                    return null;
                }
            }
            return subject;
        }
        return null;
    }
}
