using System.Collections.Concurrent;

namespace Marsad.Text;

/// <summary>
/// The spellings of one very long body, shared by the windows it is read in (and the threads that
/// read them): each window of a 10 MB text made its own string and clitic readings for every
/// spelling it held, 680,000 spellings where the whole text has 110,000, about a tenth of the run's
/// allocations. Bounded: past <see cref="MaxForms"/> spellings (a text of endless distinct words),
/// a window keeps its new spellings to itself, as every window did before.
/// </summary>
internal sealed class SharedWordForms
{
    public const int MaxForms = 1 << 17;

    private readonly ConcurrentDictionary<string, WordForm> _forms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WordForm>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private readonly int _maxForms;

    // Counted apart: the dictionary's own count takes all its locks.
    private int _count;

    public SharedWordForms(int maxForms = MaxForms)
    {
        _maxForms = maxForms;
        _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared form of <paramref name="spelling"/>, or null when it is new and the table is full.</summary>
    public WordForm? Get(ReadOnlySpan<char> spelling)
    {
        if (_lookup.TryGetValue(spelling, out var form))
        {
            return form;
        }
        if (Volatile.Read(ref _count) >= _maxForms)
        {
            return null;
        }
        form = new WordForm(spelling.ToString());
        var kept = _forms.GetOrAdd(form.Norm, form);
        if (ReferenceEquals(kept, form))
        {
            Interlocked.Increment(ref _count);
        }
        return kept;
    }
}
