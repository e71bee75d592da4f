using System.Collections;

namespace Marsad.Text;

/// <summary>
/// A text's tokens, read-only. A sealed class rather than <see cref="IReadOnlyList{T}"/>: the
/// stages read tokens by index in every loop, and through the interface each read was a virtual
/// stub dispatch the JIT cannot inline (dynamic PGO, which would guess the type, is off for the
/// CLI); through this class the read is a direct call, inlined at tier 1. docs/performance.md, 11th pass.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly List<Token> _tokens;

    internal TokenList(List<Token> tokens) => _tokens = tokens;

    public int Count => _tokens.Count;

    public Token this[int index] => _tokens[index];

    /// <summary>The list's own struct enumerator: a <c>foreach</c> allocates nothing and dispatches nothing.</summary>
    public List<Token>.Enumerator GetEnumerator() => _tokens.GetEnumerator();

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => _tokens.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _tokens.GetEnumerator();
}
