namespace Marsad.Text;

/// <summary>
/// A normalized copy of a source string with, for every normalized character, the index of the
/// source character it came from (and one extra entry, the source length), so any range of the
/// normalized text maps back to the body with <see cref="ToSourceSpan"/>.
/// </summary>
public sealed class NormalizedText
{
    // At least Text.Length + 1 entries; longer when rented from the pool (see Release).
    private int[] _map;
    private readonly bool _pooled;

    internal NormalizedText(string source, string text, int[] map, bool pooled = false)
    {
        Source = source;
        Text = text;
        _map = map;
        _pooled = pooled;
    }

    /// <summary>The original string (the cleaned body).</summary>
    public string Source { get; }

    /// <summary>The folded string every matcher works on.</summary>
    public string Text { get; }

    /// <summary>Source index of the normalized character at <paramref name="index"/>; the source length at Text.Length.</summary>
    public int SourceIndex(int index) =>
        (uint)index <= (uint)Text.Length ? _map[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>
    /// Gives a map rented from the shared array pool back to it: a long body's window had a map of
    /// 400 KB, a large-object allocation each. The text maps nothing afterwards (any use throws).
    /// </summary>
    internal void Release()
    {
        if (_pooled && _map.Length > 0)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(_map);
        }
        _map = [];
    }

    /// <summary>
    /// Maps a normalized half-open range to the source half-open range that covers exactly the
    /// characters it came from, including the diacritics that trail its last letter (a shadda on
    /// the last letter belongs to the word) but not the spaces after it.
    /// </summary>
    public TextSpan ToSourceSpan(int start, int end)
    {
        if (start < 0 || end > Text.Length || start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"range [{start},{end}) outside 0..{Text.Length}");
        }
        if (start == end)
        {
            var at = _map[start];
            return new TextSpan(at, at);
        }
        var s = _map[start];
        var e = _map[end - 1] + 1;
        // A decomposed ligature maps several normalized chars to one source char: never split it.
        while (e < Source.Length && ArabicNormalizer.IsIgnorable(Source[e]) && !char.IsWhiteSpace(Source[e]))
        {
            e++;
        }
        return new TextSpan(s, e);
    }
}
