using Marsad.Pipeline;

namespace Marsad.Extraction;

internal static partial class TypeRules
{
    /// <summary>
    /// Whether <paramref name="e"/> is a verb of aiming (event_words role aimverb: «استهدف», «استهدفوا») whose target, within
    /// its clause, is a post or a column held on the ground (role groundpost: «الحاجز», «الرتل», «دورية»), in a sentence that
    /// names no aircraft, artillery, projectile, bomb or shelling: «الثوار استهدفوا الحاجز العسكري عند مدخل البلدة»,
    /// «استهدفوا الرتل العسكري أثناء توجهه إلى المطار». The verb alone names no weapon; with none told, aiming at a checkpoint
    /// or a moving column is an attack on its men, fought on the ground (annotation.md 6.1: ambushes, storming), where
    /// «استهدفوا مواقع» or «استهدف مقر» is as often shelling and stays the verb's REMOTE. A bomb or a shell told in the
    /// sentence («عبوة ناسفة استهدفت دورية») keeps the strike.
    /// </summary>
    private static bool IsAimedAtPost(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || !index.TriggerHasRole(e, "aimverb"))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        var post = false;
        for (var k = e.End; k < Math.Min(clause.End, e.End + TargetWindow) && !post; k++)
        {
            post = index.IsRole(k, "groundpost", true);
        }
        if (!post)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        for (var k = sentence.First; k < sentence.End; k++)
        {
            if (TypeCues.IsRemoteWord(index, k))
            {
                return false;
            }
        }
        return true;
    }
}
