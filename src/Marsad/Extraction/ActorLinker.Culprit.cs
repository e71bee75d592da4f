using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «أعلن وزير الداخلية اعتقال المتورطين بالتفجير الذي استهدف …», «ملاحقة مرتكبي الهجوم», «القبض على منفذي
/// التفجير»: a deed noun governed by a noun of its culprits (event_words.tsv role culprit: «المتورطين»,
/// «مرتكبي», «منفذي») is the deed of the men that noun names, still unknown or sought; whoever stands before it
/// (the party arresting, hunting, condemning, or the running topic) did not do it. A doer named after the deed
/// («منفذي الهجوم الذي تبناه التنظيم») still names it (handread 07h, R9: the arresting ministry coded as the bomber).
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>True when a culprit noun stands right before the deed noun, or with one preposition word between («المتورطين في الهجوم»).</summary>
    private static bool IsCulpritsDeed(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb)
        {
            return false;
        }
        var k = e.First - 1;
        if (k > 0 && index.Token(k).Norm is "في" or "عن" or "ب")
        {
            k--;
        }
        return index.IsRole(k, "culprit", true);
    }
}
