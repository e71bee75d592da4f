namespace Marsad.Extraction;

/// <summary>
/// Deeds told over a span of months, over the many unnamed places of a standing condition, or over a stretch of land
/// marked by its ends are no one deed of the news (docs/annotation.md 4.1–4.3: history, totals, standing conditions).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens before the trigger where a span of past months may stand, across a comma («في الشهور الماضية، سيطرت»).</summary>
    private const int PastSpanBefore = 8;

    /// <summary>Words a span's plural may take before its mark («الأشهر القليلة الماضية», «الأشهر التسعة الفائتة»).</summary>
    private const int PastSpanInner = 2;

    /// <summary>Tokens before the trigger where a standing condition's «منذ» and its unnamed places may stand, past the towns «منها» lists and a joined deed noun.</summary>
    private const int StandingBefore = 20;

    /// <summary>
    /// «وسيطر مقاتلو المعارضة في الأشهر القليلة الماضية على قطاعات كبيرة من المحافظة», «في الشهور القليلة الماضية،
    /// سيطرت جبهة النصرة على قاعدة», «واضطر الجيش في الشهور القليلة الماضية إلى الانسحاب»: a deed «في/خلال» a span of
    /// past months or years (a definite plural of months or years and a feminine mark of the past) is told over that
    /// span, a summary of what went on for months or its history (4.1, 4.2), not a deed of the news days. Not a
    /// statement (the span then sets the deed accused or threatened: «اتهم … بحرق قرى خلال الأشهر القليلة الماضية»),
    /// not across another trigger, not with a date of the clause (the news day's deed), not after a superlative («الأعنف
    /// خلال الأشهر الماضية» compares a deed of the day).
    /// </summary>
    private static bool IsOverPastMonths(ArticleIndex index, EventCandidate e)
    {
        if (e.Type is "ACCUSE" or "THREATEN" or "AGREE" or "SUPPORT" or "AID" || e.Modality == "negated")
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = clause.First; k < clause.End; k++)
        {
            if (StartsDate(index, k) && PastSpanEnd(index, k, clause.End) is null && PastSpanEnd(index, k + 1, clause.End) is null)
            {
                return false;
            }
        }
        for (var k = e.End; k < Math.Min(clause.End, e.End + SeasonReach); k++)
        {
            if (IsPastSpanAt(index, k, clause.End))
            {
                return true;
            }
            if (index.IsTrigger(k))
            {
                return false;
            }
        }
        var sentence = index.SentenceOf(e.First);
        for (var k = e.First - 1; k >= Math.Max(sentence.First, e.First - PastSpanBefore); k--)
        {
            if (IsPastSpanAt(index, k, e.First))
            {
                return true;
            }
            if (index.IsTrigger(k))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>«في/خلال» at <paramref name="k"/> and a span of past months after it, not after a superlative.</summary>
    private static bool IsPastSpanAt(ArticleIndex index, int k, int end) =>
        index.Token(k).IsWord && index.Words.IsWholeWord(index.Token(k).Norm, "headtime")
        && !index.IsRole(k - 1, "superlative", true) && PastSpanEnd(index, k + 1, end) is not null;

    /// <summary>The end of «الأشهر/الشهور/السنوات (القليلة) الماضية/الأخيرة» starting at <paramref name="k"/>, or null.</summary>
    private static int? PastSpanEnd(ArticleIndex index, int k, int end)
    {
        // The span with its article («الأشهر», «الشهور», «السنوات»): the article makes it these past months, not a count.
        if (k >= end || !index.Token(k).IsWord || !index.Token(k).Norm.StartsWith("ال", StringComparison.Ordinal)
            || !index.IsRole(k, "longspan", true))
        {
            return null;
        }
        for (var j = k + 1; j < Math.Min(end, k + 2 + PastSpanInner); j++)
        {
            var t = index.Token(j);
            if (!t.IsWord)
            {
                return null;
            }
            if (index.Words.IsWholeWord(t.Norm, "pastmarkf"))
            {
                return j + 1;
            }
        }
        return null;
    }

    /// <summary>
    /// «وتتعرض مناطق سورية عديدة منها حلب ودمشق ودير الزور منذ فترة إلى قصف»: a deed many unnamed places («مناطق
    /// عديدة/مختلفة/عدة») have undergone «منذ» a while or months is a standing condition over the country (4.3), no
    /// strike of the news at each town its «منها» lists. Only the violent types; «يتعرض الحي منذ عدة أشهر لهجمات» at one
    /// named place is fighting going on, which the gold codes (train sn-b54f1ca5), and stays: the unnamed plural is asked.
    /// </summary>
    private static bool IsSpreadStanding(ArticleIndex index, EventCandidate e)
    {
        if (!EventTypes.IsLethalViolence(e.Type))
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        var since = false;
        var named = false;
        for (var k = e.First - 1; k >= Math.Max(clause.First, e.First - StandingBefore); k--)
        {
            // «… منذ فترة إلى قصف بأنواع من القنابل إضافة إلى قصف بصواريخ»: a deed of the same type joined to the first is
            // undergone alike; a deed of another type or a date is told for itself.
            if ((index.IsTrigger(k) && (since || index.TriggerTypeAt(k) != e.Type)) || StartsDate(index, k))
            {
                return false;
            }
            if (!since)
            {
                since = LastsSinceAt(index, k, clause.End);
                continue;
            }
            // «على أحياء عدة في مدينة داريا التي تشهد منذ ثلاثة أشهر معارك»: a relative clause or a town named after the
            // unnamed places, not as one of the examples «منها» lists, tells fighting going on at that town.
            if (index.IsRole(k, "relative", true))
            {
                return false;
            }
            if (index.PlaceAt(k) is not null)
            {
                named = true;
            }
            else if (index.Token(k).IsWord && index.Words.IsWholeWord(index.Token(k).Norm, "examplesof"))
            {
                named = false;
            }
            if (index.Token(k).IsWord && (index.Words.IsWholeWord(index.Token(k).Norm, "manyadj") || index.Role(k, "spreadover", true) is not null))
            {
                return !named;
            }
        }
        return false;
    }

    /// <summary>
    /// «استهدفت البراميل والغارات مئات المدن والبلدات السورية، من إدلب شمالًا وحتى درعا جنوبًا»: a place told with a compass
    /// adverb after «من» or «حتى/إلى» marks an end of a stretch of land, the extent of a total, not where a deed struck.
    /// </summary>
    private static bool IsExtentEnd(ArticleIndex index, EventCandidate e)
    {
        // Only a place of the body: a title's or the focus's place is counted in other tokens.
        if (!EventTypes.IsLethalViolence(e.Type) || e.PlaceSource is "title" or "focus" or "none"
            || e.Place is not { } p || p.First <= 0 || p.End >= index.Count)
        {
            return false;
        }
        var after = index.Token(p.End);
        var before = index.Token(p.First - 1);
        return after.IsWord && index.Words.IsWholeWord(after.Norm, "compassadv")
            && before.IsWord && index.Words.IsWholeWord(before.Norm, "extentend");
    }
}
