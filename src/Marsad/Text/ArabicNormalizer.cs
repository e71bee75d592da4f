namespace Marsad.Text;

/// <summary>
/// Folds Arabic text to the form every lexicon and matcher compares on, keeping for each output
/// character the index of the source character it came from, so that a match found on the folded
/// text can always be cut back out of the original body.
/// </summary>
/// <remarks>
/// The folding follows Lucene's ArabicNormalizationFilter (alef forms, alef maqsura, ta marbuta,
/// tatweel, harakat) and adds what news text needs: Arabic-Indic and Persian digits, quote marks,
/// invisible direction marks and presentation-form ligatures. Latin letters are lower-cased with the
/// invariant rules so that «ISIS» and «isis» meet.
/// </remarks>
public static class ArabicNormalizer
{
    /// <summary>Normalizes <paramref name="source"/> and keeps the map back to it.</summary>
    public static NormalizedText Normalize(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.AsSpan().IndexOfAnyInRange('\uFDF2', '\uFEFC') < 0)
        {
            return NormalizeNoForms(source);
        }
        // Presentation forms may become several letters each: the folded length is counted first,
        // so the text and its map are written straight into pooled arrays, as NormalizeNoForms does.
        var length = 0;
        foreach (var c in source)
        {
            length += FoldedLength(c);
        }
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, length));
        try
        {
            var map = System.Buffers.ArrayPool<int>.Shared.Rent(length + 1);
            var n = 0;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if (PresentationForm(c) is { } letters)
                {
                    foreach (var d in letters)
                    {
                        var f = Fold(d);
                        if (f != '\0')
                        {
                            chars[n] = f;
                            map[n++] = i;
                        }
                    }
                    continue;
                }
                var folded = Fold(c);
                if (folded != '\0')
                {
                    chars[n] = folded;
                    map[n++] = i;
                }
            }
            map[n] = source.Length;
            return new NormalizedText(source, new string(chars, 0, n), map, pooled: true);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>How many characters <paramref name="c"/> folds to.</summary>
    private static int FoldedLength(char c)
    {
        if (PresentationForm(c) is not { } letters)
        {
            return Fold(c) == '\0' ? 0 : 1;
        }
        var n = 0;
        foreach (var d in letters)
        {
            n += Fold(d) == '\0' ? 0 : 1;
        }
        return n;
    }

    /// <summary>
    /// <see cref="Normalize"/> for a text without presentation forms (nearly every one), where no
    /// character becomes more than one: the folded text and its map are written straight into
    /// arrays of the source's length. A long window's map and text went through a growing list and
    /// a builder, then were copied out, several large-object allocations per window. The map is
    /// rented from the shared pool (a text the pipeline is done with gives it back, see
    /// <see cref="NormalizedText.Release"/>; one never released is left to the collector).
    /// </summary>
    private static NormalizedText NormalizeNoForms(string source)
    {
        var chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, source.Length));
        try
        {
            var map = System.Buffers.ArrayPool<int>.Shared.Rent(source.Length + 1);
            var n = 0;
            for (var i = 0; i < source.Length; i++)
            {
                var folded = Fold(source[i]);
                if (folded != '\0')
                {
                    chars[n] = folded;
                    map[n++] = i;
                }
            }
            map[n] = source.Length;
            return new NormalizedText(source, new string(chars, 0, n), map, pooled: true);
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Normalizes a lexicon entry or query: the same folding, no map kept.</summary>
    /// <remarks>
    /// It must fold exactly as <see cref="Normalize"/> does, or a key would miss the text it was
    /// written for (a separate NFKC pass here once read «و» + combining hamza as «ؤ» where the
    /// text path reads «و»). It folds through the same <see cref="Fold(char)"/> and
    /// <see cref="PresentationForm"/> without building the offset map, which keys asked for per line
    /// and per candidate do not need, and into a stack or pooled buffer: one string is made, none
    /// when the key is its source already.
    /// </remarks>
    public static string NormalizeKey(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bound = MaxKeyLength(source.Length);
        char[]? rented = null;
        Span<char> buffer = bound <= 512 ? stackalloc char[bound] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(bound));
        try
        {
            var key = buffer[..NormalizeKey(source, buffer)];
            return key.SequenceEqual(source) ? source : new string(key);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The longest key a source of <paramref name="length"/> characters can fold to (a presentation form is at most four letters).</summary>
    internal static int MaxKeyLength(int length) => Math.Max(1, length * 4);

    /// <summary>
    /// Writes the key of <paramref name="source"/> (see <see cref="NormalizeKey(string)"/>) into
    /// <paramref name="destination"/>, which holds at least <see cref="MaxKeyLength"/> characters,
    /// and returns its length: folded, words parted by one space, no space at either end.
    /// </summary>
    internal static int NormalizeKey(ReadOnlySpan<char> source, Span<char> destination)
    {
        // Keys are compared token by token, so runs of spaces must not make two keys differ.
        var n = 0;
        var space = false;
        foreach (var c in source)
        {
            if (PresentationForm(c) is { } letters)
            {
                foreach (var d in letters)
                {
                    Put(Fold(d), destination, ref n, ref space);
                }
                continue;
            }
            Put(Fold(c), destination, ref n, ref space);
        }
        return n;
    }

    private static void Put(char folded, Span<char> destination, ref int n, ref bool space)
    {
        if (folded == '\0')
        {
            return;
        }
        if (char.IsWhiteSpace(folded))
        {
            space = n > 0;
            return;
        }
        if (space)
        {
            destination[n++] = ' ';
            space = false;
        }
        destination[n++] = folded;
    }

    // Arabic Presentation Forms-B, U+FE80 to U+FEF4: the contextual shapes of each letter in
    // Unicode order, with how many shapes it has (isolated, final, and for joining letters initial
    // and medial). string.Normalize(FormKC) would say the same, but not under the invariant
    // globalization mode the project runs in, where it returns its input unchanged.
    private const string FormsBLetters = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي";
    private static readonly byte[] FormsBShapes = [1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2, 2, 4];
    private static readonly string[] FormsB = BuildFormsB();

    private static string[] BuildFormsB()
    {
        var table = new List<string>(0xFEF5 - 0xFE80);
        for (var k = 0; k < FormsBLetters.Length; k++)
        {
            table.AddRange(Enumerable.Repeat(FormsBLetters[k].ToString(), FormsBShapes[k]));
        }
        // U+FEF5 to U+FEFC: lam with alef madda, alef hamza above, alef hamza below, bare alef; two shapes each.
        foreach (var alef in "آأإا")
        {
            table.AddRange(Enumerable.Repeat("ل" + alef, 2));
        }
        return [.. table];
    }

    /// <summary>The letters a presentation-form character stands for, or null for any other character.</summary>
    internal static string? PresentationForm(char c) => c switch
    {
        // Isolated and tatweel-borne harakat: dropped like the harakat they are.
        >= '\uFE70' and <= '\uFE7F' => string.Empty,
        >= '\uFE80' and <= '\uFEFC' => FormsB[c - 0xFE80],
        '\uFDF2' => "الله",
        _ => null,
    };

    /// <summary>True for the characters that normalization deletes (harakat, tatweel, invisible marks).</summary>
    public static bool IsIgnorable(char c) => Fold(c) == '\0' || PresentationForm(c) is { Length: 0 };

    /// <summary>Folds one character; returns NUL for a character that is dropped.</summary>
    public static char Fold(char c)
    {
        switch (c)
        {
            // Harakat, shadda, sukun, superscript alef and Quranic marks carry no identity in news text.
            case >= '\u064B' and <= '\u065F':
            case '\u0670':
            case >= '\u06D6' and <= '\u06ED' when c != '\u06E5' && c != '\u06E6':
            case '\u0640': // tatweel
            case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F':
            case '\u061C' or '\uFEFF' or '\u00AD':
            case >= '\u202A' and <= '\u202E':
            case >= '\u2066' and <= '\u2069':
                return '\0';
            case '\u0622' or '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673':
                return '\u0627'; // alef
            case '\u0649':
                return '\u064A'; // alef maqsura -> ya
            case '\u06CC':
                return '\u064A'; // Persian ya
            case '\u0629':
                return '\u0647'; // ta marbuta -> ha
            case '\u06A9':
                return '\u0643'; // Persian kaf
            case >= '\u0660' and <= '\u0669':
                return (char)('0' + (c - '\u0660'));
            case >= '\u06F0' and <= '\u06F9':
                return (char)('0' + (c - '\u06F0'));
            case '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u2039' or '\u203A':
                return '"';
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032':
                return '\'';
            case '\u066B':
                return '.'; // Arabic decimal separator
            case '\u066C':
                return ','; // Arabic thousands separator
            case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000':
                return ' ';
            case >= 'A' and <= 'Z':
                return (char)(c + 32);
            default:
                return c;
        }
    }
}
