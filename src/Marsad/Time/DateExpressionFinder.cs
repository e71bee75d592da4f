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
/// <item>Without a publication date, relative expressions are still found but stay unresolved
/// (value null, precision unknown): a date is never guessed.</item>
/// </list>
/// </remarks>
public sealed class DateExpressionFinder
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
        var result = new List<DateExpression>(found.Count);
        foreach (var p in found)
        {
            result.Add(Resolve(text, p, published));
        }
        return result;
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
        int lo = 0, hi = all.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (text.Tokens[all[mid].First].Sentence < trigger.Sentence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
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

    private sealed record Hit(int End, TimeWord Word, TextSpan Span);

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

    /// <summary>«23 شباط 2016», «23 من الشهر الجاري», «الثالث والعشرين من آذار».</summary>
    private int DayMonth(AnalyzedText text, int j, bool leading, Parsed p)
    {
        var tokens = text.Tokens;
        if (j >= tokens.Count)
        {
            return -1;
        }
        int day, k;
        var ordinal = false;
        if (tokens[j].Kind == TokenKind.Number && tokens[j].Norm.Length <= 2)
        {
            day = int.Parse(tokens[j].Norm, CultureInfo.InvariantCulture);
            k = j + 1;
        }
        else if (_numbers.ReadOrdinalAt(text, j) is { } ord)
        {
            day = (int)ord.Value;
            k = ord.End;
            ordinal = true;
        }
        else
        {
            return -1;
        }
        if (day is < 1 or > 31)
        {
            return -1;
        }
        var hasOf = false;
        if (Word(text, k, TimeKind.Of, leading: false) is { } of)
        {
            k = of.End;
            hasOf = true;
        }
        // Ordinals stand for days only in «الثالث من آذار»: «الفصل الثالث» is not a date.
        if (ordinal && !hasOf)
        {
            return -1;
        }
        if (MonthAt(text, k, leading: false) is { } month)
        {
            if (day > DateTime.DaysInMonth(2000, month.Month))
            {
                return -1;
            }
            p.Day = day;
            p.Month = month.Month;
            var e = month.End;
            if (YearAfter(text, e) is { } year)
            {
                if (day > DateTime.DaysInMonth(year.Year, month.Month))
                {
                    return -1;
                }
                p.Year = year.Year;
                e = year.End;
            }
            else if (RelativeYearAfter(text, e) is { } relYear)
            {
                p.YearOffset = relYear.Offset;
                e = relYear.End;
            }
            else if (SameYearAfter(text, e) is > 0 and var sameEnd)
            {
                p.YearUnknown = true;
                e = sameEnd;
            }
            else if (Word(text, e, TimeKind.Modifier, leading: false) is { } mod)
            {
                p.MonthNameDirection = Math.Sign(mod.Word.Number);
                e = mod.End;
            }
            return e;
        }
        // «التاسع من شهر رمضان»: a Hijri date is a date, but this finder does not convert it.
        var h = k;
        if (Word(text, h, TimeKind.MonthWord, leading: false) is { } hw)
        {
            h = hw.End;
        }
        if (Word(text, h, TimeKind.HijriMonth, leading: false) is { } hijri)
        {
            p.Hijri = true;
            var he = hijri.End;
            if (YearAfter(text, he) is { } hy)
            {
                he = hy.End;
            }
            return he;
        }
        if (hasOf && UnitWithModifier(text, k, TimeKind.MonthWord, leading: false) is { } rel)
        {
            p.Day = day;
            p.MonthOffset = rel.Offset;
            return rel.End;
        }
        return -1;
    }

    /// <summary>«2016/02/23», «23/2/2016», «23-2-2016», «23.2.2016».</summary>
    private static int NumericDate(AnalyzedText text, int j, Parsed p)
    {
        var tokens = text.Tokens;
        if (tokens[j].Kind != TokenKind.Number)
        {
            return -1;
        }
        string[] parts;
        int end;
        var norm = tokens[j].Norm;
        if (norm.Count(c => c == '.') == 2)
        {
            parts = norm.Split('.');
            end = j + 1;
        }
        else if (j + 4 < tokens.Count && IsDateSeparator(tokens[j + 1]) && tokens[j + 2].Kind == TokenKind.Number
            && tokens[j + 3].Kind == TokenKind.Punctuation && tokens[j + 3].Norm == tokens[j + 1].Norm && YearOrNumber(tokens[j + 4])
            && Adjacent(tokens, j, j + 4))
        {
            parts = [norm, tokens[j + 2].Norm, tokens[j + 4].Norm];
            end = j + 5;
        }
        else
        {
            return -1;
        }
        if (parts.Length == 3 && parts[2].Length > 4 && TimeVocabulary.Default.YearSuffixes.Contains(parts[2][4..]))
        {
            parts[2] = parts[2][..4];
        }
        if (parts.Length != 3 || parts.Any(x => x.Length == 0 || !x.All(char.IsAsciiDigit)))
        {
            return -1;
        }
        int y, m, d;
        if (parts[0].Length == 4 && parts[1].Length <= 2 && parts[2].Length <= 2)
        {
            (y, m, d) = (Int(parts[0]), Int(parts[1]), Int(parts[2]));
        }
        else if (parts[2].Length == 4 && parts[0].Length <= 2 && parts[1].Length <= 2)
        {
            (y, m, d) = (Int(parts[2]), Int(parts[1]), Int(parts[0]));
        }
        else
        {
            return -1;
        }
        if (y is < 1900 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return -1;
        }
        (p.Year, p.Month, p.Day) = (y, m, d);
        return end;
    }

    private static bool YearOrNumber(Token t) => t.Kind == TokenKind.Number
        || (t.Norm.Length > 4 && char.IsAsciiDigit(t.Norm[0]) && TimeVocabulary.Default.YearSuffixes.Contains(t.Norm[4..]));

    private static bool IsDateSeparator(Token t) => t.Kind == TokenKind.Punctuation && t.Norm is "/" or "-" or ".";

    /// <summary>True when tokens [from, to] are written without spaces between them.</summary>
    private static bool Adjacent(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].NormEnd != tokens[k + 1].NormStart)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>«شباط/فبراير 2016», «تموز الماضي», «شهر آذار», «نيسان».</summary>
    private int MonthName(AnalyzedText text, int j, bool leading, Parsed p)
    {
        var k = j;
        var monthWord = false;
        if (Word(text, k, TimeKind.MonthWord, leading) is { } mw && MonthAt(text, mw.End, leading: false) is not null)
        {
            monthWord = true;
            k = mw.End;
            leading = false;
        }
        if (MonthAt(text, k, leading) is not { } month)
        {
            return -1;
        }
        p.Month = month.Month;
        if (YearAfter(text, month.End) is { } year)
        {
            p.Year = year.Year;
            return year.End;
        }
        if (RelativeYearAfter(text, month.End) is { } relYear)
        {
            p.YearOffset = relYear.Offset;
            return relYear.End;
        }
        if (SameYearAfter(text, month.End) is > 0 and var sameEnd)
        {
            p.YearUnknown = true;
            return sameEnd;
        }
        if (Word(text, month.End, TimeKind.Modifier, leading: false) is { } mod)
        {
            p.MonthNameDirection = Math.Sign(mod.Word.Number);
            return mod.End;
        }
        if (month.NeedsContext && !month.Paired && !monthWord && p.Part is null)
        {
            p.Month = null;
            return -1;
        }
        return month.End;
    }

    /// <summary>«الشهر الماضي», «هذا العام», «العام 2015», «الأسبوع المقبل».</summary>
    private int RelativeUnit(AnalyzedText text, int j, bool leading, Parsed p)
    {
        if (Word(text, j, TimeKind.YearWord, leading) is { } yw && YearNumber(text, yw.End) is { } y)
        {
            p.Year = y;
            return yw.End + 1;
        }
        foreach (var kind in (ReadOnlySpan<TimeKind>)[TimeKind.YearWord, TimeKind.MonthWord, TimeKind.WeekWord])
        {
            if (UnitWithModifier(text, j, kind, leading) is { } rel)
            {
                switch (kind)
                {
                    case TimeKind.YearWord:
                        p.YearOffset = rel.Offset;
                        break;
                    case TimeKind.MonthWord:
                        p.MonthOffset = rel.Offset;
                        break;
                    default:
                        p.WeekOffset = rel.Offset;
                        break;
                }
                return rel.End;
            }
        }
        return -1;
    }

    /// <summary>A unit with its modifier after it («العام الماضي») or «هذا» before it («هذا العام»).</summary>
    private (int Offset, int End)? UnitWithModifier(AnalyzedText text, int j, TimeKind unit, bool leading)
    {
        if (Word(text, j, TimeKind.This, leading) is { } @this && Word(text, @this.End, unit, leading: false) is { } u)
        {
            return (0, u.End);
        }
        if (Word(text, j, unit, leading) is { } w && Word(text, w.End, TimeKind.Modifier, leading: false) is { } mod)
        {
            return (mod.Word.Number, mod.End);
        }
        return null;
    }

    private sealed record MonthHit(int Month, int End, bool NeedsContext, bool Paired);

    /// <summary>A month name, with its other-calendar twin if written beside it («شباط/فبراير», «شباط (فبراير)»).</summary>
    private MonthHit? MonthAt(AnalyzedText text, int k, bool leading)
    {
        var tokens = text.Tokens;
        if (Word(text, k, TimeKind.Month, leading) is not { } m)
        {
            return null;
        }
        var end = m.End;
        var paired = false;
        var e = end;
        var open = false;
        if (e < tokens.Count && tokens[e].Kind == TokenKind.Punctuation && tokens[e].Norm is "/" or "(" or "-" or "\\")
        {
            open = tokens[e].Norm == "(";
            e++;
        }
        if (Word(text, e, TimeKind.Month, leading: false) is { } twin && twin.Word.Number == m.Word.Number)
        {
            paired = true;
            end = twin.End;
            if (open && end < tokens.Count && tokens[end].Norm == ")")
            {
                end++;
            }
        }
        return new MonthHit(m.Word.Number, end, m.Word.NeedsContext && !paired, paired);
    }

    /// <summary>
    /// «من العام نفسه», «من السنة ذاتها»: the year is one the text named before; it is not
    /// guessed from the publication date.
    /// </summary>
    private int SameYearAfter(AnalyzedText text, int k)
    {
        if (Word(text, k, TimeKind.Of, leading: false) is { } of)
        {
            k = of.End;
        }
        if (Word(text, k, TimeKind.YearWord, leading: false) is { } yw && Word(text, yw.End, TimeKind.DayBlocker, leading: false) is { } same
            && same.Word.Label == "same")
        {
            return same.End;
        }
        return -1;
    }

    /// <summary>A year after a month: «2016», «عام 2016», «من العام 2016».</summary>
    private (int Year, int End)? YearAfter(AnalyzedText text, int k)
    {
        if (YearNumber(text, k) is { } y)
        {
            return (y, k + 1);
        }
        var e = k;
        if (Word(text, e, TimeKind.Of, leading: false) is { } of)
        {
            e = of.End;
        }
        if (Word(text, e, TimeKind.YearWord, leading: false) is { } yw && YearNumber(text, yw.End) is { } y2)
        {
            return (y2, yw.End + 1);
        }
        return null;
    }

    /// <summary>«ديسمبر العام الماضي», «آذار من العام الجاري».</summary>
    private (int Offset, int End)? RelativeYearAfter(AnalyzedText text, int k)
    {
        if (Word(text, k, TimeKind.Of, leading: false) is { } of)
        {
            k = of.End;
        }
        return UnitWithModifier(text, k, TimeKind.YearWord, leading: false);
    }

    private static int? YearNumber(AnalyzedText text, int k)
    {
        if (k >= text.Tokens.Count)
        {
            return null;
        }
        var t = text.Tokens[k];
        var norm = t.Norm;
        if (t.Kind == TokenKind.Word && norm.Length > 4 && char.IsAsciiDigit(norm[0]) && TimeVocabulary.Default.YearSuffixes.Contains(norm[4..]))
        {
            norm = norm[..4];
        }
        else if (t.Kind != TokenKind.Number)
        {
            return null;
        }
        if (norm.Length != 4 || !norm.All(char.IsAsciiDigit))
        {
            return null;
        }
        var y = Int(norm);
        return y is >= 1800 and <= 2100 ? y : null;
    }

    /// <summary>
    /// The vocabulary word of <paramref name="kind"/> at token <paramref name="j"/>. Only the first
    /// word of an expression may carry proclitics («والخميس», «بداية»), never a pronoun suffix.
    /// </summary>
    private Hit? Word(AnalyzedText text, int j, TimeKind kind, bool leading)
    {
        if (j < 0 || j >= text.Tokens.Count)
        {
            return null;
        }
        var m = _vocabulary.Matcher.MatchAt(text, j, allowClitics: leading);
        if (m is null || m.FirstReading.Suffix != 0)
        {
            return null;
        }
        foreach (var w in m.Values)
        {
            if (w.Kind == kind)
            {
                return new Hit(m.End, w, m.Span);
            }
        }
        return null;
    }

    private int LeadingSpanStart(AnalyzedText text, int j)
    {
        var m = _vocabulary.Matcher.MatchAt(text, j, allowClitics: true);
        return m is not null && m.FirstReading.Suffix == 0 ? m.Span.Start : text.Tokens[j].Span.Start;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

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
        return new DateExpression(p.First, p.End, span, value, precision, words, relative);
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
