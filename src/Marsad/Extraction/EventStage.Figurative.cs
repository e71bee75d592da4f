using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// Deed words read in a figurative or verbal sense (s39-figurative): a blow dealt to a party or an aim
/// («ضربة كبيرة لقوات النظام», «ضربة لجهود»), a danger a thing poses («تشكل تهديدا لسيطرته»), a protest told
/// as a piece of words («رسالة احتجاج», «صرخة احتجاج»), a deed a piece of words does («عبارات تهاجم إيران»)
/// and a deed named as what a ceasefire halts («وقفا لإطلاق النار والقصف»). Each is a trigger reading
/// refused before any candidate is made: the keep model never sees the shape, too rare for it to learn.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>How far back from a threat noun its verb of posing may stand («تشكل تهديدا», «يشكل بذلك تهديدا»).</summary>
    private const int PosedReach = 2;

    private static bool IsFigurativeDeed(ArticleIndex index, PhraseMatch<TriggerEntry> m, TriggerEntry entry) =>
        IsFigurativeBlow(index, m, entry) || IsPosedThreat(index, m, entry) || IsWordedProtest(index, m, entry)
        || IsWordedAttack(index, m, entry) || IsHaltedByCeasefire(index, m, entry);

    /// <summary>
    /// «انها ضربة كبيرة لقوات النظام», «في ضربة استباقية للإرهاب», «منحت … ضربة لجهود إضعاف سيطرة الأسد»: a single
    /// blow, bare or with an adjective of its weight (role blowjudge), dealt «ل» a party or an aim is a setback.
    /// A blow of a kind («ضربة عسكرية لهدف», «ضربة جوية») has no such adjective, a blow to a post, a place or
    /// fighters («ضربة لمواقع التنظيم») is hit, and a verb of hitting after it («ضربة دمرت») makes it a strike.
    /// </summary>
    private static bool IsFigurativeBlow(ArticleIndex index, PhraseMatch<TriggerEntry> m, TriggerEntry entry)
    {
        if (entry.Needs != "struck" || entry.IsVerb || !string.Equals(m.FirstReading.Base, "ضربه", StringComparison.Ordinal))
        {
            return false;
        }
        var clause = index.ClauseOf(m.First);
        var k = m.End;
        if (k < clause.End && index.IsRole(k, "blowjudge"))
        {
            k++;
        }
        if (k >= clause.End || !index.Token(k).IsWord || index.Token(k).Norm.Length < 3 || !LamClitic.Carries(index.Token(k)))
        {
            return false;
        }
        if (index.PlaceAt(k) is not null || IsObjectWord(index, k) || WordRoles.ActorRoles.At(index.Text, k, "holding", true) is not null)
        {
            return false;
        }
        return !HasRole(index, m.End, Math.Min(clause.End, k + HitVerbReach), "hitverb");
    }

    /// <summary>
    /// «مناطق … تشكل تهديدا لسيطرته على دمشق», «يمثل تهديدا للأمن»: a threat noun a verb of posing (role poses)
    /// governs as its object is the danger a thing is, not a threat a party makes.
    /// </summary>
    private static bool IsPosedThreat(ArticleIndex index, PhraseMatch<TriggerEntry> m, TriggerEntry entry)
    {
        if (entry.Type != "THREATEN" || entry.IsVerb)
        {
            return false;
        }
        var clause = index.ClauseOf(m.First);
        for (var k = m.First - 1; k >= Math.Max(clause.First, m.First - PosedReach); k--)
        {
            if (index.IsRole(k, "poses", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «توجيه رسالة احتجاج», «صرخة احتجاج ضد كل حكومات العالم»: a protest noun a noun of a written or spoken piece
    /// (role document) or of a cry (role outcry) governs is a protest in words; no one gathers.
    /// </summary>
    private static bool IsWordedProtest(ArticleIndex index, PhraseMatch<TriggerEntry> m, TriggerEntry entry) =>
        entry.Type == "PROTEST" && !entry.IsVerb && !m.FirstReading.HasArticle && m.FirstReading.Prefix == 0 && m.First > 0
        && index.Token(m.First - 1).IsWord && (index.IsRole(m.First - 1, "document", true) || index.IsRole(m.First - 1, "outcry", true));

    /// <summary>
    /// «ردد عبارات تهاجم إيران», «خطابات هاجموا فيها الحكومة»: a verb of assault right after a noun of a written or
    /// spoken piece (role document) has the words for its subject or its frame: an attack in words.
    /// </summary>
    private static bool IsWordedAttack(ArticleIndex index, PhraseMatch<TriggerEntry> m, TriggerEntry entry) =>
        entry.Type == "ASSAULT" && entry.IsVerb && m.First > 0 && index.ClauseOf(m.First - 1).First == index.ClauseOf(m.First).First
        && index.Token(m.First - 1).IsWord && index.IsRole(m.First - 1, "document", true);

    /// <summary>
    /// «على أن تشهد المنطقة وقفا لإطلاق النار والقصف»: a deed noun joined by «و» to the «إطلاق النار» of a ceasefire
    /// (role truce before it) is a second object of the halting, what the truce stops, no deed told.
    /// </summary>
    private static bool IsHaltedByCeasefire(ArticleIndex index, PhraseMatch<TriggerEntry> m, TriggerEntry entry)
    {
        if (entry.IsVerb || m.First < 3 || !index.Token(m.First).Norm.StartsWith('و'))
        {
            return false;
        }
        var fire = index.Token(m.First - 1);
        var firing = index.Token(m.First - 2);
        return string.Equals(fire.Norm, "النار", StringComparison.Ordinal)
            && firing.Norm.EndsWith("اطلاق", StringComparison.Ordinal)
            && index.IsRole(m.First - 3, "truce", true);
    }

    /// <summary>A post or what a deed is done to: a building, a place named back, civilians or fighters.</summary>
    private static bool IsObjectWord(ArticleIndex index, int k) =>
        index.IsRole(k, "facility", true) || index.IsRole(k, "placeref", true) || index.IsRole(k, "civilian", true) || index.IsRole(k, "fighter", true);
}
