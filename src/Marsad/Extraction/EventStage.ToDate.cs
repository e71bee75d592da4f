using Marsad.Lexicons;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>
/// Deeds the grammar tells as no one happening (docs/annotation.md 4.2, 4.3): a deed counted up to now, a
/// rule for whoever does something, a deed done daily. Each is rare in train and dev (the keep model has
/// too few rows to learn the word that governs it) and common in the pool's no-event hand-reads.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after a past deed where «حتى الآن» may stand behind its subject («شن الجيش التركي حتى الآن»).</summary>
    private const int UpToNowReach = 4;

    /// <summary>Tokens after a present verb where its daily adverb may stand behind its subject («يشن الجيش التركي يوميا»).</summary>
    private const int DailyAfter = 4;

    /// <summary>Tokens before a present verb where its daily adverb may stand («ويوميا تقصف»).</summary>
    private const int DailyBefore = 2;

    /// <summary>
    /// «شن الجيش التركي حتى الآن عشرات الغارات», «قدمت الولايات المتحدة حتى الآن مساعدات»: a past deed
    /// counted up to now is a total to date, not one strike (4.2). Only a past verb: a present one with it
    /// is still going («التي ما زالت تتواصل حتى الآن»), and a noun's «حتى الآن» is as often the toll of its
    /// own day («غارات … أوقعت حتى الآن 25 قتيلا»). A negated deed keeps its modality.
    /// </summary>
    private static bool IsCountedToDate(ArticleIndex index, EventCandidate e)
    {
        if (e.Modality == "negated")
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        // The day of the news is looked for only once «حتى الآن» has matched: most candidates have none.
        if (!e.Trigger.IsVerb)
        {
            return CountedNounToDate(index, e, clause.First) && !IsToldOfToday(index, e);
        }
        if (e.Trigger.Tense != Tense.Past)
        {
            return false;
        }
        for (var k = e.End; k < Math.Min(clause.End, e.End + UpToNowReach); k++)
        {
            if (index.Role(k, "uptonow") is not null)
            {
                return !IsToldOfToday(index, e);
            }
        }
        return false;
    }

    /// <summary>
    /// «قصفت الطائرات حتى الآن أحياء دوما بعشرين غارة منذ صباح اليوم وارتفعت حصيلة القتلى إلى 40»: a deed whose
    /// sentence names the day of the news is that day's happening, and «حتى الآن» counts it so far, a running toll
    /// (annotation.md 4.2 is about totals over a span, not a day's count).
    /// </summary>
    private static bool IsToldOfToday(ArticleIndex index, EventCandidate e)
    {
        if (index.Today is not { } today)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        foreach (var d in index.Dates)
        {
            if (d.First >= sentence.First && d.First < sentence.End && !d.OfReport && d.Precision == Time.DateExpression.Day
                && DateOnly.TryParseExact(d.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
                && day == today)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «شن الجيش التركي حتى الآن عشرات الغارات», «نفذ التحالف حتى الآن 5000 غارة»: a noun right after «حتى الآن»,
    /// or after it and a count, is the object counted up to now. Nothing else may stand between: «لم تعلن أي جهة
    /// حتى الآن مسؤوليتها عن الهجوم» names the attack, not a count of attacks.
    /// </summary>
    private static bool CountedNounToDate(ArticleIndex index, EventCandidate e, int clauseFirst)
    {
        var k = e.First - 1;
        if (k >= clauseFirst && (index.Token(k).Kind == TokenKind.Number || ArabicNumbers.Default.ReadAt(index.Text, k) is { } n && n.End == e.First))
        {
            k--;
        }
        for (var j = Math.Max(clauseFirst, k - 2); j <= k; j++)
        {
            if (index.Role(j, "uptonow") is { } m && m.End == k + 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens after «كل من» where a «و»-joined second member tells a list of names, not a rule («كل من يحيى محمد الأحمد وتامر»).</summary>
    private const int WhoeverListReach = 4;

    /// <summary>
    /// «أصدر تعليمات بإعدام كل من يحاول الهرب», «اعتقال كل من ينشر أخبار التنظيم», «يهدد بالقتل كل من يحاول
    /// الخروج»: a deed whose object is «كل من» and a present verb is a rule for whoever does that, a standing
    /// order or threat, no happening. A past verb after «كل من» («قتلوا كل من كان في المنزل», «كل من تم
    /// اعتقاله», «كل من تورط») names people a deed did reach, and is left; so is «كل من» that lists («مقتل
    /// كل من يحيى الأحمد وتامر العلي», «هاجم كل من تنظيم الدولة وجبهة النصرة»): its word is a name, an
    /// actor or a place, and a «و»-joined member follows.
    /// </summary>
    private static bool IsStandingOrder(ArticleIndex index, EventCandidate e)
    {
        if (index.Role(e.End, "whoever") is not { } who || who.End >= index.Count || !index.Token(who.End).IsWord)
        {
            return false;
        }
        var k = who.End;
        var verb = index.Token(k).Norm;
        // Only the masculine prefix of the present (event_words role presentprefix): after «كل من» the
        // verb agrees with «من»; a word in ت is a past verb of form V/VI («تورط», «تم») or a name («تامر», «تنظيم»).
        if (verb.Length < 3 || !index.Words.IsWholeWord(verb[..1], "presentprefix") || index.ActorAt(k) is not null || index.PlaceAt(k) is not null)
        {
            return false;
        }
        var clause = index.ClauseOf(k);
        for (var j = k + 1; j < Math.Min(clause.End, k + 1 + WhoeverListReach); j++)
        {
            if (index.Token(j).IsWord && index.Token(j).Norm is { Length: > 2 } w && WawClitic.OpensWith(w))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// «يقصف النظام الأحياء يوميا», «يشن الجيش التركي يوميًا غارات», «يتظاهر اشخاص كل يوم»: a present verb with
    /// an adverb of daily repetition tells a habit (4.3), no happening; the gate reads no time of the news
    /// («اليوم») beside it, a hard drop. Only verbs in the present: a past deed with «يوميا» is
    /// rare, and a noun's is a series' («الغارات اليومية» is no daily word).
    /// </summary>
    private static bool IsDailyHabit(ArticleIndex index, EventCandidate e)
    {
        if (!e.Trigger.IsVerb || e.Trigger.Tense != Tense.Present || e.Modality == "negated")
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        var from = Math.Max(clause.First, e.First - DailyBefore);
        var to = Math.Min(clause.End, e.End + DailyAfter);
        for (var k = from; k < to; k++)
        {
            if ((k < e.First || k >= e.End) && index.Token(k).IsWord && index.Role(k, "daily", true) is not null)
            {
                return true;
            }
        }
        return false;
    }
}
