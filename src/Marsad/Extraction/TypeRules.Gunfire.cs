using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class TypeRules
{
    /// <summary>
    /// Whether <paramref name="e"/> is a verb of aiming (event_words role aimverb: «استهدف», «استهدفت») whose sentence, between
    /// the contrast words and deed links around it (as <see cref="TypeCues"/> bounds a strike scene), tells gunfire (role fire:
    /// «الرصاص», «النار», «الخرطوش»; or a sniper's or a gun's word of role smallarms that is no word of fighting: «القنص»,
    /// «بنادق») and no aircraft, artillery, projectile, bomb or shelling: «استهدفت قوات الشرطة الأهالي العزل …، باستخدام بنادق
    /// القنص». The verb names no weapon; the weapon told in a clause of its own («، باستخدام», «، بإطلاق») is past the target
    /// window the instrument cue reads, yet it is the weapon the aiming was done with, and gunfire is direct violence
    /// (annotation.md 6.1), never a strike.
    /// </summary>
    private static bool IsAimedWithGunfire(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || !index.TriggerHasRole(e, "aimverb"))
        {
            return false;
        }
        var (first, end) = TypeCues.SceneOf(index, e);
        var gunfire = false;
        for (var k = first; k < end; k++)
        {
            if (k >= e.First && k < e.End)
            {
                continue;
            }
            if (TypeCues.IsRemoteWord(index, k))
            {
                return false;
            }
            gunfire |= IsGunfire(index, k);
        }
        return gunfire;
    }

    /// <summary>
    /// A word of shots (role fire) or of a gun (role smallarms) that opens no deed of its own: role smallarms also holds the
    /// words of fighting, storming and ambush («اشتباكات», «اقتحام», «كمين»), which are triggers or clash words, and a clash
    /// told beside the aiming is no weapon of it.
    /// </summary>
    private static bool IsGunfire(ArticleIndex index, int k) =>
        TypeCues.Is(index, k, "fire")
        || (TypeCues.Is(index, k, "smallarms") && !index.IsTrigger(k) && !TypeCues.Is(index, k, "clash")
            && !TypeCues.Is(index, k, "clashverb") && !TypeCues.Is(index, k, "ambush"));

    /// <summary>
    /// Whether <paramref name="e"/> is told by a noun of a massacre (event_words role massacre: «مجزرة», «مجازر», also inside
    /// «ارتكب مجزرة») in a scene that names aircraft, artillery, a projectile, a bomb or shelling and no gunfire or close
    /// combat (<see cref="TypeCues.IsStrikeScene"/>): «مجزرة نفذتها طائرات النظام المروحية … بالبراميل المتفجرة», «شهدت
    /// وقوع مجزرة بعد قصف جوي». The noun names the toll, not the means; the scene names the means, and SPEC §2 keeps a strike
    /// that kills civilians REMOTE with actor2 CIV, ATTACK_CIVILIANS being direct violence. The weapon word is read past the
    /// clause («مجزرتين …، نفذهما طيران النظام»), where the instrument cue does not reach; a strike told after «في الوقت الذي»
    /// (role deedlink) is another deed, as in «ارتكبت مجزرة في خناصر، في الوقت الذي واصلت فيه الطائرات قصفها».
    /// </summary>
    private static bool IsMassacreByStrike(ArticleIndex index, EventCandidate e)
    {
        // By the word's base too: the dual «مجزرتين» is no row of its own.
        for (var k = e.First; k < e.End; k++)
        {
            if (TypeCues.Is(index, k, "massacre"))
            {
                return TypeCues.IsStrikeScene(index, e);
            }
        }
        return false;
    }
}
