using System.Collections.Concurrent;

namespace Marsad.Text;

/// <summary>
/// Which phrase matchers have a phrase starting with a given word, for all matchers of the process
/// at once: a bit per matcher number. Every matcher is asked about every token, and nearly every
/// answer is "nothing starts here"; a text reads each spelling's readings here once (see
/// <see cref="WordForm"/> and <see cref="MatchMemo"/>), and from then on each matcher answers that
/// from one bit instead of a probe of the text's answer table and a hash of the reading.
/// Matchers numbered past <see cref="Bits"/> (only a process that makes matchers by the dozen, as
/// the tests do; the CLI has about fifteen) have no bit: they are asked in full every time.
/// </summary>
internal static class PhraseStarts
{
    public const int Bits = 32;

    private static readonly ConcurrentDictionary<string, uint> s_words = new(StringComparer.Ordinal);
    private static readonly Lock s_gate = new();
    private static int s_version = 1;

    /// <summary>Raised after every change: bits read at an older version are read again.</summary>
    public static int Version => Volatile.Read(ref s_version);

    /// <summary>Records that matcher <paramref name="matcher"/> has a phrase starting with <paramref name="word"/>.</summary>
    public static void Add(string word, int matcher)
    {
        if (matcher >= Bits)
        {
            return;
        }
        lock (s_gate)
        {
            s_words[word] = s_words.GetValueOrDefault(word) | 1U << matcher;
            Interlocked.Increment(ref s_version);
        }
    }

    /// <summary>The bits of the matchers with a phrase starting with <paramref name="word"/>.</summary>
    public static uint Of(string word) => s_words.GetValueOrDefault(word);
}
