using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>
/// «نشرت صحيفة واشنطن بوست», «نشر تنظيم الدولة الإسلامية في الرمادي صورا لما وصفها بالغنائم», «في بيان نشره
/// على موقعه», «الذين نشروا الدمار»: «نشر» deploys only a force; with a piece of news, an outlet or fear spread
/// it publishes or spreads. The one reading of publishing for every MOBILIZE trigger: s20-mobilize read only the
/// word right after the verb; the subject, a time or a place often stands between (s24-noevent).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after a verb of spreading where what it spreads may stand («نشر تنظيم الدولة في الرمادي صورا»).</summary>
    private const int SpreadReach = 8;

    /// <summary>Tokens before a verb of spreading where the document it publishes may stand («في بيان نشر الخميس»).</summary>
    private const int PublishedBefore = 2;

    /// <summary>
    /// Whether a MOBILIZE reading spreads a piece of news: a publishing word right after it («نشرت صحيفة», «نشر
    /// بيانا»); for one that names no force of its own (needs armed or force), also a publishing word later in its
    /// clause before any force noun, or, with neither after it, a document just before it whose relative the verb
    /// is («بيان نشره», «حديث صحافي نشر»). A force noun first is a deployment whatever follows («نشرت الولايات
    /// المتحدة ست مقاتلات … بحسب بيان»); a trigger that names its force («ارسال قوات») reads only the word right after.
    /// </summary>
    private static bool Publishes(ArticleIndex index, PhraseMatch<TriggerEntry> m, TriggerEntry entry)
    {
        if (entry.Needs is not ("armed" or "force"))
        {
            return m.End < index.Count && IsPublishingWord(index, m.End);
        }
        var clause = index.ClauseOf(m.First);
        var end = Math.Min(clause.End, m.End + SpreadReach);
        for (var k = m.End; k < end; k++)
        {
            if (!index.Token(k).IsWord)
            {
                continue;
            }
            if (index.IsRole(k, "forcenoun", true))
            {
                return false;
            }
            // «نشر الجيش عناصره في مواقع على الحدود»: past the word right after, a site is a place to deploy to,
            // not a website.
            if (IsPublishingWord(index, k) && (k == m.End || !index.IsRole(k, "placehead", true)))
            {
                return true;
            }
        }
        if (ObjectAfterApposition(index, m, clause))
        {
            return true;
        }
        for (var k = m.First - 1; k >= Math.Max(clause.First, m.First - PublishedBefore); k--)
        {
            if (index.Token(k).IsWord && IsPublishingWord(index, k) && !index.IsRole(k, "placehead", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «نشر التنظيم، ذراع القاعدة في سوريا، شريطا مصورا», «نشر تنظيم الدولة أو ما يعرف بـ"داعش"، صورا»: the
    /// subject's apposition closes the verb's clause at a comma and the object opens the next clause of its
    /// sentence. A publishing word first there, with no force noun anywhere in the verb's clause after it, is what
    /// the verb spreads.
    /// </summary>
    private static bool ObjectAfterApposition(ArticleIndex index, PhraseMatch<TriggerEntry> m, TextUnit clause)
    {
        for (var k = m.End; k < clause.End; k++)
        {
            if (index.Token(k).IsWord && (index.IsRole(k, "forcenoun", true) || IsPublishingWord(index, k)))
            {
                return false;
            }
        }
        var sentence = index.Token(m.First).Sentence;
        for (var k = clause.End; k < index.Count && index.Token(k).Sentence == sentence; k++)
        {
            if (index.Token(k).IsWord)
            {
                return IsPublishingWord(index, k);
            }
        }
        return false;
    }

    /// <summary>
    /// A publishing word as a bare noun: one with a clitic preposition is an adverb of manner («بصورة مفاجئة»), and a
    /// place's name is no document («انتشر الجيش في صور», Tyre).
    /// </summary>
    private static bool IsPublishingWord(ArticleIndex index, int k) =>
        index.PlaceAt(k) is null && index.Role(k, "publishing", true) is { } p && !PrepositionMarked(index, p);
}
