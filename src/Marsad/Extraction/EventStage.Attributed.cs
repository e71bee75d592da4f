using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>The doer an attack is laid to («هجوم انتحاري نسب إلى تنظيم داعش»).</summary>
public sealed partial class EventStage
{
    /// <summary>Tokens between an attack noun and the word that lays it to someone: «هجوم انتحاري نسب», «الهجوم الذي نسب», «انفجار قنبلة على الخط نسب».</summary>
    private const int AttributedReach = 5;

    /// <summary>
    /// «هجوم انتحاري نسب إلى تنظيم داعش», «هجمات نسبت إلى حزب العمال الكردستاني», «تفجير انتحاري نسب
    /// للتنظيم»: the armed actor or state a participle or passive of laying (event_words.tsv role
    /// attributed) puts the attack on, behind «إلى» or «ل», is its alleged doer, as a claimant is
    /// (SPEC §6), whoever alleges it. The choice took the sentence's subject instead, most often the
    /// state the attack struck as it tightened its security or investigated («الحكومة التركية … غداة
    /// هجوم انتحاري نسب إلى تنظيم داعش»: Turkey coded the doer of a bombing on its soil). Only an
    /// attack noun counts, with no punctuation or other trigger between: a verb of blaming with its
    /// own subject («نسبت السلطات الهجوم إلى») names the blamer right after it and is left to the choice.
    /// </summary>
    private static ActorHit? AttributedDoer(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb || !EventTypes.IsLethalViolence(e.Type))
        {
            return null;
        }
        var end = Math.Min(index.SentenceOf(e.First).End, index.Count);
        for (var k = e.End; k < Math.Min(end, e.End + AttributedReach); k++)
        {
            if (index.IsRole(k, "attributed", true))
            {
                var next = index.PastTo(k + 1, end);
                if (next >= end || index.ActorAt(next) is not { } a || a.First != next || !ActorLinker.CanBeNamedDoer(index, a))
                {
                    return null;
                }
                // Without «إلى» the name carries the «ل» itself («نسب للتنظيم»).
                var lam = a.Clitics.Contains('ل', StringComparison.Ordinal);
                return next == k + 2 ? (lam ? null : a) : lam ? a : null;
            }
            if (index.Token(k).Kind == TokenKind.Punctuation || index.IsTrigger(k))
            {
                return null;
            }
        }
        return null;
    }
}
