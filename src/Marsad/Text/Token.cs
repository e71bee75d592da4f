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
    private IReadOnlyList<Segmentation>? _segmentations;

    internal Token(int index, TokenKind kind, string norm, int normStart, TextSpan span)
    {
        Index = index;
        Kind = kind;
        Norm = norm;
        NormStart = normStart;
        Span = span;
    }

    public int Index { get; }

    public TokenKind Kind { get; }

    public string Norm { get; }

    public int NormStart { get; }

    public int NormEnd => NormStart + Norm.Length;

    public TextSpan Span { get; }

    /// <summary>Sentence the token belongs to (set by the segmenter).</summary>
    public int Sentence { get; internal set; }

    /// <summary>Clause (a sentence cut at commas and semicolons) the token belongs to.</summary>
    public int Clause { get; internal set; }

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>
    /// The readings of this token with proclitics (و ف ب ل ك ال) and enclitic pronouns split off,
    /// the whole token first. Lexicons choose among them: a reading is only ever a candidate.
    /// </summary>
    public IReadOnlyList<Segmentation> Segmentations => _segmentations ??= CliticSegmenter.Segment(Norm);

    public override string ToString() => Norm;
}
