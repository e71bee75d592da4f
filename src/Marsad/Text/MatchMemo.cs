using System.Runtime.CompilerServices;

namespace Marsad.Text;

/// <summary>
/// A small direct-mapped cache of phrase-matcher answers for one text: the last answer of each
/// slot, keyed by matcher, its size (a phrase added later makes a new key), token and whether
/// clitics were allowed. It belongs to its <see cref="AnalyzedText"/>, which one thread reads at a time.
/// </summary>
internal sealed class MatchMemo
{
    private const int Size = 256;

    private readonly Entry[] _entries = new Entry[Size];

    public Entry Slot(object matcher, int count, int index, bool clitics)
    {
        var h = (RuntimeHelpers.GetHashCode(matcher) * 31 + index) * 2 + (clitics ? 1 : 0);
        return _entries[h & (Size - 1)] ??= new Entry();
    }

    internal sealed class Entry
    {
        public object? Matcher;
        public int Count;
        public int Index;
        public bool Clitics;
        public object? Result;

        public void Set(object matcher, int count, int index, bool clitics, object? result)
        {
            Matcher = matcher;
            Count = count;
            Index = index;
            Clitics = clitics;
            Result = result;
        }
    }
}
