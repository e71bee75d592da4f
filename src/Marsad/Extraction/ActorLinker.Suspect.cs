using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «اعتقلت قوة أمنية 13 شخصا من المشتبه بتورطهم في هجوم … يقودها انتحاري», «مداهمات لأكثر من 100 موقع يشتبه
/// بانها تابعة لتنظيم داعش»: a party named after an arrest word behind a word of suspicion or charge
/// (event_words.tsv role arrestee: «يشتبه», «المشتبه», «للاشتباه», «بتهمة», «المتهمين»), or behind a verb of
/// including or reaching («حملة اعتقالات شملت تنظيم داعش وحزب العمال», «طالت»), is what the arrested are
/// said to belong to or to have done, so it is the arrested side (actor2, annotation.md: actor2 who is arrested),
/// never the force that arrests. Read as the doer, it turned the arrest into an abduction by that group.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>
    /// True when <paramref name="actor1"/> of the arrest <paramref name="e"/> stands after the trigger in its clause with a
    /// word of suspicion or charge between them.
    /// </summary>
    private static bool IsSuspectedParty(ArticleIndex index, EventCandidate e, ActorHit actor1, int clauseEnd)
    {
        if (e.Type != "ARREST" || actor1.First < e.End || actor1.First >= clauseEnd)
        {
            return false;
        }
        for (var k = e.End; k < actor1.First; k++)
        {
            if (index.IsRole(k, "arrestee", true))
            {
                return true;
            }
        }
        return false;
    }
}
