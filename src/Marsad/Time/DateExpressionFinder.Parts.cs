using System.Globalization;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>The parts of an expression: day and month, numeric dates, month names, years and relative units, each read from a token on.</summary>
public sealed partial class DateExpressionFinder
{
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
    private static bool Adjacent(SealedList<Token> tokens, int from, int to)
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
    /// Whether token <paramref name="j"/> is a bare head that a date in figures names («مدينة 6 أكتوبر», «بساحة 16
    /// نوفمبر»): a clitic preposition may stand before it, the article may not, since a definite noun before a date
    /// («دخلت القوات المدينة 16 نوفمبر») is an object followed by its date.
    /// </summary>
    private bool IsNameHeadBefore(AnalyzedText text, int j)
    {
        if (j < 0 || j >= text.Tokens.Count)
        {
            return false;
        }
        var m = _vocabulary.Matcher.MatchAt(text, j, allowClitics: true);
        if (m is null || m.FirstReading.Suffix != 0 || m.FirstReading.HasArticle)
        {
            return false;
        }
        var values = m.Values;
        for (var k = 0; k < values.Count; k++)
        {
            if (values[k].Kind == TimeKind.NumberNameBefore)
            {
                return true;
            }
        }
        return false;
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
        // By index, and the hit a value: asked a dozen times at every token that may open an
        // expression, an enumerator and a hit object per ask were most of the finder's garbage.
        var values = m.Values;
        for (var k = 0; k < values.Count; k++)
        {
            if (values[k].Kind == kind)
            {
                return new Hit(m.End, values[k], m.Span);
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
}
