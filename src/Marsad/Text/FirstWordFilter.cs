namespace Marsad.Text;

/// <summary>
/// A bit filter over a matcher's first words: two bits a word, set from its length and its first,
/// middle and last characters. False means no phrase starts with the word; true means one may
/// (a few false passes in a hundred). Not generic, so the matchers' shared generic code calls it
/// without a type lookup and the test is inlined.
/// </summary>
internal sealed class FirstWordFilter
{
    private const int BitsPerWord = 16;

    private ulong[] _bits = new ulong[1];
    private int _count;

    public bool MayContain(string word)
    {
        var bits = _bits;
        var mask = (uint)(bits.Length * 64 - 1);
        var h = Signature(word);
        var a = (uint)h & mask;
        var b = (uint)(h >> 32) & mask;
        return (bits[a >> 6] & (1UL << (int)a)) != 0 && (bits[b >> 6] & (1UL << (int)b)) != 0;
    }

    /// <summary>Adds a new first word; <paramref name="all"/> holds every first word so far, itself included, for a refill.</summary>
    public void Add(string word, IEnumerable<string> all)
    {
        _count++;
        var bits = _bits;
        if (_count * BitsPerWord > bits.Length * 64)
        {
            // Grown to keep about BitsPerWord bits a word, and filled before it replaces the old one.
            bits = new ulong[Math.Max(1, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(_count * BitsPerWord)) / 64)];
            foreach (var w in all)
            {
                Mark(bits, w);
            }
            _bits = bits;
            return;
        }
        Mark(bits, word);
    }

    private static void Mark(ulong[] bits, string word)
    {
        var mask = (uint)(bits.Length * 64 - 1);
        var h = Signature(word);
        var a = (uint)h & mask;
        var b = (uint)(h >> 32) & mask;
        bits[a >> 6] |= 1UL << (int)a;
        bits[b >> 6] |= 1UL << (int)b;
    }

    private static ulong Signature(string word)
    {
        var n = word.Length;
        var x = n == 0 ? 0UL : word[0] | (ulong)word[n >> 1] << 16 | (ulong)word[n - 1] << 32 | (ulong)(uint)n << 48;
        x *= 0x9E3779B97F4A7C15UL;
        x ^= x >> 29;
        x *= 0xBF58476D1CE4E5B9UL;
        return x ^ (x >> 32);
    }
}
