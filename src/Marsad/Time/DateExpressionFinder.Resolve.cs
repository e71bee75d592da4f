using System.Globalization;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>Resolution: a parsed expression turned into a calendar value and its precision against the publication date.</summary>
public sealed partial class DateExpressionFinder
{
    private static DateExpression Resolve(AnalyzedText text, Parsed p, DateOnly? published)
    {
        var span = new TextSpan(p.SpanStart, text.Tokens[p.End - 1].Span.End);
        var words = span.Cut(text.Body);
        string? value = null;
        var precision = DateExpression.Unknown;
        var relative = p.Year is null && !p.Hijri && !p.YearUnknown;
        if (p.Hijri || p.YearUnknown)
        {
            // Found, never converted: a Hijri date stays unresolved rather than guessed.
        }
        else if (p.Year is int year)
        {
            if (p.Month is int month)
            {
                (value, precision) = p.Day is int day ? (Iso(year, month, day), DateExpression.Day) : (Iso(year, month), DateExpression.Month);
            }
            else if (p.Part is not null)
            {
                (value, precision) = (Iso(year, PartMonth(p.Part)), DateExpression.Month);
            }
            else
            {
                (value, precision) = (year.ToString("D4", CultureInfo.InvariantCulture), DateExpression.Year);
            }
        }
        else if (published is DateOnly pub)
        {
            try
            {
                (value, precision) = ResolveRelative(p, pub);
            }
            catch (ArgumentOutOfRangeException)
            {
                // «أمس» said on 0001-01-01 or «غداً» on 9999-12-31 falls off the calendar: unresolved, not a crash.
                (value, precision) = (null, DateExpression.Unknown);
            }
        }
        if (value is not null && !OnCalendar(value))
        {
            // Year 0, negative or five-digit years are no ISO 8601 date a consumer can parse.
            value = null;
        }
        if (value is null)
        {
            precision = DateExpression.Unknown;
        }
        return new DateExpression(p.First, p.End, span, value, precision, words, relative) { NamesMonth = p.Month is not null, WeekdayOnly = p.Weekday is not null && p.Day is null && p.NamedOffset is null };
    }

    /// <summary>
    /// A page dated when it was crawled or extracted can be a day or two later than the text: the
    /// text that says «أمس الثلاثاء» was written on a Wednesday, and its bare «أمس» is that Tuesday
    /// whatever the page's date. The first day offset written with its weekday («أمس الثلاثاء»,
    /// «اليوم الخميس», «غداً الاثنين») names the text's own day; it is taken when it falls up to
    /// <see cref="MaxTextDayLag"/> days before publication (a text is never written after it is
    /// published, and a weekday further back is more likely a quoted statement of another day).
    /// </summary>
    private static DateOnly TextDay(List<Parsed> found, DateOnly published)
    {
        foreach (var p in found)
        {
            if (p.NamedOffset is int offset && p.Weekday is int weekday && !p.Hijri)
            {
                var own = (((weekday - offset) % 7) + 7) % 7;
                var back = ((int)published.DayOfWeek - own + 7) % 7;
                return back <= MaxTextDayLag && published.DayNumber - back >= DateOnly.MinValue.DayNumber ? published.AddDays(-back) : published;
            }
        }
        return published;
    }

    private const int MaxTextDayLag = 2;

    /// <summary>Words looked back over from a date for a word of saying or publishing.</summary>
    private const int ReportReach = 4;

    /// <summary>
    /// Words looked back over from the text's today that «أن»/«إن» follows: the date stands between the saying and what
    /// is said («وقال بيان لقوة المهام المشتركة اليوم: إن»), so the sayer's name may be longer than four words. Only the
    /// text's today: a past day there («وقال قائد مقاتلي عشائر الأنبار غسان العيثاوي، للصحافيين أمس، إن») is the last day
    /// the happenings told can be on, and the day nearest them the text gives (measured: as a report's day, the news day
    /// or the lead's day replaced it in the pool, later or earlier than the report).
    /// </summary>
    private const int ReportReachBeforeThat = 10;

