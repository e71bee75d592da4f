namespace Marsad.Pipeline;

/// <summary>
/// Cuts a very long body into windows that are extracted one after the other, so the text layer
/// and the stages' working data (tokens, readings, candidates) are held for one window at a time
/// instead of for the whole body. No news article comes near <see cref="WindowChars"/> (the
/// longest of the 6,762 shared articles has about 50,000 characters): bodies up to that length are
/// one window and are extracted exactly as before.
/// </summary>
internal static class BodyWindows
{
    /// <summary>The longest window; a body no longer than this is extracted whole.</summary>
    public const int WindowChars = 100_000;

    /// <summary>Start offsets of the windows of <paramref name="body"/> (the first is 0); each runs to the next start or the end.</summary>
    public static List<int> Starts(string body, int windowChars = WindowChars)
    {
        ArgumentNullException.ThrowIfNull(body);
        var starts = new List<int> { 0 };
        var start = 0;
        while (body.Length - start > windowChars)
        {
            start = Cut(body, start, windowChars);
            starts.Add(start);
        }
        return starts;
    }

    /// <summary>Where the window that opens at <paramref name="start"/> ends (and the next one opens).</summary>
    private static int Cut(string body, int start, int windowChars)
    {
        var limit = start + windowChars;
        // A window ends after the last line break of its second half, else after a sentence's closing
        // mark there, else after a space: a break in the first half would make windows needlessly short.
        var floor = start + Math.Max(1, windowChars / 2);
        foreach (var isBreak in new Func<char, bool>[] { c => c == '\n', IsSentenceEnd, char.IsWhiteSpace })
        {
            for (var i = limit - 1; i >= floor; i--)
            {
                if (isBreak(body[i]))
                {
                    return i + 1;
                }
            }
        }
        // No break at all (one endless word): cut anyway, never between the halves of a surrogate pair.
        return char.IsLowSurrogate(body[limit]) ? limit - 1 : limit;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '؟' or '…' or '۔';
}
