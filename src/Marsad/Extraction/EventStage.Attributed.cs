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
    /// attack noun counts, with no punctuation or other trigger between. A verb of blaming with its own
    /// subject names the blamer right after it: with the attack as its pronoun («هجوم نسبته السلطات إلى
    /// التنظيم», AFP's wording of the Suruç and Diyarbakır bombings) the party behind «إلى» is the doer
    /// all the same (docs/annotation.md 4.5: blame naming a group makes it actor1); with the attack as a
    /// noun after it («نسبت السلطات الهجوم إلى») it is left to the choice.
    /// </summary>
    private static ActorHit? AttributedDoer(ArticleIndex index, EventCandidate e) =>
        AttachedAttributedDoer(index, e) ?? LaidInSentence(index, e);

    private static ActorHit? AttachedAttributedDoer(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb || !EventTypes.IsLethalViolence(e.Type))
        {
            return null;
        }
        var end = Math.Min(index.SentenceOf(e.First).End, index.Count);
        for (var k = e.End; k < Math.Min(end, e.End + AttributedReach); k++)
        {
            if (index.Role(k, "attributed", true) is { } laid)
            {
                // «هجوم انتحاري دام نسبته الحكومة إلى التنظيم», «الهجوم الذي نسبته السلطات التركية إلى داعش»: the
                // verb's pronoun is the attack, its subject the blamer, and the party behind «إلى» the alleged doer.
                if (laid.FirstReading.Suffix > 0)
                {
                    return LaidOnBeyondBlamer(index, k + 1, end);
                }
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

    /// <summary>Tokens of the blamer («الحكومة», «السلطات التركية», «وزارة الداخلية العراقية») between a verb of laying that carries the attack's pronoun and «إلى».</summary>
    private const int BlamerReach = 4;

    /// <summary>
    /// The armed actor or state right after the first «إلى» within <see cref="BlamerReach"/> tokens of <paramref name="from"/>:
    /// whom the blamer before it lays the attack on. With no «إلى» there (a percentage: «بلغت نسبته»), a punctuation
    /// mark or a trigger first, the verb lays nothing on anyone.
    /// </summary>
    private static ActorHit? LaidOnBeyondBlamer(ArticleIndex index, int from, int end)
    {
        for (var j = from; j < Math.Min(end, from + BlamerReach + 1); j++)
        {
            if (index.Token(j).Kind == TokenKind.Punctuation || index.IsTrigger(j))
            {
                return null;
            }
            var next = index.PastTo(j, end);
            if (next == j)
            {
                continue;
            }
            return next < end && index.ActorAt(next) is { } a && a.First == next && j > from && ActorLinker.CanBeNamedDoer(index, a) ? a : null;
        }
        return null;
    }

    /// <summary>
    /// A passive of laying that stands as a clause of its own lays the sentence's deed on the party behind «إلى», whoever
    /// alleges it (docs/annotation.md 4.5), in AFP's two wordings: coordinated after the deed is told («عملية انتحارية
    /// استهدفت مركزا للدرك وأوقعت قتيلين ونسبت إلى متمردي حزب العمال», «قتل جنديان، ونسب إلى حزب العمال»), or on the
    /// incident noun that opens the sentence before the deed («وفي حادثة منفصلة نسبت أيضا إلى حزب العمال، قتل جندي»). A
    /// verb of laying with a pronoun has its own blamer and is read by <see cref="AttachedAttributedDoer"/>.
    /// </summary>
    private static ActorHit? LaidInSentence(ArticleIndex index, EventCandidate e)
    {
        if (!EventTypes.IsLethalViolence(e.Type))
        {
            return null;
        }
        var sentence = index.SentenceOf(e.First);
        var end = Math.Min(sentence.End, index.Count);
        for (var k = sentence.First; k < end; k++)
        {
            if (index.Role(k, "attributed", true) is not { } laid || laid.FirstReading.Suffix > 0)
            {
                continue;
            }
            var coordinated = k >= e.End && (laid.FirstReading.Prefix > 0 && index.Token(k).Norm.StartsWith('و') || k > 0 && index.Token(k - 1).IsComma);
            var onIncident = k < e.First && (index.IsRole(k - 1, "incident", true) || index.IsRole(k - 2, "incident", true) && index.Token(k - 1).IsWord);
            if (!coordinated && !onIncident)
            {
                continue;
            }
            var j = k + 1;
            while (j < end && index.IsRole(j, "skip", true))
            {
                j++;
            }
            var next = index.PastTo(j, end);
            return next > j && next < end && index.ActorAt(next) is { } a && a.First == next && ActorLinker.CanBeNamedDoer(index, a) ? a : null;
        }
        return null;
    }
}
