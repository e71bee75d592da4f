namespace Marsad.Extraction;

/// <summary>A deed whose own words date it to a named month over 30 days before the text: history (docs/annotation.md 4.1).</summary>
public sealed partial class EventStage
{
    /// <summary>Days before the text's day past which a dated deed is background, not news (docs/annotation.md 4.1).</summary>
    private const int NewsDays = 30;

    /// <summary>Tokens before a date where «منذ» makes it the start of what still goes on («منذ منتصف آذار 2011»).</summary>
    private const int SinceBefore = 2;

    /// <summary>
    /// «تبنت الجماعة في مايو إطلاق قذيفتي هاون» in a July text, «سيطر التنظيم على المدينة في 21 مايو» in an August
    /// one, «في تفجير في دمشق في 18 تموز/يوليو» in a February one: a deed told as done whose own clause names the
    /// month (and day) it was done, over 30 days before the text's day, is recalled background (4.1: an event more
    /// than 30 days old told as background is not coded). The keep model reads the date's distance, but the corpus
    /// codes no such deed (three train and dev events dated that far back, all ongoing «منذ ديسمبر» protests or
    /// optional), too few rows to learn a cut. Only a month the words name: a year alone, or a part of one («في بداية
    /// العام 2015», the seed's thirteen-month-old capture of Khanaser, which the route timeline reads), is left to the
    /// model. Not a present verb (what goes on), not a date «منذ» opens (the start of what goes on), and not a date
    /// across a relative pronoun, a clause of its own («حيث», «عندما») or a reported «أن/إن» from the trigger («في درعا حيث اندلعت الانتفاضة في مارس
    /// 2011 قال نشطاء إن طائرات قصفت الحي»: the date is the uprising's).
    /// </summary>
    private static bool IsDatedLongBefore(ArticleIndex index, EventCandidate e)
    {
        if (e.Modality != "asserted" || e.Date is not { Text: not null, Value: { } value } || index.Today is not { } today
            || (e.Trigger.IsVerb && e.Trigger.Tense == Lexicons.Tense.Present))
        {
            return false;
        }
        if (DateEnricher.Near(index, index.Dates, e.First) is not { NamesMonth: true } d || !string.Equals(d.Text, e.Date.Text, StringComparison.Ordinal))
        {
            return false;
        }
        if (LastDay(value, d.Precision) is not { } last || today.DayNumber - last.DayNumber <= NewsDays)
        {
            return false;
        }
        for (var k = Math.Max(0, d.First - SinceBefore); k < d.First; k++)
        {
            if (index.Words.IsWholeWord(index.Token(k).Norm, "since"))
            {
                return false;
            }
        }
        var (from, to) = d.First < e.First ? (d.End, e.First) : (e.End, d.First);
        for (var k = from; k < to; k++)
        {
            if (index.IsRole(k, "relative") || index.IsRole(k, "thatclause", true) || index.IsRole(k, "ownclause", true))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// «عقب وقوع التفجير … ألقت القبض على السائق» after «لتفجير … في 26 يونيو الماضي» in an August text: a deed dated
    /// by the deed it follows (<see cref="AfterDeed"/>) to a named month over 30 days before the text is background too.
    /// </summary>
    private static bool IsAfterDeedLongBefore(ArticleIndex index, EventCandidate e)
    {
        if (e.Modality != "asserted" || e.Date is not { Text: null, Value: { } value } || index.Today is not { } today
            || (e.Trigger.IsVerb && e.Trigger.Tense == Lexicons.Tense.Present))
        {
            return false;
        }
        return AfterDeed.EarlierDate(index, e.First) is { NamesMonth: true } d && string.Equals(d.Value, value, StringComparison.Ordinal)
            && LastDay(value, d.Precision) is { } last && today.DayNumber - last.DayNumber > NewsDays;
    }

    /// <summary>The last day of the period a date value names: the day itself, or its month's last day.</summary>
    private static DateOnly? LastDay(string value, string precision) =>
        Time.DateExpression.FirstDay(value, precision) is not { } first ? null
        : precision == Time.DateExpression.Month ? first.AddMonths(1).AddDays(-1) : first;
}
