namespace Marsad.Text;

/// <summary>A phrase found in the text: tokens [First, End), the reading of the first token, and the body span without the leading clitics.</summary>
public sealed record PhraseMatch<T>(int First, int End, IReadOnlyList<T> Values, Segmentation FirstReading, TextSpan Span, string Key);

/// <summary>
/// A token trie over folded phrases. The first token of a phrase may carry proclitics and
/// pronoun suffixes («وبحلب», «لداعش»); the following tokens must match as written, except that
/// quote marks between them are skipped («تنظيم «داعش»» matches «تنظيم داعش»). Longest match wins.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly Node _root = new();

    // The matcher's number in this process: its bit in the first words' registry (PhraseStarts)
    // and where a text keeps its answers (MatchMemo).
    private readonly int _number = MatcherNumbers.Next();

    public int Count { get; private set; }

    /// <summary>Adds a phrase (any spelling: it is normalized and tokenized like the text).</summary>
    public void Add(string phrase, T value)
    {
        var words = Words(phrase);
        if (words.Count == 0)
        {
            throw new ArgumentException($"phrase '{phrase}' has no words", nameof(phrase));
        }
        var node = _root;
        foreach (var w in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(w, out var next))
            {
                next = new Node();
                node.Children.Add(w, next);
                if (node == _root)
                {
                    PhraseStarts.Add(w, _number);
                }
            }
            node = next;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value))
        {
            node.Values.Add(value);
        }
        node.Key ??= string.Join(' ', words);
        Count++;
    }

    /// <summary>True when the exact phrase (after normalization) is present.</summary>
    public bool Contains(string phrase) => Lookup(phrase) is not null;

    /// <summary>The values of one exact phrase, or null.</summary>
    public IReadOnlyList<T>? Lookup(string phrase)
    {
        var node = _root;
        foreach (var w in Words(phrase))
        {
            if (node.Children is null || !node.Children.TryGetValue(w, out node))
            {
                return null;
            }
        }
        return node.Values;
    }

    /// <summary>
    /// The values of one normalized word as a whole phrase, or null: <see cref="Lookup"/> for a word
    /// that is already normalized and a single token (a token's reading base), without normalizing
    /// and tokenizing it again. The event stage asks it for every word near every candidate.
    /// </summary>
    public IReadOnlyList<T>? LookupWord(string word) =>
        _root.Children is { } children && children.TryGetValue(word, out var node) ? node.Values : null;

    /// <summary>The longest phrase starting at token <paramref name="index"/>, or null.</summary>
    public PhraseMatch<T>? MatchAt(AnalyzedText text, int index, bool allowClitics = true)
    {
        // The date finder asks one matcher about the same token for each kind of time word it
        // tries there (a dozen times a token): the answer depends on nothing else, so it is kept.
        ArgumentNullException.ThrowIfNull(text);
        // Every matcher is asked about every token, and nearly always no phrase of it starts there
        // under any reading: the token's spelling says so from one bit, read once per text (PhraseStarts).
        if (!text.MatchMemo.MayStart(text.Tokens, index, _number, allowClitics))
        {
            return null;
        }
        if (text.MatchMemo.TryGet(_number, Count, index, allowClitics, out var kept))
        {
            return (PhraseMatch<T>?)kept;
        }
        var result = Match(text, index, allowClitics);
        text.MatchMemo.Set(_number, Count, index, allowClitics, result);
        return result;
    }

    private PhraseMatch<T>? Match(AnalyzedText text, int index, bool allowClitics)
    {
        var tokens = text.Tokens;
        var first = tokens[index];
        if (!first.IsWord && first.Kind != TokenKind.Number || _root.Children is null)
        {
            return null;
        }
        PhraseMatch<T>? best = null;
        // By index: asked about every token by every matcher, an interface enumerator (or a
        // one-reading array) per call was a steady share of the allocations.
        var readings = first.Segmentations;
        var count = allowClitics ? readings.Count : 1;
        for (var r = 0; r < count; r++)
        {
            var reading = readings[r];
            if (!_root.Children.TryGetValue(reading.Base, out var node))
            {
                continue;
            }
            Node? bestNode = node.Values is null ? null : node;
            var bestEnd = index + 1;
            var j = index + 1;
            while (node.Children is not null && j < tokens.Count)
            {
                var t = tokens[j];
                if (t.Kind == TokenKind.Punctuation && t.Norm[0] is '"' or '\'' && tokens[j - 1].Clause == t.Clause)
                {
                    j++;
                    continue;
                }
                if (!node.Children.TryGetValue(t.Norm, out var next))
                {
                    break;
                }
                node = next;
                j++;
                if (node.Values is not null)
                {
                    bestNode = node;
                    bestEnd = j;
                }
            }
            if (bestNode is null)
            {
                continue;
            }
            if (best is null || bestEnd > best.End || (bestEnd == best.End && reading.Prefix + reading.Suffix < best.FirstReading.Prefix + best.FirstReading.Suffix))
            {
                var span = text.BaseSpan(first, reading);
                if (bestEnd > index + 1)
                {
                    span = new TextSpan(span.Start, tokens[bestEnd - 1].Span.End);
                }
                best = new PhraseMatch<T>(index, bestEnd, bestNode.Values!, reading, span, bestNode.Key!);
            }
        }
        return best;
    }

    /// <summary>All non-overlapping matches, left to right, longest first at each position.</summary>
    public List<PhraseMatch<T>> FindAll(AnalyzedText text, bool allowClitics = true)
    {
        var result = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < text.Tokens.Count)
        {
            var m = MatchAt(text, i, allowClitics);
            if (m is null)
            {
                i++;
                continue;
            }
            result.Add(m);
            i = m.End;
        }
        return result;
    }

    internal static List<string> Words(string phrase)
    {
        var norm = ArabicNormalizer.Normalize(phrase);
        var words = new List<string>();
        foreach (var t in Tokenizer.Tokenize(norm))
        {
            if (t.Kind == TokenKind.Punctuation && t.Norm[0] is '"' or '\'')
            {
                continue;
            }
            words.Add(t.Norm);
        }
        return words;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
        public string? Key;
    }
}

/// <summary>Numbers the phrase matchers of the process (not per type argument, as a static of the generic class would).</summary>
internal static class MatcherNumbers
{
    private static int _last = -1;

    public static int Next() => Interlocked.Increment(ref _last);
}
