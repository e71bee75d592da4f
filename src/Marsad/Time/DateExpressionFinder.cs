using System.Globalization;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// Finds date expressions in a body and resolves them against the publication date.
/// </summary>
/// <remarks>
/// Rules of resolution (all vocabulary comes from data/lexicons/time_words.tsv, months.tsv,
/// weekdays.tsv and number_words.tsv):
/// <list type="bullet">
/// <item>A weekday is the most recent such day on or before publication; with «الماضي» strictly
/// before it, with «المقبل» strictly after it. A part of the day («مساء», «فجر», «ليل») keeps the day.</item>
/// <item>A day and month without a year take the year that puts them nearest to publication;
/// a month name alone likewise; with «الماضي» the most recent such month before the publication month.</item>
/// <item>«الأسبوع الماضي» has no known day: its value is the month of the day a week before
/// publication, at month precision.</item>
/// <item>«بداية/مطلع/منتصف/أواخر» before a year give month precision (January, June, December);
/// before a month they keep that month.</item>
/// <item>"Publication" is the text's own day: the page's date, or a day or two before it when the
/// text names its day with a weekday («أمس الثلاثاء» is written on a Wednesday; see TextDay).</item>
/// <item>Without a publication date, relative expressions are still found but stay unresolved
/// (value null, precision unknown): a date is never guessed.</item>
/// </list>
/// </remarks>
public sealed partial class DateExpressionFinder
{
    private static readonly Lazy<DateExpressionFinder> s_default = new(() => new DateExpressionFinder(TimeVocabulary.Default, ArabicNumbers.Default));

    private readonly TimeVocabulary _vocabulary;
    private readonly ArabicNumbers _numbers;

    private DateExpressionFinder(TimeVocabulary vocabulary, ArabicNumbers numbers)
    {
        _vocabulary = vocabulary;
        _numbers = numbers;
    }

    public static DateExpressionFinder Default => s_default.Value;

