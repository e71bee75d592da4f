using Marsad.Lexicons;

namespace Marsad.Extraction;

/// <summary>
/// Deed words read in a figurative or verbal sense (s39-figurative): a blow dealt to a party or an aim
/// («ضربة كبيرة لقوات النظام», «ضربة لجهود»), a danger a thing poses («تشكل تهديدا لسيطرته»), a protest told
/// as a piece of words («رسالة احتجاج», «صرخة احتجاج»), a deed a piece of words does («عبارات تهاجم إيران»)
/// and a deed named as what a ceasefire halts («وقفا لإطلاق النار والقصف»). Each is a hard gate (GateOf), not a
/// trigger refused: a handful in the pool and none coded in train or dev, too rare for the keep model to learn, and
/// a candidate left out changes the document features and the doers carried that the shipped models read around it.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>How far back from a threat noun its verb of posing may stand («تشكل تهديدا», «يشكل بذلك تهديدا»).</summary>
    private const int PosedReach = 2;

    private static bool IsFigurativeDeed(ArticleIndex index, EventCandidate e) =>
        IsFigurativeBlow(index, e) || IsPosedThreat(index, e) || IsWordedProtest(index, e) || IsWordedAttack(index, e)
        || IsHaltedByCeasefire(index, e);

    /// <summary>
    /// «انها ضربة كبيرة لقوات النظام», «في ضربة استباقية للإرهاب», «منحت … ضربة لجهود إضعاف سيطرة الأسد»: a single
    /// blow, bare or with an adjective of its weight (role blowjudge), dealt «ل» a party or an aim is a setback.
    /// A blow of a kind («ضربة عسكرية لهدف», «ضربة جوية») has no such adjective, a blow to a post, a place or
    /// fighters («ضربة لمواقع التنظيم») is hit, and a verb of hitting after it («ضربة دمرت») makes it a strike.
    /// </summary>
    private static bool IsFigurativeBlow(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.Needs != "struck" || e.Trigger.IsVerb || !string.Equals(e.Reading.Base, "ضربه", StringComparison.Ordinal))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        var k = e.End;
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
        return !HasRole(index, e.End, Math.Min(clause.End, k + HitVerbReach), "hitverb");
    }

    /// <summary>
    /// «مناطق … تشكل تهديدا لسيطرته على دمشق», «يمثل تهديدا للأمن»: a threat noun a verb of posing (role poses)
    /// governs as its object is the danger a thing is, not a threat a party makes.
    /// </summary>
    private static bool IsPosedThreat(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.Type != "THREATEN" || e.Trigger.IsVerb)
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - PosedReach); k--)
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
    private static bool IsWordedProtest(ArticleIndex index, EventCandidate e) =>
        e.Trigger.Type == "PROTEST" && !e.Trigger.IsVerb && !e.Reading.HasArticle && e.Reading.Prefix == 0 && e.First > 0
        && index.Token(e.First - 1).IsWord && (index.IsRole(e.First - 1, "document", true) || index.IsRole(e.First - 1, "outcry", true));

    /// <summary>
    /// «ردد عبارات تهاجم إيران», «خطابات هاجموا فيها الحكومة»: a verb of assault right after a noun of a written or
    /// spoken piece (role document) has the words for its subject or its frame: an attack in words.
    /// </summary>
    private static bool IsWordedAttack(ArticleIndex index, EventCandidate e) =>
        e.Trigger.Type == "ASSAULT" && e.Trigger.IsVerb && e.First > 0 && index.ClauseOf(e.First - 1).First == index.ClauseOf(e.First).First
        && index.Token(e.First - 1).IsWord && index.IsRole(e.First - 1, "document", true);

    /// <summary>
    /// «على أن تشهد المنطقة وقفا لإطلاق النار والقصف»: a deed noun joined by «و» to the «إطلاق النار» of a ceasefire
    /// (role truce before it) is a second object of the halting, what the truce stops, no deed told; so is that
    /// «إطلاق النار» itself.
    /// </summary>
    private static bool IsHaltedByCeasefire(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb || e.First < 1)
        {
            return false;
        }
        // «وقفا لإطلاق النار», «بوقف لإطلاق النار»: the ceasefire told with «ل», which the AGREE phrase «وقف إطلاق النار»
        // does not match, is no gunfire.
        if (IsFiring(index, e.First) && index.IsRole(e.First - 1, "truce", true))
        {
            return true;
        }
        if (e.First < 3 || !index.Token(e.First).Norm.StartsWith('و'))
        {
            return false;
        }
        return IsFiring(index, e.First - 2) && index.IsRole(e.First - 3, "truce", true);
    }

    /// <summary>Whether «إطلاق النار» («لإطلاق النار», «لاطلاق النار») starts at <paramref name="k"/>.</summary>
    private static bool IsFiring(ArticleIndex index, int k) =>
        k + 1 < index.Count && index.Token(k).Norm.EndsWith("اطلاق", StringComparison.Ordinal)
        && string.Equals(index.Token(k + 1).Norm, "النار", StringComparison.Ordinal);

    /// <summary>A post or what a deed is done to: a building, a place named back, civilians or fighters.</summary>
    private static bool IsObjectWord(ArticleIndex index, int k) =>
        index.IsRole(k, "facility", true) || index.IsRole(k, "placeref", true) || index.IsRole(k, "civilian", true) || index.IsRole(k, "fighter", true);
}
