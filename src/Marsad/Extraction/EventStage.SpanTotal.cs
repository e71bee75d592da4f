using Marsad.Text;
using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>
/// «مقتل نحو 50 شخصا خلال الشهر الماضي في اشتباكات», «قتلت 3042 عنصرا … خلال 10 أشهر», «ونفذ حزب الله خلال
/// شهري أيار وحزيران عمليات عسكرية واسعة», «وانسحبت القوات النظامية خلال الأشهر الماضية من مناطق»: a deed told
/// over a span gone through (a month, weeks, months, years) is a total or a campaign told as a whole, never one
/// happening (docs/annotation.md 4.2 totals, 4.3, 4.6 campaigns). A span of days («خلال الأيام الماضية») or a
/// week stays with the model: it is as often one recent deed. «على مدى» is left out: «بشن غارات جوية على مدى
/// عام» names the first strike of the year-long series, which the gold codes (train sn-3dd49e7f).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens before the trigger where a span may stand («خلال الأشهر الستة الأخيرة، توسيع … ومبايعة»).</summary>
    private const int SpanBefore = 8;

    /// <summary>Tokens after the trigger where a span may stand («اعتقال خمسة أفراد خلال …»).</summary>
    private const int SpanAfter = 6;

    /// <summary>Tokens after a counted deed where the span of its tally may still stand, past its long object («قتلت 3042 … بينهم عشرات القياديين خلال عشرة أشهر»).</summary>
    private const int TallySpanReach = 30;

    private static bool IsSpanTotal(ArticleIndex index, EventCandidate e)
    {
        if (IsTallyOverSpan(index, e) || IsUnderFrontedSpan(index, e))
        {
            return true;
        }
        var clause = index.ClauseOf(e.First);
        var from = Math.Max(clause.First, e.First - SpanBefore);
        var to = Math.Min(clause.End, e.End + SpanAfter);
        for (var k = from; k < to; k++)
        {
            if (k >= e.First && k < e.End)
            {
                continue;
            }
            if (index.Token(k).IsWord && index.IsRole(k, "spanover", true) && SpanAt(index, k + 1, clause.End))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «طائرات التحالف قتلت 3042 عنصرا من تنظيم داعش وجبهة النصرة (تنظيم القاعدة)، بينهم عشرات القياديين خلال
    /// عشرة أشهر»: a deed with a count right after it is a tally, and the span that closes its sentence counts it,
    /// however long the counted object and its apposition (a comma, brackets) run between. No other candidate may
    /// stand between («قتل خمسة في غارة على حلب، فيما قتل 300 خلال الشهر الماضي» gives the span to the second deed),
    /// nor a superlative (the span then measures a comparison).
    /// </summary>
    private static bool IsTallyOverSpan(ArticleIndex index, EventCandidate e)
    {
        var sentence = index.SentenceOf(e.First);
        if (e.End >= sentence.End || !index.IsCountAt(e.End))
        {
            return false;
        }
        for (var k = e.End + 1; k < Math.Min(sentence.End, e.End + TallySpanReach); k++)
        {
            // «قتل خمسة في غارة على حلب، وهي الأعنف خلال الأشهر الماضية»: the span measures a comparison.
            // «قتلت الغارات 12 مدنيا أمس، ليرتفع عدد ضحايا الحي إلى 300 خلال ستة أشهر»: a date of the deed's own makes
            // it that day's, and the span after a rising count («إلى») measures the running toll, not the deed.
            if (index.IsTrigger(k) || index.IsRole(k, "superlative", true) || StartsDate(index, k)
                || index.IsRole(k, "tollto"))
            {
                return false;
            }
            if (index.Token(k).IsWord && index.IsRole(k, "spanover", true) && SpanAt(index, k + 1, sentence.End))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// «وخلال الشهر الماضي تسلل مقاتلون من التنظيم إلى المدينتين ونفذوا فيهما هجمات، قبل أن تستعيد القوات المواقع»,
    /// «وخلال الشهر الماضي، نشر الجيش على الحدود ثلاث بطاريات»: a span that opens its sentence is an adverb fronted over
    /// the whole sentence, so every deed of it is told over that month or more, a recalled history or a total (docs/annotation.md
    /// 4.1, 4.2; train sn-0a73ec3b codes its four deeds optional, "recalled"), however far the deed stands from it. A date
    /// of the deed's own between («وخلال الأشهر الماضية قتل 300، وأمس قصفت الطائرات حلب») makes it that day's.
    /// </summary>
    /// <summary>Words of a fronted span after its preposition («الأشهر الستة الأخيرة»), which no date of the deed's own may start among.</summary>
    private const int FrontedSpanWords = 3;

    private static bool IsUnderFrontedSpan(ArticleIndex index, EventCandidate e)
    {
        var sentence = index.SentenceOf(e.First);
        var k = sentence.First;
        while (k < e.First && !index.Token(k).IsWord)
        {
            k++;
        }
        if (k >= e.First || !index.IsRole(k, "spanover", true) || !SpanAt(index, k + 1, e.First))
        {
            return false;
        }
        // The span's own words («الأشهر الستة الأخيرة», «يوليو الماضي») may read as a date; past them a date is the deed's.
        return !DateIn(index, k + 1 + FrontedSpanWords, e.First);
    }

    /// <summary>
    /// A span of a month or more right at <paramref name="k"/>, or right after a count there («عشرة أشهر», «10 أشهر»),
    /// or a month the words name with no day («خلال يوليو الماضي», «خلال ديسمبر العام الماضي»): the whole month gone
    /// through, as «خلال الشهر الماضي» is («وثقت الشبكة إلقاء المروحيات 2000 برميل خلال يوليو الماضي» is a month's tally).
    /// </summary>
    private static bool SpanAt(ArticleIndex index, int k, int end)
    {
        if (k >= end)
        {
            return false;
        }
        if (NamedMonthAt(index, k))
        {
            return true;
        }
        if (index.Token(k).Kind == TokenKind.Number)
        {
            k++;
        }
        else if (ArabicNumbers.Default.ReadAt(index.Text, k) is { } n && n.End > k)
        {
            k = n.End;
        }
        return k < end && index.Token(k).IsWord && (index.IsRole(k, "longspan", true) || index.IsRole(k, "monthspan", true));
    }

    /// <summary>Whether a date expression of a month's precision, naming the month, starts at the token («يوليو الماضي», not «20 يوليو»).</summary>
    private static bool NamedMonthAt(ArticleIndex index, int k)
    {
        var dates = index.Dates;
        var d = Text.Ordered.LowerBound(dates, k, static x => x.First);
        return d < dates.Count && dates[d].First == k && dates[d].NamesMonth && dates[d].Precision == DateExpression.Month;
    }
}
