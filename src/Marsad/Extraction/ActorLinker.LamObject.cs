using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «استهداف الجيش الحر لمبنى أمن الدولة», «حصار الجيش للمدينة», «اعتقال الشرطة لشخصين»: a verbal
/// noun whose bare genitive is its patient takes its doer as genitive when its object follows behind
/// the clitic ل (the masdar's agent in the genitive, the object in ل: «إضافة المصدر إلى فاعله»).
/// Only a ل glued to what a deed is done to counts (a party, a place or a place named back, a building,
/// people, a pronoun or a count of them: event_words.tsv role lamobject): a ل of purpose or cause («لمواجهة», «لأسباب», «لكن»)
/// leaves the genitive the patient it was.
/// </summary>
internal static partial class ActorLinker
{
    /// <summary>
    /// True when <paramref name="genitive"/>, right after a patient-genitive noun, is followed at once by a
    /// ل-object: it is then the noun's doer; <paramref name="target"/> is the party behind the ل, if any.
    /// </summary>
    private static bool IsAgentBeforeLamObject(ArticleIndex index, EventCandidate e, ActorHit genitive, int clauseEnd, out ActorHit? target)
    {
        target = null;
        var k = genitive.End;
        if (genitive.Clitics.Length > 0 || genitive.ActorId is "CIV" or "PROTESTERS" || !CanDo(e, genitive) || k >= clauseEnd)
        {
            return false;
        }
        var t = index.Token(k);
        // The guard keeps out two-letter words, but not the two letters of the lamobject row «له».
        if (!t.IsWord || (t.Norm.Length < 3 && !index.IsRole(k, "lamobject")) || !(index.IsRole(k, "lamobject") || BehindLam(t)))
        {
            return false;
        }
        if (index.ActorAt(k) is { } hit && hit.First == k)
        {
            if (hit.IsNisba || !ArticleIndex.StartsWithCliticPrep(hit, 'ل'))
            {
                return false;
            }
            target = hit;
            return true;
        }
        // A place, or a word of what is hit, carrying the ل as a clitic of its own (not a word that starts with ل).
        if (index.PlaceAt(k) is { } place && place.First == k && place.Span.Start > t.Span.Start)
        {
            return true;
        }
        return index.IsRole(k, "lamobject")
            || (IsObjectWord(index, k, true) && !IsObjectWord(index, k, false));
    }

    /// <summary>
    /// Whether a side's post or position (actor_roles.tsv role holding: «مواقع», «أهداف», «مقرات») stands
    /// between the deed noun and <paramref name="genitive"/>: the noun's genitive is then the post, and the
    /// party after it, bare or behind «ل» or «تابعة ل», is the post's owner, the side hit (the verb's case is
    /// ActorLinker.IsOwnerOfObject). An adjective there («قصف مدفعي لقوات النظام») leaves the party the doer.
    /// </summary>
    private static bool IsHoldingOwner(ArticleIndex index, EventCandidate e, ActorHit genitive)
    {
        for (var k = e.End; k < genitive.First; k++)
        {
            if (Lexicons.WordRoles.ActorRoles.At(index.Text, k, "holding", true) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A building, a place named back («المدينة»), civilians or fighters: what a deed is done to.</summary>
    private static bool IsObjectWord(ArticleIndex index, int k, bool clitics) =>
        index.IsRole(k, "facility", clitics) || index.IsRole(k, "placeref", clitics) || index.IsRole(k, "civilian", clitics) || index.IsRole(k, "fighter", clitics);

    /// <summary>Whether some reading of <paramref name="t"/> carries the clitic preposition ل (<see cref="LamClitic"/>).</summary>
    private static bool BehindLam(Text.Token t) => LamClitic.Carries(t);
}
