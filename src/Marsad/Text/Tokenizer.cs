namespace Marsad.Text;

/// <summary>
/// Splits folded text into words, numbers and punctuation, each keeping its span in the source.
/// A number is a run of ASCII digits (folding gives Arabic-Indic digits as ASCII) and may hold
/// inner separators («1,200», «3.5»); a word is a run of letters (and digits glued to letters, as
/// in «F16», or of another script).
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(NormalizedText text) => Tokenize(text, null);

    /// <summary>Tokens of <paramref name="text"/>, their spellings taken from <paramref name="shared"/> when given (the windows of one long body).</summary>
    internal static List<Token> Tokenize(NormalizedText text, SharedWordForms? shared)
    {
        var s = text.Text;
        var tokens = new List<Token>(s.Length / 5);
        // Tokens of one spelling share its string and readings (see WordForm); looked up by span, so
        // a spelling already seen allocates nothing. With a shared table, the text's own is made
        // only for spellings the full shared table turns away.
        Dictionary<string, WordForm>? forms = null;
        Dictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> lookup = default;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            TokenKind kind;
            // Folding has turned Arabic-Indic digits into ASCII ones; a digit of another script
            // («൫», «５») is kept as a word character, since the number readers parse ASCII only.
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || ((s[i] == ',' || s[i] == '.') && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))))
                {
                    i++;
                }
                kind = TokenKind.Number;
                if (i < s.Length && char.IsLetter(s[i]))
                {
                    kind = TokenKind.Word;
                    while (i < s.Length && IsWordChar(s[i]))
                    {
                        i++;
                    }
                }
            }
            else if (IsWordChar(c))
            {
                while (i < s.Length && IsWordChar(s[i]))
                {
                    i++;
                }
                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = TokenKind.Punctuation;
            }
            var spelling = s.AsSpan(start, i - start);
            var form = shared?.Get(spelling);
            if (form is null)
            {
                if (forms is null)
                {
                    forms = new Dictionary<string, WordForm>(StringComparer.Ordinal);
                    lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
                }
                if (!lookup.TryGetValue(spelling, out form))
                {
                    form = new WordForm(spelling.ToString());
                    forms.Add(form.Norm, form);
                }
            }
            tokens.Add(new Token(tokens.Count, kind, form, start, text.ToSourceSpan(start, i)));
        }
        return tokens;
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
