using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The doer named by the light verb that launches an attack noun («شن X هجوماً»).</summary>
public sealed partial class EventStage
{
    /// <summary>At most this many tokens stand between the launching word and the attack noun: «بشن فصائل تابعة للمعارضة بعد منتصف ليل الأربعاء، هجوماً».</summary>
    private const int LaunchReach = 14;

    /// <summary>
    /// «بشن فصائل تابعة للمعارضة بعد منتصف الليل، هجوماً على مواقع القوات»: the armed actor right
    /// after «شن» (a verb or its verbal noun, event_words.tsv role launch) is the subject of launching,
    /// so the doer of the attack noun it launches, even where a comma cuts the clause and the choice
    /// took the target or the article's army (hand-read 04b B #14). The attack noun must be the first
    /// trigger word after that actor, so an attack told after another deed keeps its own doer.
    /// </summary>
    private ActorHit? LaunchedDoer(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb || e.Type is not ("REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS"))
        {
            return null;
        }
        var sentenceFirst = index.SentenceOf(e.First).First;
        for (var k = e.First - 1; k >= Math.Max(sentenceFirst, e.First - LaunchReach); k--)
        {
            if (!index.IsRole(k, "launch", true))
            {
                continue;
            }
            var launcher = index.ActorAt(k + 1);
            if (launcher is not { IsArmed: true } || launcher.First != k + 1 || (launcher.IsNisba && !ActorLinker.IsForceNisba(index, launcher)) || launcher.End > e.First)
            {
                return null;
            }
            for (var j = launcher.End; j < e.First; j++)
            {
                if (_triggers.Matcher.MatchAt(index.Text, j) is not null)
                {
                    return null;
                }
            }
            return launcher;
        }
        return null;
    }
}
