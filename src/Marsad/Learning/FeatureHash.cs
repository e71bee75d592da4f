namespace Marsad.Learning;

/// <summary>Hashed word features: FNV-1a of the characters, stable across runs and machines (string hashing is not), so a trained model reads the same buckets everywhere.</summary>
internal static class FeatureHash
{
    /// <summary>The bucket of <paramref name="word"/> among <paramref name="buckets"/>.</summary>
    public static int Bucket(ReadOnlySpan<char> word, int buckets)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }
        return (int)(h % (uint)buckets);
    }
}
