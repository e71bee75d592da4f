using System.Collections;

namespace Marsad.Text;

/// <summary>
/// A text's paragraphs, sentences or clauses, read-only. A sealed class rather than
/// <see cref="IReadOnlyList{T}"/> for the reason <see cref="TokenList"/> is one: the stages read
/// the unit of a token by index in their loops, and through the interface each read was a virtual
/// stub dispatch the JIT cannot inline (dynamic PGO is off for the CLI). docs/performance.md, 12th step.
/// </summary>
public sealed class UnitList : IReadOnlyList<TextUnit>
{
    private readonly List<TextUnit> _units;

    internal UnitList(List<TextUnit> units) => _units = units;

    public int Count => _units.Count;

    public TextUnit this[int index] => _units[index];

    /// <summary>The list's own struct enumerator: a <c>foreach</c> allocates nothing and dispatches nothing.</summary>
    public List<TextUnit>.Enumerator GetEnumerator() => _units.GetEnumerator();

    IEnumerator<TextUnit> IEnumerable<TextUnit>.GetEnumerator() => _units.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _units.GetEnumerator();
}
