using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «سقوط صاروخ لقوات النظام على المدينة», «سقوط قذيفة هاون للجيش»: the weapon a strike noun tells, bare right
/// after it, with an armed party behind the clitic ل right after the weapon, is that party's weapon: the party
/// fired it and is the doer. Only the ل glued to the weapon counts; after a place or another word the ل is an
/// owner of what was hit («قصف مواقع لتنظيم»).
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>At most this many weapon words (the weapon and its kind: «قذيفة هاون») between the strike noun and the ل of its owner.</summary>
    private const int WeaponOwnerWords = 2;

    internal static ActorHit? WeaponOwner(ArticleIndex index, EventCandidate e, TextUnit clause)
    {
        if (e.Type != "REMOTE" || e.Trigger.IsVerb || e.End >= clause.End || IsInstrument(index, e.End) || !IsWeaponWord(index, e.End))
        {
            return null;
        }
        for (var k = e.End + 1; k < Math.Min(clause.End, e.End + 1 + WeaponOwnerWords); k++)
        {
            if (index.ActorAt(k) is { } hit)
            {
                return hit.First == k && hit.IsArmed && !hit.IsNisba && LamClitic.IsLam(hit.Clitics) ? hit : null;
            }
            if (!index.Token(k).IsWord || !IsWeaponWord(index, k))
            {
                return null;
            }
        }
        return null;
    }
}
