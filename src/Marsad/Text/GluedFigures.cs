namespace Marsad.Text;

/// <summary>
/// Where a word token that holds a figure ends (see <see cref="Tokenizer"/>): an Arabic word and
/// a figure written without the space between them («بمقتل18», «في2015», «18قتيلا») are two
/// tokens, as they would be with the space; a figure behind proclitics only («و3», «بـ31»,
/// «الـ5», «والـ50») stays one word, since the number readers take its clitics off themselves.
/// </summary>
internal static class GluedFigures
{
    /// <summary>
    /// The end of the word token that starts at <paramref name="start"/>, scanned on from
    /// <paramref name="from"/>: the run of word characters, cut where a whole Arabic word meets a
    /// figure, before or after it.
    /// </summary>
    public static int WordEnd(string s, int start, int from)
    {
        var i = from;
        while (i < s.Length && Tokenizer.IsWordChar(s[i]))
        {
            if (char.IsAsciiDigit(s[i]) && i > start && !char.IsAsciiDigit(s[i - 1]) && IsWordBefore(s, start, i))
            {
                return i;
            }
            if (char.IsLetter(s[i]) && i > start && char.IsAsciiDigit(s[i - 1]) && WordAfter(s, i))
            {
                return i;
            }
            i++;
        }
        return i;
    }

    /// <summary>
    /// Whether the letters from <paramref name="at"/> (right after a figure) are an Arabic word of
    /// two letters or more: «18قتيلا» is a count and its noun; one letter («2012م», «2012هـ» folded)
    /// is an era mark the date readers take glued, and Latin letters («42nd», «F16») stay glued.
    /// </summary>
    public static bool WordAfter(string s, int at)
    {
        var letters = 0;
        for (var i = at; i < s.Length && Tokenizer.IsWordChar(s[i]) && !char.IsAsciiDigit(s[i]); i++)
        {
            if (!IsArabic(s[i]))
            {
                return false;
            }
            if (char.IsLetter(s[i]))
            {
                letters++;
            }
        }
        return letters >= 2;
    }

    /// <summary>
    /// Whether the letters of <paramref name="s"/> from <paramref name="start"/> to the figure at
    /// <paramref name="figure"/> are an Arabic word of its own, not proclitics of the figure: at
    /// least two letters, all Arabic, and not only a conjunction, a preposition and the article
    /// («و», «ب», «وب», «ال», «بال», «وال», «لل»). One letter («ص5», «ج1») is a reference and stays glued.
    /// </summary>
    private static bool IsWordBefore(string s, int start, int figure)
    {
        // Letters only: a token holding a figure already (a run «12و15») is not cut again here.
        var letters = 0;
        for (var i = start; i < figure; i++)
        {
            if (!IsArabic(s[i]))
            {
                return false;
            }
            if (char.IsLetter(s[i]))
            {
                letters++;
            }
        }
        return letters >= 2 && !IsProclitics(s.AsSpan(start, figure - start));
    }

    /// <summary>Whether <paramref name="letters"/> are only proclitics: an optional «و»/«ف», an optional «ب»/«ل»/«ك», an optional article («ال», or «ل» after «ل»).</summary>
    private static bool IsProclitics(ReadOnlySpan<char> letters)
    {
        var k = 0;
        if (k < letters.Length && letters[k] is 'و' or 'ف')
        {
            k++;
        }
        var lam = false;
        if (k < letters.Length && letters[k] is 'ب' or 'ل' or 'ك')
        {
            lam = letters[k] == 'ل';
            k++;
        }
        if (letters[k..].StartsWith("ال", StringComparison.Ordinal))
        {
            k += 2;
        }
        else if (lam && k < letters.Length && letters[k] == 'ل')
        {
            k++;
        }
        return k == letters.Length;
    }

    // Arabic letters and the marks written on them (harakat are folded away; other marks stay).
    private static bool IsArabic(char c) =>
        CliticSegmenter.IsArabicLetter(c) || (!char.IsLetter(c) && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark);
}
