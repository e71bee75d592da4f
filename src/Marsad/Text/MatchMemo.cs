namespace Marsad.Text;

/// <summary>
/// Phrase-matcher answers for one text: per matcher and clitic flag, one answer per token, kept
/// once asked. The stages ask the same matcher about the same token many times and in many passes
/// (the word roles for roads, claims, modality, dates…), each pass over the whole text, so a small
/// cache of recent answers was emptied by one pass before the next began. The tables are as long as
/// the text's token list (a very long body is read in windows of at most 100,000 characters, so at
/// most a few tens of thousands of tokens), made on a matcher's first question, and dropped with the
/// text. A matcher that grows (a phrase added later) starts a new table. It belongs to its
/// <see cref="AnalyzedText"/>, which one thread reads at a time.
/// </summary>
/// <remarks>
/// The pages come from a pool of the thread that asks and go back to it when the pipeline is done
/// with the text (<see cref="Release"/>): a window of a long body made about 2 MB of them, an
/// eleventh of a 10 MB run's allocations, all dying with the window.
/// </remarks>
internal sealed class MatchMemo(int tokens)
{
    // A token's state in a table: not asked yet, asked and nothing matched (nearly every answer),
    // asked and a match kept in the table's pages.
    private const byte Unasked = 0;
    private const byte NoMatch = 1;
    private const byte Kept = 2;

    // States are kept in pages of 512 tokens, made when a token of the page is first asked about
    // (many matchers are asked only near a trigger), and matches in pages of their own, made when a
    // match on the page is first kept. The states are bytes, not references: pages of object slots
    // (nearly all «no match») were an eighth of a long text's allocations and, live for the whole
    // window, work for every collection.
    private const int PageBits = 9;
    private const int PageMask = (1 << PageBits) - 1;

    // Indexed by the matcher's number and the clitic flag; grown to the highest number that asks.
    private Table?[] _tables = [];

    // Which matchers may have a phrase starting at each token (PhraseStarts' bits of its spelling,
    // whole and with clitics, two words a token), in pages like the answers', filled a page at a
    // time: asked first for every token by every matcher, they are read in order from a dense
    // array rather than through each token and its spelling. Emptied when a phrase is added.
    private uint[]?[]? _starts;
    private int _startsVersion;

    /// <summary>
    /// False when matcher <paramref name="matcher"/> has no phrase starting at token
    /// <paramref name="index"/> under any reading allowed; true when it may (always for a matcher
    /// without a bit, and for an index out of range, which the matcher reports as before).
    /// </summary>
    public bool MayStart(SealedList<Token> tokenList, int index, int matcher, bool clitics)
    {
        if ((uint)index >= (uint)tokens || matcher >= PhraseStarts.Bits)
        {
            return true;
        }
        var version = PhraseStarts.Version;
        var starts = _starts;
        if (starts is null || _startsVersion != version)
        {
            starts = _starts = new uint[]?[(tokens >> PageBits) + 1];
            _startsVersion = version;
        }
        var page = starts[index >> PageBits] ?? FillStarts(tokenList, index >> PageBits, version);
        return (page[(index & PageMask) << 1 | (clitics ? 1 : 0)] & 1U << matcher) != 0;
    }

    private uint[] FillStarts(SealedList<Token> tokenList, int p, int version)
    {
        var page = new uint[(PageMask + 1) * 2];
        var first = p << PageBits;
        var end = Math.Min(tokens, first + PageMask + 1);
        for (var i = first; i < end; i++)
        {
            var token = tokenList[i];
            // Punctuation starts no phrase (the matcher reads only words and numbers there).
            if (token.Kind != TokenKind.Punctuation)
            {
                var (whole, any) = token.Form.Starts(version);
                page[(i - first) << 1] = whole;
                page[((i - first) << 1) | 1] = any;
            }
        }
        _starts![p] = page;
        return page;
    }

    /// <summary>The kept answer, or false when this question was not asked yet.</summary>
    public bool TryGet(int matcher, int count, int index, bool clitics, out object? result)
    {
        var table = Find(matcher, clitics);
        if (table is not null && table.Count == count && (uint)index < (uint)tokens && table.States[index >> PageBits] is { } states)
        {
            switch (states[index & PageMask])
            {
                case NoMatch:
                    result = null;
                    return true;
                case Kept:
                    result = table.Pages[index >> PageBits]![index & PageMask];
                    return true;
            }
        }
        result = null;
        return false;
    }

    public void Set(int matcher, int count, int index, bool clitics, object? result)
    {
        if ((uint)index >= (uint)tokens)
        {
            return;
        }
        var slot = matcher * 2 + (clitics ? 1 : 0);
        if (slot >= _tables.Length)
        {
            Array.Resize(ref _tables, Math.Max(slot + 1, _tables.Length * 2));
        }
        var table = _tables[slot];
        if (table is null)
        {
            table = new Table(count, new byte[]?[(tokens >> PageBits) + 1], new object?[]?[(tokens >> PageBits) + 1]);
            _tables[slot] = table;
        }
        else if (table.Count != count)
        {
            table.Count = count;
            Array.Clear(table.States);
            Array.Clear(table.Pages);
        }
        var states = table.States[index >> PageBits] ??= PagePool.RentStates();
        if (result is null)
        {
            states[index & PageMask] = NoMatch;
            return;
        }
        var page = table.Pages[index >> PageBits] ??= PagePool.RentMatches();
        page[index & PageMask] = result;
        states[index & PageMask] = Kept;
    }

    /// <summary>
    /// Gives the pages to the calling thread's pool and forgets every answer: the memo answers
    /// nothing afterwards (each question is asked again), so a text used after it was released is
    /// slower, never wrong.
    /// </summary>
    public void Release()
    {
        foreach (var table in _tables)
        {
            if (table is null)
            {
                continue;
            }
            foreach (var states in table.States)
            {
                PagePool.Return(states);
            }
            foreach (var page in table.Pages)
            {
                PagePool.Return(page);
            }
        }
        _tables = [];
    }

    private Table? Find(int matcher, bool clitics)
    {
        var slot = matcher * 2 + (clitics ? 1 : 0);
        return slot < _tables.Length ? _tables[slot] : null;
    }

    private sealed class Table(int count, byte[]?[] states, object?[]?[] pages)
    {
        public int Count { get; set; } = count;

        public byte[]?[] States { get; } = states;

        public object?[]?[] Pages { get; } = pages;
    }

    /// <summary>
    /// Pages kept for the next text read on this thread. The pool keeps at most what a few windows
    /// of a long body use; pages beyond that are left to the collector.
    /// </summary>
    private static class PagePool
    {
        private const int MaxPages = 4096;

        [ThreadStatic]
        private static Stack<byte[]>? t_states;

        [ThreadStatic]
        private static Stack<object?[]>? t_matches;

        public static byte[] RentStates() =>
            t_states is { Count: > 0 } pool ? pool.Pop() : new byte[PageMask + 1];

        public static object?[] RentMatches() =>
            t_matches is { Count: > 0 } pool ? pool.Pop() : new object?[PageMask + 1];

        public static void Return(byte[]? states)
        {
            var pool = t_states ??= new Stack<byte[]>();
            if (states is not null && pool.Count < MaxPages)
            {
                Array.Clear(states);
                pool.Push(states);
            }
        }

        public static void Return(object?[]? matches)
        {
            var pool = t_matches ??= new Stack<object?[]>();
            if (matches is not null && pool.Count < MaxPages)
            {
                // Cleared so that the pool holds no answer of a text that is gone.
                Array.Clear(matches);
                pool.Push(matches);
            }
        }
    }
}
