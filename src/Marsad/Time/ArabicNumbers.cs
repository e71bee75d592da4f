using System.Globalization;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Time;

internal enum NumberWordKind
{
    Cardinal,
    Multiplier,
    Vague,
    Ordinal,
}

internal sealed record NumberWord(long Value, NumberWordKind Kind);

/// <summary>A number read from tokens [First, End): digits, number words or both («70 ألف»).</summary>
/// <param name="IsVague">The value is the lower bound of a plural of a unit («عشرات», «مئات الآلاف»).</param>
public sealed record NumberReading(int First, int End, long Value, bool IsVague);

/// <summary>
/// Reads cardinal numbers written in digits or words (data/lexicons/number_words.tsv): «5»,
/// «1,200», «ثلاثة», «خمسة وعشرون», «ثلاثة آلاف», «70 ألف», «عشرات الآلاف». A number may follow
/// the conjunction «و» glued to it («و3», «وعشرون») when <c>allowConjunction</c> is set or when it
/// continues a number already begun.
/// </summary>
public sealed class ArabicNumbers
{
    private static readonly Lazy<ArabicNumbers> s_default = new(() => new ArabicNumbers(TsvTable.LoadEmbedded("number_words")));

    private readonly PhraseMatcher<NumberWord> _words = new();

    private ArabicNumbers(TsvTable table)
    {
        int phrase = table.Column("phrase"), value = table.Column("value"), kind = table.Column("kind");
        foreach (var row in table.Rows)
        {
            var k = row[kind] switch
            {
                "cardinal" => NumberWordKind.Cardinal,
                "multiplier" => NumberWordKind.Multiplier,
                "vague" => NumberWordKind.Vague,
                "ordinal" => NumberWordKind.Ordinal,
                _ => throw new InvalidDataException($"number_words:{row.Line}: unknown kind '{row[kind]}'"),
            };
            _words.Add(row[phrase], new NumberWord(long.Parse(row[value], CultureInfo.InvariantCulture), k));
        }
    }

    public static ArabicNumbers Default => s_default.Value;

    /// <summary>
    /// A cardinal word with the article standing as an adjective after its noun («حراسه الثلاثة»,
    /// «أبنائه الأربعة»): its value, or null. <see cref="ReadAt"/> reads no such word, which outside
    /// that place is rarely a count.
    /// </summary>
    public long? ReadDefiniteAt(AnalyzedText text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = _words.MatchAt(text, index, allowClitics: true);
        if (m is null || m.End != index + 1 || !m.FirstReading.HasArticle || m.FirstReading.Suffix != 0
            || !text.Tokens[index].Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            return null;
        }
        foreach (var v in m.Values)
        {
            if (v.Kind == NumberWordKind.Cardinal)
            {
                return v.Value;
            }
        }
        return null;
    }

    /// <summary>
    /// True when token <paramref name="index"/> is a count behind the preposition ب («بتسع ضربات», «بعدة
    /// صواريخ», «وبعشرات القذائف»): the count of an instrument.
    /// </summary>
    public bool IsCountBehindB(AnalyzedText text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = _words.MatchAt(text, index, allowClitics: true);
        return m is not null && m.FirstReading.Prefix > 0 && m.FirstReading.Suffix == 0
            && text.Tokens[index].Norm.AsSpan(0, m.FirstReading.Prefix).Contains('ب')
            && m.Values.Any(static v => v.Kind != NumberWordKind.Ordinal);
    }

    /// <summary>The number that starts at token <paramref name="index"/>, or null.</summary>
    public NumberReading? ReadAt(AnalyzedText text, int index, bool allowConjunction = false)
    {
        var tokens = text.Tokens;
        long total = 0, current = 0;
        var vague = false;
        var any = false;
        var lastDigits = false;
        var j = index;
        while (j < tokens.Count)
        {
            var t = tokens[j];
            var conj = false;
            long? digits = Digits(t.Norm, out var gluedConj);
            if (digits is not null)
            {
                // Digits never continue a number: «5 و3» is two counts, not eight.
                if (any || (gluedConj && !allowConjunction) || (t.Norm.Length > 1 && !char.IsAsciiDigit(t.Norm[0]) && !gluedConj && !allowConjunction))
                {
                    break;
                }
                current = digits.Value;
                any = true;
                lastDigits = true;
                j++;
                continue;
            }
            var word = WordAt(text, j, out var end, out conj);
            if (word is null)
            {
                break;
            }
            var (w, _) = word.Value;
            if (conj && j == index && !allowConjunction)
            {
                break;
            }
            if (w.Kind == NumberWordKind.Multiplier && !conj && any)
            {
                if (w.Value >= 1000)
                {
                    total += (current == 0 ? 1 : current) * w.Value;
                    current = 0;
                }
                else
                {
                    current = (current == 0 ? 1 : current) * w.Value;
                }
                j = end;
                continue;
            }
            if (any && (!conj || lastDigits || !Continues(total, current, w)))
            {
                break;
            }
            if (!any && w.Kind == NumberWordKind.Multiplier)
            {
                // A plural unit standing alone is vague («آلاف القتلى»); a singular one is itself («مئة»).
                var alone = VagueAt(text, j);
                if (alone is not null)
                {
                    current = alone.Value;
                    vague = true;
                }
                else if (w.Value >= 1000)
                {
                    total += w.Value;
                }
                else
                {
                    current = w.Value;
                }
                any = true;
                j = end;
                continue;
            }
            switch (w.Kind)
            {
                case NumberWordKind.Cardinal:
                    if (w.Value >= 1000)
                    {
                        total += w.Value;
                    }
                    else
                    {
                        current += w.Value;
                    }
                    break;
                case NumberWordKind.Vague:
                    if (any)
                    {
                        goto Done;
                    }
                    current = w.Value;
                    vague = true;
                    break;
                default:
                    goto Done;
            }
            any = true;
            j = end;
        }
    Done:
        if (!any)
        {
            return null;
        }
        return new NumberReading(index, j, total + current, vague);
    }

