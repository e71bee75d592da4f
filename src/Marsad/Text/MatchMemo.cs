namespace Marsad.Text;

/// <summary>
/// Phrase-matcher answers for one text: per matcher and clitic flag, one answer per token, kept
/// once asked (in pages of 512 tokens). The stages ask the same matcher about the same token many times and in many passes
/// (the word roles for roads, claims, modality, dates…), each pass over the whole text, so a small
/// cache of recent answers was emptied by one pass before the next began. The tables are as long as
/// the text's token list (a very long body is read in windows of at most 100,000 characters, so at
/// most a few tens of thousands of tokens), made on a matcher's first question, and dropped with the
/// text. A matcher that grows (a phrase added later) starts a new table. It belongs to its
/// <see cref="AnalyzedText"/>, which one thread reads at a time.
/// </summary>
internal sealed class MatchMemo(int tokens)
{
    private static readonly object Unknown = new();

    // Answers are kept in pages of 512 tokens, made when a token of the page is first asked about:
    // small arrays (no large-object heap), and none for the parts of a text a matcher never reads.
    private const int PageBits = 9;
    private const int PageMask = (1 << PageBits) - 1;

    // Indexed by the matcher's number and the clitic flag; grown to the highest number that asks.
    private Table?[] _tables = [];

    /// <summary>The kept answer, or false when this question was not asked yet.</summary>
    public bool TryGet(int matcher, int count, int index, bool clitics, out object? result)
    {
        var table = Find(matcher, clitics);
        if (table is not null && table.Count == count && (uint)index < (uint)tokens && table.Pages[index >> PageBits] is { } page
            && page[index & PageMask] is var answer && !ReferenceEquals(answer, Unknown))
        {
            result = answer;
            return true;
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
            table = new Table(count, new object?[]?[(tokens >> PageBits) + 1]);
            _tables[slot] = table;
        }
        else if (table.Count != count)
        {
            table.Count = count;
            Array.Clear(table.Pages);
        }
        var page = table.Pages[index >> PageBits];
        if (page is null)
        {
            page = new object?[PageMask + 1];
            Array.Fill(page, Unknown);
            table.Pages[index >> PageBits] = page;
        }
        page[index & PageMask] = result;
    }

    private Table? Find(int matcher, bool clitics)
    {
        var slot = matcher * 2 + (clitics ? 1 : 0);
        return slot < _tables.Length ? _tables[slot] : null;
    }

    private sealed class Table(int count, object?[]?[] pages)
    {
        public int Count { get; set; } = count;

        public object?[]?[] Pages { get; } = pages;
    }
}
