using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «ونسب الهجوم إلى متمردي حزب العمال», «ونسبت وسائل إعلام تركية الهجوم لمتمردين أكراد»: a verb of laying with a definite
/// deed noun as its object lays the attack the reader knows, told in the sentences before, on the party behind «إلى» or
/// «ل». The attributed readings (<see cref="AttributedDoer"/>) read only a verb of laying right after its attack noun or
/// coordinated in the attack's own sentence; AFP opens a sentence of its own with it. A specific group so named is the
/// attack's actor1, whoever alleges it (docs/annotation.md 4.5), as thrown blame is (<see cref="ApplyThrownBlame"/>).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from the verb of laying to its deed noun: the blamer may stand between («نسبت وسائل إعلام تركية الهجوم»).</summary>
    private const int LaidDeedReach = 5;

    private static void ApplyLaidTo(ArticleIndex index, List<EventCandidate> events) =>
        ApplyBlameVerbs(index, events, i => LayingVerbAt(index, i), LaidOn, "laid-to");

    /// <summary>A verb of laying at the token; a participle («المنسوب») or a verb carrying the attack's pronoun («نسبته») is the attributed readings'.</summary>
    private static PhraseMatch<string>? LayingVerbAt(ArticleIndex index, int i) =>
        index.Role(i, "attributed", true) is { } verb && verb.FirstReading.Suffix == 0 && index.Token(i).IsWord
        && !Text.DefiniteForm.IsDefinite(index.Token(i).Norm) ? verb : null;

    /// <summary>
    /// The definite deed noun within <see cref="LaidDeedReach"/> tokens after the verb («الهجوم», «مسؤولية الهجوم») and the
    /// party right behind «إلى» after it, or carrying the clitic «ل» («للتنظيم»). No punctuation may stand between, and a
    /// party between the verb and the noun is the blamer.
    /// </summary>
    private static Blame? LaidOn(ArticleIndex index, int verbFirst, int verbEnd)
    {
        var sentence = index.SentenceOf(verbFirst);
        var end = Math.Min(sentence.End, index.Count);
        for (var k = verbEnd; k < Math.Min(end, verbEnd + LaidDeedReach); k++)
        {
            var t = index.Token(k);
            if (t.Kind == TokenKind.Punctuation)
            {
                return null;
            }
            if (IsBlameNoun(t.Norm) || index.ActorAt(k) is not null)
            {
                continue;
            }
            if (!index.IsTrigger(k))
            {
                continue;
            }
            if (!Text.DefiniteForm.IsDefinite(t.Norm))
            {
                return null;
            }
            var after = k + 1;
            var next = index.PastTo(after, end);
            // «إلى متمردي حزب العمال», «لمسلحي تنظيم داعش»: the group's men may stand before the group, and carry the «ل».
            var men = next < end && index.ActorAt(next) is null && index.IsRole(next, "groupmen", true);
            var at = men ? next + 1 : next;
            if (at >= end || index.ActorAt(at) is not { } a || a.First != at || a.IsNisba || !ActorLinker.CanBeNamedDoer(index, a) || IsVagueTie(index, a))
            {
                return null;
            }
            var lam = men
                ? !index.Words.IsWholeWord(index.Token(next).Norm, "groupmen") && index.Token(next).Norm.StartsWith('ل')
                : a.Clitics.Contains('ل', StringComparison.Ordinal);
            if (next == after ? !lam : lam)
            {
                return null;
            }
            return new Blame(a, AccuserOf(index, verbFirst, verbEnd, k, sentence.First), k, k + 1, true);
        }
        return null;
    }
}
