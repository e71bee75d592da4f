namespace Marsad.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// One token of the cleaned body. <see cref="Span"/> is where it stands in the body (what evidence
/// cuts); <see cref="Norm"/> is its folded form (what lexicons compare on); <see cref="NormStart"/>
/// is its place in the folded text, so a part of a token (a word without its clitics) can be
/// mapped back to the body exactly.
/// </summary>
public sealed class Token
{
    private readonly WordForm _form;

    internal Token(int index, TokenKind kind, WordForm form, int normStart, TextSpan span)
    {
        Index = index;
        Kind = kind;
        _form = form;
        NormStart = normStart;
        Span = span;
    }

    public int Index { get; }

    public TokenKind Kind { get; }

    public string Norm => _form.Norm;

    public int NormStart { get; }

    public int NormEnd => NormStart + Norm.Length;

    public TextSpan Span { get; }

    /// <summary>Sentence the token belongs to (set by the segmenter).</summary>
    public int Sentence { get; internal set; }

    /// <summary>Clause (a sentence cut at commas and semicolons) the token belongs to.</summary>
    public int Clause { get; internal set; }

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>
    /// A double quotation mark of any script: the normalizer folds «», “” and the rest to '"', so a
    /// test on the folded form sees them all.
    /// </summary>
    public bool IsDoubleQuote => Kind == TokenKind.Punctuation && Norm is "\"";

    /// <summary>A double or a single quotation mark (‘’ fold to an apostrophe).</summary>
    public bool IsQuoteMark => Kind == TokenKind.Punctuation && Norm is "\"" or "'";

    /// <summary>An Arabic or a Latin comma.</summary>
    public bool IsComma => Kind == TokenKind.Punctuation && Norm is "،" or ",";

    /// <summary>
    /// The readings of this token with proclitics (و ف ب ل ك ال) and enclitic pronouns split off,
    /// the whole token first. Lexicons choose among them: a reading is only ever a candidate.
    /// </summary>
    public IReadOnlyList<Segmentation> Segmentations => _form.Readings;

    /// <summary>Whether one of <see cref="Segmentations"/> carries the article («الانفجار», «والانفجار», «بالانفجار»): a deed noun told again, not a new one.</summary>
    public bool HasArticleReading
    {
        get
        {
            foreach (var r in _form.Readings)
            {
                if (r.HasArticle)
                {
                    return true;
                }
            }
            return false;
        }
    }

    internal WordForm Form => _form;

    public override string ToString() => Norm;
}

/// <summary>
/// One folded spelling of a text, shared by all its tokens of that spelling (<see cref="Tokenizer"/>
/// keeps one per spelling and text): a word recurs many times in a long text, and its string and
/// clitic readings were made again for every token, about a fifth of the text layer's allocations.
/// The readings are made on first ask; a text is read by one thread at a time, and two threads
/// racing on a form could only make the same readings twice.
/// </summary>
internal sealed class WordForm(string norm)
{
    private IReadOnlyList<Segmentation>? _readings;

    public string Norm { get; } = norm;

    public IReadOnlyList<Segmentation> Readings => _readings ??= CliticSegmenter.Segment(Norm);

    // Which matchers have a phrase starting with this spelling (see PhraseStarts): read as a whole
    // word and under any reading of its clitics, at the registry's version given.
    private int _startsVersion;
    private uint _wholeStarts, _anyStarts;

    /// <summary>The matchers (bits, see <see cref="PhraseStarts"/>) with a phrase starting with this spelling: as a whole word, and under any reading.</summary>
    public (uint Whole, uint Any) Starts(int version)
    {
        if (_startsVersion != version)
        {
            var readings = Readings;
            _wholeStarts = PhraseStarts.Of(readings[0].Base);
            _anyStarts = _wholeStarts;
            for (var r = 1; r < readings.Count; r++)
            {
                _anyStarts |= PhraseStarts.Of(readings[r].Base);
            }
            _startsVersion = version;
        }
        return (_wholeStarts, _anyStarts);
    }
}
