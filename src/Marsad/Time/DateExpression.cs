using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// A date expression of the body: tokens [First, End), its body <see cref="Span"/> and
/// <see cref="Text"/>, and its resolution. <see cref="Value"/> is ISO 8601 as precise as the
/// words allow («2016», «2016-02», «2016-02-23»), or null when it cannot be resolved (then
/// <see cref="Precision"/> is «unknown»). <see cref="IsRelative"/> is true when the expression
/// needs the publication date to resolve («أمس», «الخميس», «الشهر الماضي», «23 شباط» without a year).
/// </summary>
public sealed record DateExpression(int First, int End, TextSpan Span, string? Value, string Precision, string Text, bool IsRelative)
{
    public const string Day = "day";
    public const string Month = "month";
    public const string Year = "year";
    public const string Unknown = "unknown";

    /// <summary>The day a report is made on («قال بيان … اليوم الجمعة»), not the day of what it tells (see time_words.tsv, report_before).</summary>
    public bool OfReport { get; init; }

    /// <summary>The day the papers a text reviews were issued («الصحف المصرية الصادرة اليوم»): a report's day whose report is a paper.</summary>
    public bool OfIssue { get; init; }

    /// <summary>Whether the words name a month («18 تموز», «في مايو», «13/7»), not only a year, a part of one or a span from the news day.</summary>
    public bool NamesMonth { get; init; }

    /// <summary>Whether the words are a weekday alone («الجمعة», «يوم الأحد الماضي»), with no day of the month and no «أمس/اليوم» naming it.</summary>
    public bool WeekdayOnly { get; init; }

    /// <summary>
    /// The first day of the period a date value of <paramref name="precision"/> names: the day itself
    /// («2013-03-10»), or its month's first day («2013-03»); null for a year, an unknown date or a value
    /// that does not parse.
    /// </summary>
    public static DateOnly? FirstDay(string value, string precision) => precision switch
    {
        Day when DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) => day,
        Month when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var first) => first,
        _ => null,
    };

    /// <summary>
    /// The first day of the period a date value names, a year's included («2013» → 2013-01-01): for a reader that asks
    /// since when something goes on («منذ 2013»), where a year's first day is the latest it can have begun.
    /// <see cref="FirstDay"/> leaves a year out, since its readers ask whether a day lies ahead.
    /// </summary>
    public static DateOnly? StartOf(string value, string precision) =>
        FirstDay(value, precision)
        ?? (precision == Year && int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is > 0 and < 9999 ? new DateOnly(year, 1, 1) : null);
}