    /// <summary>Every date expression of the text, left to right, none overlapping.</summary>
    public IReadOnlyList<DateExpression> FindAll(AnalyzedText text, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = Expressions(text);
        var today = published is { } pub ? TextDay(found, pub) : (DateOnly?)null;
        var result = new List<DateExpression>(found.Count);
        var todayValue = today?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var p in found)
        {
            var d = Resolve(text, p, today);
            var ofReport = AfterReportWord(text, p.First, p.End, string.Equals(d.Value, todayValue, StringComparison.Ordinal));
            result.Add(d with { OfReport = ofReport, OfIssue = ofReport && AfterIssueWord(text, p.First) });
        }
        return result;
    }

    /// <summary>
    /// The day the text is written on, against which its «أمس», «اليوم» and weekdays are read:
    /// the publication date, unless the text names its own day a little before it (see <see cref="TextDay(List{Parsed}, DateOnly)"/>).
    /// </summary>
    public DateOnly TextDay(AnalyzedText text, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextDay(Expressions(text), published);
    }

    /// <summary>
    /// The expressions of the text before they are resolved against a publication date. Where they
    /// stand does not depend on that date, and the fatality finder and the event stage both ask for
    /// them, so the parse is kept with the text and done once (resolution only reads it).
    /// </summary>
    private List<Parsed> Expressions(AnalyzedText text)
    {
        if (text.DateParses is (var finder, List<Parsed> kept) && ReferenceEquals(finder, this))
        {
            return kept;
        }
        var found = new List<Parsed>();
        var i = 0;
        while (i < text.Tokens.Count)
        {
            var parsed = MayOpen(text, i) ? Parse(text, i) : null;
            if (parsed is null)
            {
                i++;
                continue;
            }
            if (!parsed.Blocked)
            {
                found.Add(parsed);
            }
            i = parsed.End;
        }
        // «من 23 يوليو إلى 26 يوليو 1952», «يومي 16 و17 يونيو 2012»: the year written once closes a range.
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var (p, next) = (found[k], found[k + 1]);
            if (p.Year is null && p.YearOffset is null && p.MonthNameDirection is null && !p.YearUnknown && p.Month is int m && next.Year is int y && next.Month is int nm
                && m <= nm && next.First - p.End <= 2 && text.Tokens[next.First].Sentence == text.Tokens[p.First].Sentence)
            {
                p.Year = y;
            }
        }
        text.DateParses = (this, found);
        return found;
    }

    /// <summary>
    /// The expression that dates an event whose trigger is token <paramref name="triggerToken"/>:
    /// the nearest in the same clause; else, in the same sentence, the nearest after the trigger
    /// within a few tokens, else the nearest before it, else the nearest after it. Never one of
    /// another sentence.
    /// </summary>
    public static DateExpression? ForEvent(IReadOnlyList<DateExpression> all, AnalyzedText text, int triggerToken)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(text);
        if (triggerToken < 0 || triggerToken >= text.Tokens.Count)
        {
            return null;
        }
        var trigger = text.Tokens[triggerToken];
        DateExpression? bestClause = null, nearAfter = null, before = null, after = null;
        int bestClauseDistance = int.MaxValue;
        // FindAll lists expressions in text order, so the sentence's own are one run found by
        // bisection: scanning them all for every event made long articles quadratic.
        var lo = Ordered.LowerBound(all, trigger.Sentence, text.Tokens, static (d, tokens) => tokens[d.First].Sentence);
        for (var k = lo; k < all.Count; k++)
        {
            var d = all[k];
            if (text.Tokens[d.First].Sentence != trigger.Sentence)
            {
                if (text.Tokens[d.First].Sentence > trigger.Sentence)
                {
                    break;
                }
                continue;
            }
            var isAfter = d.First > triggerToken;
            var distance = isAfter ? d.First - triggerToken : Math.Max(0, triggerToken - (d.End - 1));
            var sameClause = text.Tokens[d.First].Clause == trigger.Clause || text.Tokens[d.End - 1].Clause == trigger.Clause;
            // Ties go to the expression after the trigger: Arabic puts the time after the verb.
            if (sameClause && (distance < bestClauseDistance || (distance == bestClauseDistance && isAfter)))
            {
                bestClause = d;
                bestClauseDistance = distance;
            }
            if (isAfter)
            {
                if (distance <= NearAfterTokens && nearAfter is null)
                {
                    nearAfter = d;
                }
                after ??= d;
            }
            else
            {
                before = d;
            }
        }
        return bestClause ?? nearAfter ?? before ?? after;
    }

    private const int NearAfterTokens = 8;

    private sealed class Parsed
    {
        public int First;
        public int End;
        public int SpanStart;
        public bool Blocked;
        public int? Year;
        public int? Month;
        public int? Day;
        public int? DayOffset;
        public int? Weekday;
        public int WeekdayDirection;

        /// <summary>The day offset written with the weekday («أمس» of «أمس الثلاثاء»): it tells the text's own day.</summary>
        public int? NamedOffset;
        public int? MonthNameDirection;
        public int? MonthOffset;
        public int? YearOffset;
        public int? WeekOffset;
        public string? Part;
        public bool Hijri;
        public bool YearUnknown;
        public bool ClosingBracket;

        public bool IsDayLevel => Day is not null || DayOffset is not null || Weekday is not null || Hijri;
    }

    private readonly record struct Hit(int End, TimeWord Word, TextSpan Span);

    /// <summary>
    /// Whether an expression can begin at token <paramref name="i"/>. Every reading <see cref="Parse"/>
    /// tries opens with a time word read with clitics allowed, a digit or an ordinal number word, so a
    /// token that is none of these is passed over without asking the matcher about each kind of time
    /// word in turn (a dozen asks and a parse object for every token of the text).
    /// </summary>
    private bool MayOpen(AnalyzedText text, int i)
    {
        var token = text.Tokens[i];
        if (token.Kind == TokenKind.Number || (token.Norm.Length > 0 && char.IsAsciiDigit(token.Norm[0])))
        {
            return true;
        }
        var m = _vocabulary.Matcher.MatchAt(text, i, allowClitics: true);
        return (m is not null && m.FirstReading.Suffix == 0) || _numbers.OpensOrdinal(text, i);
    }

    private Parsed? Parse(AnalyzedText text, int i)
    {
        var p = new Parsed { First = i, SpanStart = -1 };
        var j = i;
        var dayPrefix = false;
        if (Word(text, j, TimeKind.PartOfDay, leading: true) is { } pod)
        {
            p.SpanStart = pod.Span.Start;
            j = pod.End;
            dayPrefix = true;
        }
        else if (Word(text, j, TimeKind.PeriodPart, leading: true) is { } part)
        {
            p.SpanStart = part.Span.Start;
            p.Part = part.Word.Label;
            j = part.End;
        }
        if (Word(text, j, TimeKind.DayWord, leading: j == i) is { } dayWord)
        {
            if (p.SpanStart < 0)
            {
                p.SpanStart = dayWord.Span.Start;
            }
            j = dayWord.End;
            dayPrefix = true;
        }
        var leading = j == i;
        var coreStart = j;
        var end = Core(text, j, leading, p);
        if (end < 0)
        {
            return null;
        }
        if (dayPrefix && !p.IsDayLevel)
        {
            return null;
        }
        if (p.Part is not null && p.IsDayLevel)
        {
            return null;
        }
        if (p.Part == "first" && p.Month is not null)
        {
            // «أول مايو» is the first of May, not early May.
            p.Day = 1;
            p.Part = null;
        }
        if (p.SpanStart < 0)
        {
            p.SpanStart = LeadingSpanStart(text, coreStart);
        }
        p.End = end;
        // «ثورة 25 يناير», «قوى 14 آذار», «المصري اليوم»: a date inside a name is read past, not reported.
        if (i > 0 && Word(text, i - 1, TimeKind.NameBefore, leading: true) is not null)
        {
            p.Blocked = true;
        }
        // «ساحة 16 نوفمبر», «مدينة 6 أكتوبر»: a day and month written in figures right after a square, a city or a
        // movement name it; the same head before «اليوم» or a weekday («في المدينة الأربعاء») is the place of a day.
        if (i > 0 && p.Day is not null && p.Month is not null
            && (text.Tokens[i].Kind == TokenKind.Number || (text.Tokens[i].Norm.Length > 0 && char.IsAsciiDigit(text.Tokens[i].Norm[0])))
            && IsNameHeadBefore(text, i - 1))
        {
            p.Blocked = true;
        }
        return p;
    }

    /// <summary>Parses the core of an expression at <paramref name="j"/>; returns its end or -1.</summary>
    private int Core(AnalyzedText text, int j, bool leading, Parsed p)
    {
        var tokens = text.Tokens;
        if (j >= tokens.Count)
        {
            return -1;
        }
        var weekdayStart = j;
        var weekdayLeading = leading;
        if (Word(text, j, TimeKind.DayOffset, leading) is { } offset)
        {
            // «اليوم التالي», «لليوم الخامس», «ذلك اليوم»: «اليوم» is then a noun, not today.
            if (offset.End - j == 1
                && ((offset.End < tokens.Count && (Word(text, offset.End, TimeKind.DayBlocker, leading: false) is not null || _numbers.ReadOrdinalAt(text, offset.End) is not null))
                    || (j > 0 && Word(text, j - 1, TimeKind.DayBlockerBefore, leading: true) is not null)))
            {
                return -1;
            }
            p.DayOffset = offset.Word.Number;
            // «أمس الأربعاء», «اليوم، الثلاثاء»: the weekday that follows names the same day.
            var w = offset.End;
            var paren = false;
            if (w < tokens.Count && tokens[w].Kind == TokenKind.Punctuation && tokens[w].Norm is "،" or "," or "(")
            {
                paren = tokens[w].Norm == "(";
                w++;
            }
            // «اليوم (أمس)»: papers printed a day after writing put the day as read in brackets.
            if (paren && Word(text, w, TimeKind.DayOffset, leading: false) is { } printed
                && printed.End < tokens.Count && tokens[printed.End].Norm == ")")
            {
                p.DayOffset = printed.Word.Number;
                return printed.End + 1;
            }
            if (Word(text, w, TimeKind.Weekday, leading: false) is not { } named)
            {
                return offset.End;
            }
            // «أمس (الأحد)»: the closing bracket belongs to the expression.
            if (paren && (named.End >= tokens.Count || tokens[named.End].Norm != ")"))
            {
                return offset.End;
            }
            p.ClosingBracket = paren;
            weekdayStart = w;
            weekdayLeading = false;
        }
        if (Word(text, weekdayStart, TimeKind.Weekday, weekdayLeading) is { } weekday
            && !(weekdayStart == j && j > 0 && Word(text, j - 1, TimeKind.WeekdayBlockerBefore, leading: true) is not null))
        {
            // Where both are written the weekday wins: it stays true when the page was dated a day late.
            p.WeekdayDirection = p.DayOffset is > 0 ? 1 : 0;
            p.NamedOffset = p.DayOffset;
            p.DayOffset = null;
            p.Weekday = weekday.Word.Number;
            var k = weekday.End;
            if (p.ClosingBracket)
            {
                return k + 1;
            }
            if (Word(text, k, TimeKind.Modifier, leading: false) is { } mod)
            {
                p.WeekdayDirection = Math.Sign(mod.Word.Number);
                k = mod.End;
            }
            // «الخميس 23 شباط»: the date that follows is more precise than the weekday.
            var q = new Parsed();
            var dated = DayMonth(text, k, leading: false, q);
            if (dated < 0 && k < tokens.Count)
            {
                dated = NumericDate(text, k, q);
            }
            if (dated > 0)
            {
                p.Weekday = null;
                p.Day = q.Day;
                p.Month = q.Month;
                p.Year = q.Year;
                p.MonthOffset = q.MonthOffset;
                p.YearOffset = q.YearOffset;
                p.MonthNameDirection = q.MonthNameDirection;
                p.Hijri = q.Hijri;
                return dated;
            }
            return k;
        }
        var dayMonth = DayMonth(text, j, leading, p);
        if (dayMonth > 0)
        {
            return dayMonth;
        }
        var numeric = NumericDate(text, j, p);
        if (numeric > 0)
        {
            return numeric;
        }
        var monthName = MonthName(text, j, leading, p);
        if (monthName > 0)
        {
            return monthName;
        }
        var unit = RelativeUnit(text, j, leading, p);
        if (unit > 0)
        {
            return unit;
        }
        // A bare year only after a preposition of time or a period word: «في 2015», «مطلع 2015».
        if (YearNumber(text, j) is { } year && (p.Part is not null || (j > 0 && Word(text, j - 1, TimeKind.YearPrep, leading: true) is not null)))
        {
            p.Year = year;
            return j + 1;
        }
        return -1;
    }
}
