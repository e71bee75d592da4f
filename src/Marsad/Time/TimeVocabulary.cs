using System.Globalization;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Time;

internal enum TimeKind
{
    DayOffset,
    PartOfDay,
    DayWord,
    WeekWord,
    MonthWord,
    YearWord,
    Modifier,
    This,
    PeriodPart,
    Of,
    YearPrep,
    NameBefore,
    NumberNameBefore,
    DayBlocker,
    DayBlockerBefore,
    WeekdayBlockerBefore,
    ReportBefore,
    ReportStop,
    DayAfter,
    FewDaysAfter,
    ThatDayOffset,
    IssueWord,
    PressWord,
    HijriMonth,
    YearSuffix,
    Month,
    Weekday,
}

/// <summary>One word (or phrase) of the date vocabulary: its kind and, where it has one, its number.</summary>
internal sealed record TimeWord(TimeKind Kind, int Number, string Label, bool NeedsContext);

/// <summary>
/// The date vocabulary of data/lexicons/time_words.tsv, months.tsv and weekdays.tsv in one
/// phrase matcher, so that the longest phrase wins across kinds («أول أمس» over «أول»).
/// </summary>
internal sealed class TimeVocabulary
{
    private static readonly Lazy<TimeVocabulary> s_default = new(() => new TimeVocabulary());

    private TimeVocabulary()
    {
        var words = TsvTable.LoadEmbedded("time_words");
        int phrase = words.Column("phrase"), kind = words.Column("kind"), value = words.Column("value");
        foreach (var row in words.Rows)
        {
            var k = row[kind] switch
            {
                "day_offset" => TimeKind.DayOffset,
                "part_of_day" => TimeKind.PartOfDay,
                "day_word" => TimeKind.DayWord,
                "week_word" => TimeKind.WeekWord,
                "month_word" => TimeKind.MonthWord,
                "year_word" => TimeKind.YearWord,
                "modifier" => TimeKind.Modifier,
                "this" => TimeKind.This,
                "period_part" => TimeKind.PeriodPart,
                "of" => TimeKind.Of,
                "year_prep" => TimeKind.YearPrep,
                "name_before" => TimeKind.NameBefore,
                "number_name_before" => TimeKind.NumberNameBefore,
                "day_blocker" => TimeKind.DayBlocker,
                "day_blocker_before" => TimeKind.DayBlockerBefore,
                "hijri_month" => TimeKind.HijriMonth,
                "weekday_blocker_before" => TimeKind.WeekdayBlockerBefore,
                "report_before" => TimeKind.ReportBefore,
                "report_stop" => TimeKind.ReportStop,
                "day_after" => TimeKind.DayAfter,
                "few_days_after" => TimeKind.FewDaysAfter,
                "that_day_offset" => TimeKind.ThatDayOffset,
                "issue_word" => TimeKind.IssueWord,
                "press_word" => TimeKind.PressWord,
                "year_suffix" => TimeKind.YearSuffix,
                _ => throw new InvalidDataException($"time_words:{row.Line}: unknown kind '{row[kind]}'"),
            };
            var number = int.TryParse(row[value], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;
            if (k == TimeKind.YearSuffix)
            {
                YearSuffixes.Add(ArabicNormalizer.NormalizeKey(row[phrase]));
                continue;
            }
            Matcher.Add(row[phrase], new TimeWord(k, number, row[value], false));
        }

        var months = TsvTable.LoadEmbedded("months");
        int name = months.Column("name"), month = months.Column("month"), ctx = months.Column("needs_context");
        foreach (var row in months.Rows)
        {
            var m = int.Parse(row[month], CultureInfo.InvariantCulture);
            if (m is < 1 or > 12)
            {
                throw new InvalidDataException($"months:{row.Line}: month {m} out of range");
            }
            Matcher.Add(row[name], new TimeWord(TimeKind.Month, m, row[name], row[ctx] == "1"));
        }

        // Lasting nouns are event words, no date words: kept out of the matcher every date reader walks.
        var lasting = TsvTable.LoadEmbedded("lasting_nouns");
        var noun = lasting.Column("noun");
        foreach (var row in lasting.Rows)
        {
            LastingNouns.Add(row[noun], row[noun]);
        }

        var days = TsvTable.LoadEmbedded("weekdays");
        int dayName = days.Column("name"), weekday = days.Column("weekday");
        foreach (var row in days.Rows)
        {
            var d = int.Parse(row[weekday], CultureInfo.InvariantCulture);
            if (d is < 0 or > 6)
            {
                throw new InvalidDataException($"weekdays:{row.Line}: weekday {d} out of range");
            }
            Matcher.Add(row[dayName], new TimeWord(TimeKind.Weekday, d, row[dayName], false));
        }
    }

    public static TimeVocabulary Default => s_default.Value;

    /// <summary>
    /// The phrase «بعد يومين على» (kind day_after) at token <paramref name="i"/>, clitics allowed
    /// («وبعد يوم من»): its end and how many days before the telling's day its object happened; else null.
    /// </summary>
    public (int End, int Days)? DayAfterAt(AnalyzedText text, int i) => PhraseAt(text, i, TimeKind.DayAfter);

    /// <summary>
    /// The phrase «بعد أيام من» (kind few_days_after) at token <paramref name="i"/>: its end and the fewest days
    /// its «أيام» can count (value); the count is not told, so the deed it governs has no known day; else null.
    /// </summary>
    public (int End, int Days)? FewDaysAfterAt(AnalyzedText text, int i) => PhraseAt(text, i, TimeKind.FewDaysAfter);

    /// <summary>
    /// Whether token <paramref name="i"/> begins a noun of a lasting activity (kind lasting_noun: «القتال», «الاشتباكات»),
    /// after which «بعد أيام من» reads «after days of», not «days after».
    /// </summary>
    public bool IsLastingNounAt(AnalyzedText text, int i) => LastingNouns.MatchAt(text, i, allowClitics: true) is { } m && m.FirstReading.Suffix == 0;

    private PhraseMatcher<string> LastingNouns { get; } = new();

    /// <summary>
    /// The phrase «قبل ذلك بيوم» (kind that_day_offset) at token <paramref name="i"/>, clitics allowed («وقبل ذلك
    /// بيوم»): its end and how many days the deed it dates lies after (positive: before) the deed told before it; else null.
    /// </summary>
    public (int End, int Days)? ThatDayOffsetAt(AnalyzedText text, int i) => PhraseAt(text, i, TimeKind.ThatDayOffset);

    private (int End, int Days)? PhraseAt(AnalyzedText text, int i, TimeKind kind)
    {
        var m = Matcher.MatchAt(text, i, allowClitics: true);
        if (m is null || m.FirstReading.Suffix != 0)
        {
            return null;
        }
        foreach (var v in m.Values)
        {
            if (v.Kind == kind)
            {
                return (m.End, v.Number);
            }
        }
        return null;
    }

    public PhraseMatcher<TimeWord> Matcher { get; } = new();

    /// <summary>Letters glued to a year that mark its era («2012م»), folded.</summary>
    public HashSet<string> YearSuffixes { get; } = new(StringComparer.Ordinal);
}
