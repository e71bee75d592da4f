using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>The attacker of a clash named by the attack that set it off («المعارك بين A و B إثر هجوم شنه B»).</summary>
public sealed partial class EventStage
{
    /// <summary>At most this many tokens (the clash's place, time and «بين» sides) stand between a clash noun and the background word of the attack that set it off.</summary>
    private const int ProvokedReach = 25;

    /// <summary>
    /// «تجددت المعارك العنيفة الخميس في مدينة درعا بين قوات النظام ومقاتلي المعارضة إثر هجوم شنه
    /// مقاتلو المعارضة على أحياء تابعة لقوات النظام», «اشتباكات عنيفة بين معارضين مسلحين والقوات
    /// النظامية اثر هجوم نفذه مقاتلون على سرية»: a clash told as the outcome of an attack (a background
    /// word, event_words.tsv `background`, right before an attack noun) has for actor1 the side that
    /// launched that attack (docs/annotation.md 6.3: actor1 the attacker, else the side named first),
    /// named by the verb of carrying out after the attack noun (role `doer`: «شنه», «نفذه»). The
    /// first-named rule read the defender there (train sn-cdd3b8ce). Only a clash noun (role `clash`),
    /// only the first background word after it, and no other trigger between.
    /// </summary>
    private ActorHit? ProvokedDoer(ArticleIndex index, EventCandidate e)
    {
        if (e.Type != "ASSAULT" || e.Trigger.IsVerb || !index.IsRole(e.First, "clash", true))
        {
            return null;
        }
        var sentence = index.SentenceOf(e.First);
        var end = Math.Min(sentence.End, index.Count);
        for (var k = e.End; k < Math.Min(end, e.End + ProvokedReach); k++)
        {
            if (index.IsRole(k, "background", true))
            {
                var attack = k + 1;
                if (attack >= end || !index.IsTrigger(attack) || _triggers.Matcher.MatchAt(index.Text, attack) is not { } m
                    || !m.Values.Any(v => v.Type == "ASSAULT" && !v.IsVerb))
                {
                    return null;
                }
                for (var j = m.End; j < Math.Min(end, m.End + ExecutorReach); j++)
                {
                    if (index.Role(j, "doer", true) is { } marker)
                    {
                        return Executor(index, marker.End, end) is { } launcher && launcher.ActorId != e.Actor1?.ActorId ? launcher : null;
                    }
                    if (index.Token(j).Kind == TokenKind.Punctuation || index.ActorAt(j) is not null || index.IsTrigger(j))
                    {
                        return null;
                    }
                }
                return null;
            }
            if (index.IsTrigger(k) && !index.IsRole(k, "clash", true))
            {
                return null;
            }
        }
        return null;
    }
}
