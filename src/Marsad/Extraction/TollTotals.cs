using Marsad.Lexicons;

namespace Marsad.Extraction;

/// <summary>
/// A count of dead that covers many happenings is no event's toll (docs/annotation.md 4.2: «قتل 150
/// شخصا في أنحاء سوريا اليوم», a monitor's daily toll, is not coded, and its dead are given to none of
/// the incidents told beside it). The rules gave such a total to the events of its sentence: a day's
/// national toll divided among the places of a round-up («220 شخصا قتلوا أمس في سوريا، وان عدة مناطق
/// … تشهد قصفا»), a day's tally given to a capture told in the same sentence.
/// </summary>
internal static class TollTotals
{
    /// <summary>Words either side of the count within which a spreading word makes it a total (its clause only).</summary>
    private const int Reach = 12;

    /// <summary>The statements of dead that are not totals over many happenings (the list itself when none is).</summary>
    public static IReadOnlyList<FatalityMention> Without(ArticleIndex index, IReadOnlyList<FatalityMention> all)
    {
        List<FatalityMention>? kept = null;
        for (var i = 0; i < all.Count; i++)
        {
            if (IsTotal(index, all[i]))
            {
                kept ??= [.. all.Take(i)];
            }
            else
            {
                kept?.Add(all[i]);
            }
        }
        return kept ?? all;
    }

    /// <summary>
    /// True when the clause of the count spreads its dead over places or happenings («في مناطق مختلفة من
    /// البلاد», «معظمهم في إدلب ودمشق», «في سلسلة هجمات»), tallies a day («حصيلة … ليوم الأحد»), or
    /// places them only in a whole country right after the statement, past its time words («قتلوا أمس
    /// الثلاثاء في سوريا»): with no happening named between, a country holds many.
    /// </summary>
    internal static bool IsTotal(ArticleIndex index, FatalityMention m)
    {
        var tokens = index.Text.Tokens;
        var clause = tokens[m.First].Clause;
        for (var w = Math.Max(0, m.First - Reach); w < tokens.Count && w < m.End + Reach; w++)
        {
            if (tokens[w].Clause == clause && WordRoles.Tolls.Is(index.Text, w, "spread"))
            {
                return true;
            }
        }
        var j = m.End;
        while (j < tokens.Count && tokens[j].Clause == clause && index.InDate(j))
        {
            j++;
        }
        if (j + 1 >= tokens.Count || tokens[j].Clause != clause || tokens[j].Norm != "في"
            || index.PlaceAt(j + 1) is not { Mention.Precision: "country" } country || country.First != j + 1)
        {
            return false;
        }
        // The country ends the clause, but for time words («في سوريا اليوم»): nothing narrows it after.
        var k = country.End;
        while (k < tokens.Count && tokens[k].Clause == clause && index.InDate(k))
        {
            k++;
        }
        return k >= tokens.Count || tokens[k].Clause != clause || !tokens[k].IsWord;
    }
}
