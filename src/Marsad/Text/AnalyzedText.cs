namespace Marsad.Text;

/// <summary>
/// The text layer of one cleaned body: its normalized copy, tokens, paragraphs, sentences and
/// clauses. Every later stage reads this and reports spans into <see cref="Body"/>.
/// </summary>
public sealed class AnalyzedText
{
    private AnalyzedText(string body, NormalizedText normalized, List<Token> tokens, List<TextUnit> paragraphs, List<TextUnit> sentences, List<TextUnit> clauses)
    {
        Body = body;
        Normalized = normalized;
        Tokens = new SealedList<Token>(tokens);
        Paragraphs = new SealedList<TextUnit>(paragraphs);
        Sentences = new SealedList<TextUnit>(sentences);
        Clauses = new SealedList<TextUnit>(clauses);
        MatchMemo = new(tokens.Count);
    }

    public string Body { get; }

    /// <summary>The phrase matchers' answers about this text (see <see cref="PhraseMatcher{T}.MatchAt"/>).</summary>
    internal MatchMemo MatchMemo { get; }

    /// <summary>The date finder's parse of this text, kept by the finder that made it (see <c>DateExpressionFinder.FindAll</c>).</summary>
    internal (object Finder, object Parses)? DateParses { get; set; }

    public NormalizedText Normalized { get; }

    public SealedList<Token> Tokens { get; }

    public SealedList<TextUnit> Paragraphs { get; }

    /// <summary>Whether tokens <paramref name="a"/> and <paramref name="b"/> stand in one paragraph (false when no paragraph holds <paramref name="a"/>).</summary>
    public bool SameParagraph(int a, int b)
    {
        foreach (var p in Paragraphs)
        {
            if (p.First <= a && a < p.End)
            {
                return p.First <= b && b < p.End;
            }
        }
        return false;
    }

    public SealedList<TextUnit> Sentences { get; }

    public SealedList<TextUnit> Clauses { get; }

    public static AnalyzedText Analyze(string body) => Analyze(body, null);

    /// <summary>The text layer of <paramref name="body"/>, its spellings shared with other windows of the same long body through <paramref name="forms"/> when given.</summary>
    internal static AnalyzedText Analyze(string body, SharedWordForms? forms)
    {
        ArgumentNullException.ThrowIfNull(body);
        var normalized = ArabicNormalizer.Normalize(body);
        var tokens = Tokenizer.Tokenize(normalized, forms);
        var paragraphs = new List<TextUnit>();
        var sentences = new List<TextUnit>();
        var clauses = new List<TextUnit>();
        SentenceSegmenter.Segment(body, tokens, paragraphs, sentences, clauses);
        return new AnalyzedText(body, normalized, tokens, paragraphs, sentences, clauses);
    }

    /// <summary>
    /// Gives the text's pooled buffers back (the offset map, the matchers' answer pages) once the
    /// pipeline has built its output: the text must not be read afterwards (a span asked of it
    /// throws). Texts nobody releases leave their buffers to the collector.
    /// </summary>
    internal void Release()
    {
        MatchMemo.Release();
        Normalized.Release();
    }

    /// <summary>The body span covering tokens [first, end).</summary>
    public TextSpan SpanOf(int first, int end) => new(Tokens[first].Span.Start, Tokens[end - 1].Span.End);

    /// <summary>The body text of tokens [first, end).</summary>
    public string TextOf(int first, int end) => SpanOf(first, end).Cut(Body);

    /// <summary>
    /// Whether the words from token <paramref name="first"/> on are <paramref name="words"/>, one
    /// normalised key (ArabicNormalizer.NormalizeKey) to a word: a fixed phrase of a lexicon read
    /// at a place the caller already knows («بالإضافة إلى», «من بينها»).
    /// </summary>
    public bool Spells(int first, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (first < 0 || first + words.Count > Tokens.Count)
        {
            return false;
        }
        for (var i = 0; i < words.Count; i++)
        {
            if (!Tokens[first + i].IsWord || !string.Equals(Tokens[first + i].Norm, words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The body span of a token's base after clitics are split off: «وبحلب» gives the span of «حلب».
    /// </summary>
    public TextSpan BaseSpan(Token token, Segmentation reading)
    {
        // «للمسلحين» read as ل + المسلحين: the article's alef is written away, so the name is the whole word.
        var restored = reading.Prefix > 0 && reading.Prefix < token.Norm.Length && token.Norm[reading.Prefix] != reading.Base[0];
        var start = token.NormStart + (restored ? 0 : reading.Prefix);
        var end = token.NormEnd - reading.Suffix;
        // «للتنظيم» read as ل + التنظيم: the base starts at the second lam, which is still inside the word.
        return Normalized.ToSourceSpan(Math.Min(start, end - 1), end);
    }
}
