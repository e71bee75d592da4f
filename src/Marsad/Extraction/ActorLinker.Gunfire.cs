using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «قتل جندي عراقي برصاص قناص من الجيش السوري الحر», «قتلوا برصاص قوات الأمن»: the gunfire a passive verb of killing
/// names behind «ب» («برصاص», «بنيران»: event_words.tsv role fire) is the shooter's, and the party in its genitive, or
/// behind «من» after a shooter noun («قناص», role smallarms), is the doer, as an agent phrase («على أيدي») names it.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>Tokens after the verb within which its gunfire stands («قتل جندي عراقي الثلاثاء أيضا برصاص»).</summary>
    private const int GunfireReach = 6;

    private static ActorHit? GunfireDoer(ArticleIndex index, EventCandidate e, TextUnit clause)
    {
        if (!e.Trigger.IsVerb || !EventTypes.IsLethalViolence(e.Type))
        {
            return null;
        }
        var end = Math.Min(clause.End, e.End + GunfireReach);
        for (var k = e.End; k < end; k++)
        {
            var t = index.Token(k);
            if (!t.IsWord)
            {
                return null;
            }
            if (!t.Norm.StartsWith('ب') || index.Role(k, "fire", true) is not { FirstReading.Prefix: > 0 } fire)
            {
                // Another deed between («قتل جندي في هجوم برصاص …») tells its own gunfire.
                if (k > e.End && index.IsTrigger(k))
                {
                    return null;
                }
                continue;
            }
            var at = fire.End;
            // «برصاص قناص من الجيش الحر»: the shooter noun and «من» stand between the gunfire and the shooter's side.
            if (at + 2 < clause.End && index.ActorAt(at) is null && index.IsRole(at, "smallarms", true)
                && string.Equals(index.Token(at + 1).Norm, "من", StringComparison.Ordinal))
            {
                at += 2;
            }
            return at < clause.End && index.ActorAt(at) is { } a && a.First == at && a.Clitics.Length == 0 && CanBeNamedDoer(index, a) ? a : null;
        }
        return null;
    }
}