    /// <summary>
    /// Whether «و» + <paramref name="w"/> continues the number read so far as one compound
    /// («خمسة وعشرون», «مئة وخمسون», «ألف ومئتان») rather than starting a second count.
    /// </summary>
    private static bool Continues(long total, long current, NumberWord w)
    {
        if (w.Kind != NumberWordKind.Cardinal)
        {
            return false;
        }
        var v = w.Value;
        if (current == 0)
        {
            return total > 0 && v < 1000;
        }
        if (v >= 20 && v < 100)
        {
            return current % 100 < 10;
        }
        return (current % 100 == 0 && v < 100) || (current % 1000 == 0 && v < 1000);
    }

    /// <summary>An ordinal day number: «الثالث», «الحادي عشر», «الثالث والعشرين».</summary>
    public NumberReading? ReadOrdinalAt(AnalyzedText text, int index)
    {
        var first = OrdinalAt(text, index, conjunction: false);
        if (first is null)
        {
            return null;
        }
        var value = first.Value.Value;
        var end = first.Value.End;
        if (end < text.Tokens.Count && value < 10)
        {
            var ten = WordAt(text, end, out var tenEnd, out var conj);
            if (ten is { } t && !conj && t.Word.Kind == NumberWordKind.Cardinal && t.Word.Value == 10)
            {
                return new NumberReading(index, tenEnd, value + 10, false);
            }
            var tens = OrdinalAt(text, end, conjunction: true);
            if (tens is { } ts && ts.Value >= 20)
            {
                return new NumberReading(index, ts.End, value + ts.Value, false);
            }
        }
        return new NumberReading(index, end, value, false);
    }

    /// <summary>Whether an ordinal number word (without a conjunction) stands at token <paramref name="index"/>: what <see cref="ReadOrdinalAt"/> needs to read anything.</summary>
    internal bool OpensOrdinal(AnalyzedText text, int index) => OrdinalAt(text, index, conjunction: false) is not null;

    private (long Value, int End)? OrdinalAt(AnalyzedText text, int j, bool conjunction)
    {
        var m = _words.MatchAt(text, j, allowClitics: true);
        if (m is null || m.FirstReading.Suffix != 0)
        {
            return null;
        }
        var norm = text.Tokens[j].Norm;
        var isConj = m.FirstReading.Prefix == 1 && norm[0] == 'و';
        if (m.FirstReading.Prefix != 0 && !(conjunction && isConj))
        {
            return null;
        }
        if (conjunction && !isConj)
        {
            return null;
        }
        foreach (var v in m.Values)
        {
            if (v.Kind == NumberWordKind.Ordinal)
            {
                return (v.Value, m.End);
            }
        }
        return null;
    }

    private long? VagueAt(AnalyzedText text, int j)
    {
        var m = _words.MatchAt(text, j, allowClitics: false);
        if (m is null)
        {
            return null;
        }
        foreach (var v in m.Values)
        {
            if (v.Kind == NumberWordKind.Vague)
            {
                return v.Value;
            }
        }
        return null;
    }

    private (NumberWord Word, int End)? WordAt(AnalyzedText text, int j, out int end, out bool conj)
    {
        end = j;
        conj = false;
        var m = _words.MatchAt(text, j, allowClitics: true);
        if (m is null || m.FirstReading.Suffix != 0)
        {
            return null;
        }
        var norm = text.Tokens[j].Norm;
        if (m.FirstReading.Prefix == 1 && norm[0] == 'و')
        {
            conj = true;
        }
        else if (m.FirstReading.Prefix != 0)
        {
            return null;
        }
        NumberWord? pick = null;
        foreach (var v in m.Values)
        {
            if (v.Kind == NumberWordKind.Ordinal)
            {
                continue;
            }
            // Prefer the multiplying reading of «آلاف»; the vague one is taken when it stands alone.
            if (pick is null || (v.Kind == NumberWordKind.Multiplier && pick.Kind == NumberWordKind.Vague))
            {
                pick = v;
            }
        }
        if (pick is null)
        {
            return null;
        }
        end = m.End;
        return (pick, m.End);
    }

    /// <summary>Digits with optional thousands commas, optionally glued to a leading «و».</summary>
    internal static long? Digits(string norm, out bool conj)
    {
        conj = false;
        var s = norm;
        // «و3» is joined by «and»; «بـ31», «لـ5» carry a preposition (the tatweel is folded away).
        if (s.Length > 1 && s[0] is 'و' or 'ب' or 'ل')
        {
            conj = s[0] == 'و';
            s = s[1..];
        }
        if (s.Length == 0 || !char.IsAsciiDigit(s[0]))
        {
            return null;
        }
        long v = 0;
        var digits = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                v = v * 10 + (c - '0');
                if (++digits > 12)
                {
                    return null;
                }
            }
            else if (c != ',')
            {
                return null;
            }
        }
        return v;
    }
}