    /// <summary>
    /// Whether a word of saying or publishing stands a few words before token <paramref name="first"/>
    /// in its sentence, with no «أن»/«إن» between: «قال بيان للقيادة المشتركة اليوم الجمعة» dates the
    /// statement, «قال المرصد إن الطيران قصف أمس» the shelling.
    /// </summary>
    private bool AfterReportWord(AnalyzedText text, int first, int end, bool isToday)
    {
        var tokens = text.Tokens;
        var sentence = tokens[first].Sentence;
        var words = 0;
        var reach = isToday && BeforeThat(text, end) ? ReportReachBeforeThat : ReportReach;
        for (var k = first - 1; k >= 0 && tokens[k].Sentence == sentence && words < reach; k--)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                if (tokens[k].Norm is "،" or ",")
                {
                    continue;
                }
                return false;
            }
            words++;
            if (Word(text, k, TimeKind.ReportStop, leading: true) is not null)
            {
                return false;
            }
            if (Word(text, k, TimeKind.ReportBefore, leading: true) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words looked back over from «الصادرة» for the papers it qualifies («الصحف البريطانية الصادرة», «صحيفة "الغد" الأردنية الصادرة»).</summary>
    private const int PressReach = 5;

    /// <summary>
    /// Whether the date starting at token <paramref name="first"/> is the day a paper was issued: «الصادرة/الصادر»
    /// right before it (past a comma or «صباح»: «الصادرة صباح، اليوم السبت»), and a word naming papers or an issue a few
    /// words before that in its sentence («أبرزت الصحف المصرية الصادرة اليوم», «في عددها الصادر الخميس»). «القرار
    /// الاتهامي الصادر اليوم» is an indictment's day, not a paper's.
    /// </summary>
    private bool AfterIssueWord(AnalyzedText text, int first)
    {
        var tokens = text.Tokens;
        var sentence = tokens[first].Sentence;
        var k = first - 1;
        while (k >= 0 && tokens[k].Sentence == sentence
            && ((tokens[k].Kind == TokenKind.Punctuation && tokens[k].Norm is "،" or ",") || Word(text, k, TimeKind.PartOfDay, leading: false) is not null))
        {
            k--;
        }
        if (k < 0 || tokens[k].Sentence != sentence || Word(text, k, TimeKind.IssueWord, leading: false) is null)
        {
            return false;
        }
        var words = 0;
        for (var j = k - 1; j >= 0 && tokens[j].Sentence == sentence && words < PressReach; j--)
        {
            if (tokens[j].Kind == TokenKind.Punctuation)
            {
                continue;
            }
            words++;
            if (Word(text, j, TimeKind.PressWord, leading: true) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether «أن»/«إن»/«بأن» follows the date ending before token <paramref name="end"/>, past a colon or comma.</summary>
    private bool BeforeThat(AnalyzedText text, int end)
    {
        var tokens = text.Tokens;
        var sentence = end > 0 ? tokens[end - 1].Sentence : 0;
        for (var k = end; k < tokens.Count && tokens[k].Sentence == sentence; k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                if (tokens[k].Norm is ":" or "،" or ",")
                {
                    continue;
                }
                return false;
            }
            return Word(text, k, TimeKind.ReportStop, leading: true) is not null;
        }
        return false;
    }

    private static (string? Value, string Precision) ResolveRelative(Parsed p, DateOnly pub)
    {
        if (p.DayOffset is int offset)
        {
            return (Iso(pub.AddDays(offset)), DateExpression.Day);
        }
        if (p.Weekday is int weekday)
        {
            var back = ((int)pub.DayOfWeek - weekday + 7) % 7;
            DateOnly date;
            if (p.WeekdayDirection > 0)
            {
                var ahead = (weekday - (int)pub.DayOfWeek + 7) % 7;
                date = pub.AddDays(ahead == 0 ? 7 : ahead);
            }
            else
            {
                date = pub.AddDays(-(back == 0 && p.WeekdayDirection < 0 ? 7 : back));
            }
            return (Iso(date), DateExpression.Day);
        }
        if (p.Day is int day && p.Month is int month)
        {
            DateOnly? best = null;
            for (var y = pub.Year - 1; y <= pub.Year + 1; y++)
            {
                if (day > DateTime.DaysInMonth(y, month) || (p.YearOffset is int yo0 && y != pub.Year + yo0))
                {
                    continue;
                }
                var candidate = new DateOnly(y, month, day);
                if ((p.MonthNameDirection < 0 && candidate >= pub) || (p.MonthNameDirection > 0 && candidate <= pub))
                {
                    continue;
                }
                if (best is null || Math.Abs(candidate.DayNumber - pub.DayNumber) < Math.Abs(best.Value.DayNumber - pub.DayNumber))
                {
                    best = candidate;
                }
            }
            return best is null ? (null, DateExpression.Unknown) : (Iso(best.Value), DateExpression.Day);
        }
        if (p.Day is int d && p.MonthOffset is int monthOffset)
        {
            var first = new DateOnly(pub.Year, pub.Month, 1).AddMonths(monthOffset);
            return d > DateTime.DaysInMonth(first.Year, first.Month)
                ? (null, DateExpression.Unknown)
                : (Iso(first.Year, first.Month, d), DateExpression.Day);
        }
        if (p.Month is int m)
        {
            int y;
            switch (p.YearOffset is null ? p.MonthNameDirection : int.MinValue)
            {
                case int.MinValue:
                    y = pub.Year + p.YearOffset!.Value;
                    break;
                case < 0:
                    y = m < pub.Month ? pub.Year : pub.Year - 1;
                    break;
                case 0:
                    y = pub.Year;
                    break;
                case > 0:
                    y = m > pub.Month ? pub.Year : pub.Year + 1;
                    break;
                default:
                    // Nearest such month, the past one on a tie: news reports more than it announces.
                    var distance = m - pub.Month;
                    y = distance > 6 ? pub.Year - 1 : distance < -6 ? pub.Year + 1 : pub.Year;
                    if (distance == 6 || distance == -6)
                    {
                        y = distance > 0 ? pub.Year - 1 : pub.Year;
                    }
                    break;
            }
            return (Iso(y, m), DateExpression.Month);
        }
        if (p.MonthOffset is int mo)
        {
            var first = new DateOnly(pub.Year, pub.Month, 1).AddMonths(mo);
            return (Iso(first.Year, first.Month), DateExpression.Month);
        }
        if (p.WeekOffset is int wo)
        {
            var inWeek = pub.AddDays(7 * wo);
            return (Iso(inWeek.Year, inWeek.Month), DateExpression.Month);
        }
        if (p.YearOffset is int yo)
        {
            var y = pub.Year + yo;
            return p.Part is not null
                ? (Iso(y, PartMonth(p.Part)), DateExpression.Month)
                : (y.ToString("D4", CultureInfo.InvariantCulture), DateExpression.Year);
        }
        return (null, DateExpression.Unknown);
    }

    private static bool OnCalendar(string value) =>
        value.Length >= 4 && (value.Length == 4 || value[4] == '-') && char.IsAsciiDigit(value[0]) && !value.StartsWith("0000", StringComparison.Ordinal);

    private static int PartMonth(string part) => part switch
    {
        "start" or "first" => 1,
        "mid" => 6,
        "end" => 12,
        _ => throw new InvalidDataException($"time_words: unknown period part '{part}' (start, mid or end)"),
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(int y, int m) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}");

    private static string Iso(int y, int m, int d) => string.Create(CultureInfo.InvariantCulture, $"{y:D4}-{m:D2}-{d:D2}");
}
