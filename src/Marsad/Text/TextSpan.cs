namespace Marsad.Text;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into the cleaned body.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public string Cut(string body) => body.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
