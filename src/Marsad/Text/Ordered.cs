namespace Marsad.Text;

/// <summary>
/// Bisection over lists kept in text order (tokens, paragraphs, mentions, date expressions). The
/// stages once wrote this loop by hand seven times, each with its own off-by-one conventions; the
/// one lower bound here and the token readings built on it keep those conventions in one place.
/// </summary>
public static class Ordered
{
    /// <summary>The index of the first item whose key is at or after <paramref name="key"/> (the count when none is), in a list sorted by that key.</summary>
    public static int LowerBound<T>(IReadOnlyList<T> items, int key, Func<T, int> keyOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(keyOf);
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keyOf(items[mid]) < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>
    /// <see cref="LowerBound{T}(IReadOnlyList{T}, int, Func{T, int})"/> with the key read through
    /// <paramref name="state"/>, so a caller whose key needs another list (a token's sentence)
    /// passes it instead of capturing it in a closure on every call.
    /// </summary>
    public static int LowerBound<T, TState>(IReadOnlyList<T> items, int key, TState state, Func<T, TState, int> keyOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(keyOf);
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keyOf(items[mid], state) < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The token holding character <paramref name="offset"/>, or the last token starting before it (0 for an offset before the first token; -1 when there are no tokens).</summary>
    public static int TokenAtOrBefore(IReadOnlyList<Token> tokens, int offset) =>
        tokens.Count == 0 ? -1 : Math.Max(0, LowerBound(tokens, offset + 1, static t => t.Span.Start) - 1);

    /// <summary>The token holding character <paramref name="offset"/>, or the first token after it (the last token for an offset past the end; -1 when there are no tokens).</summary>
    public static int TokenAtOrAfter(IReadOnlyList<Token> tokens, int offset) =>
        tokens.Count == 0 ? -1 : Math.Min(tokens.Count - 1, LowerBound(tokens, offset + 1, static t => t.Span.End));

    /// <summary>The unit (paragraph, sentence, clause) that token <paramref name="token"/> falls in: the last one opening at or before it (0 before the first).</summary>
    public static int UnitOf(IReadOnlyList<TextUnit> units, int token) =>
        Math.Max(0, LowerBound(units, token + 1, static u => u.First) - 1);
}
