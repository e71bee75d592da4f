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

    /// <summary>Whether the words name a month («18 تموز», «في مايو», «13/7»), not only a year, a part of one or a span from the news day.</summary>
    public bool NamesMonth { get; init; }
}
