using System.Collections;

namespace Marsad.Text;

/// <summary>
/// A text's tokens, paragraphs, sentences or clauses, read-only. A sealed class rather than
/// <see cref="IReadOnlyList{T}"/>: the stages read tokens and the unit of a token by index in every
/// loop, and through the interface each read was a virtual stub dispatch the JIT cannot inline
/// (dynamic PGO, which would guess the type, is off for the CLI); through this class the read is a
/// direct call, inlined at tier 1. docs/performance.md, 11th pass and 12th step.
/// </summary>
public sealed class SealedList<T> : IReadOnlyList<T>
{
    private readonly List<T> _items;

    internal SealedList(List<T> items) => _items = items;

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    /// <summary>The list's own struct enumerator: a <c>foreach</c> allocates nothing and dispatches nothing.</summary>
    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
