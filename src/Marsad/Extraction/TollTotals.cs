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
        if (SpreadInClause(index, SubjectClauseBefore(index, clause)) || SpreadInClause(index, PartnerClauseAfter(index, clause, m.End))
            || SharedOutAfter(index, clause))
        {
            return true;
        }
        var j = m.End;
        while (j < tokens.Count && tokens[j].Clause == clause && index.InDate(j))
        {
            j++;
        }
        if (j + 1 >= tokens.Count || tokens[j].Clause != clause || !WordRoles.Tolls.IsWholeWord(tokens[j].Norm, "within")
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

    /// <summary>
    /// «بأن المواجهات بين … والقوات الحكومية، في مختلف أنحاء سوريا الخميس، خلفت ما لا يقل عن 161 قتيلاً»: a count
    /// whose clause opens on the verb of its outcome or tally («خلفت», «أسفرت عن», «بلغت») has its subject, and the
    /// words that spread it, in the clause before, which a comma cut off. The index of that clause, or -1.
    /// </summary>
    private static int SubjectClauseBefore(ArticleIndex index, int clause)
    {
        var tokens = index.Text.Tokens;
        var first = index.Text.Clauses[clause].First;
        while (first < tokens.Count && tokens[first].Clause == clause && !tokens[first].IsWord)
        {
            first++;
        }
        if (clause == 0 || first >= tokens.Count || tokens[first].Clause != clause
            || tokens[index.Text.Clauses[clause - 1].First].Sentence != tokens[first].Sentence
            || !WordRoles.Tolls.IsEither(index.Text, first, "consequence", "total", true))
        {
            return -1;
        }
        return clause - 1;
    }

    /// <summary>
    /// «بسقوط 141 قتيلاً في المواجهات بين القوات الحكومية الموالية لنظام الرئيس بشار الأسد، ومسلحي "الجيش الحر" في مختلف
    /// أنحاء سوريا الأربعاء»: the second party of «بين» after a comma goes on with the count's happening, and so do the
    /// words that spread it. The clause after the count's when it opens on a word joined by «و» that names no deed, a party
    /// stands within its first words («ومسلحي "الجيش الحر"»: the second side), and the count's clause holds «بين» after the
    /// count; else -1. A clause opening on a word that merely begins with the letter («وسط تصاعد المعارك في مختلف أنحاء
    /// سوريا») or on a joined noun that names no side sets the happening in a wider scene and leaves its toll its own.
    /// </summary>
    private static int PartnerClauseAfter(ArticleIndex index, int clause, int countEnd)
    {
        var tokens = index.Text.Tokens;
        var unit = index.Text.Clauses[clause];
        var between = false;
        for (var k = countEnd; k < unit.End && !between; k++)
        {
            between = WordRoles.EventWords.IsWholeWord(tokens[k].Norm, "between");
        }
        if (!between || clause + 1 >= index.Text.Clauses.Count)
        {
            return -1;
        }
        var first = index.Text.Clauses[clause + 1].First;
        while (first < tokens.Count && tokens[first].Clause == clause + 1 && !tokens[first].IsWord)
        {
            first++;
        }
        return first < tokens.Count && tokens[first].Clause == clause + 1 && tokens[first].Sentence == tokens[unit.First].Sentence
            && WawClitic.AfterConjunction(tokens[first]) is not null && !index.IsTrigger(first) && PartyOpens(index, first, clause + 1)
            ? clause + 1
            : -1;
    }

    /// <summary>Words from a clause's first within which its party stands when the clause is a side of «بين» («ومسلحي "الجيش الحر"», «وعناصر من التنظيم»).</summary>
    private const int PartyReach = 3;

    /// <summary>
    /// True when a party opens the clause within <see cref="PartyReach"/> words: the clause must be the second side of
    /// «بين», not a scene clause joined by «و» («وسط تصاعد المعارك»; review30 finding 9).
    /// </summary>
    private static bool PartyOpens(ArticleIndex index, int first, int clause)
    {
        var tokens = index.Text.Tokens;
        for (var k = first; k < Math.Min(tokens.Count, first + PartyReach) && tokens[k].Clause == clause; k++)
        {
            if (index.ActorAt(k) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words from the next clause's first within which its word of most of the dead stands («سقط معظمهم في»).</summary>
    private const int ShareReach = 3;

    /// <summary>
    /// «أكدت المعارضة أن حصيلة القتال الاثنين بلغت 112 قتيلا، سقط معظمهم في حلب ودمشق»: a comma cuts the count's clause
    /// from the one that shares its dead out over places by «most of them in» (event_words roles tollshare and sharein),
    /// which says the dead fell in more places than it names, a total as when it stands in the count's own clause. True
    /// when the clause after the count's, in its sentence, holds such a word within its first <see cref="ShareReach"/> words.
    /// </summary>
    private static bool SharedOutAfter(ArticleIndex index, int clause)
    {
        var tokens = index.Text.Tokens;
        if (clause + 1 >= index.Text.Clauses.Count)
        {
            return false;
        }
        var unit = index.Text.Clauses[clause + 1];
        if (unit.First >= tokens.Count || tokens[unit.First].Sentence != tokens[index.Text.Clauses[clause].First].Sentence)
        {
            return false;
        }
        var words = 0;
        for (var k = unit.First; k + 1 < unit.End && words < ShareReach; k++)
        {
            if (!tokens[k].IsWord)
            {
                continue;
            }
            words++;
            if (index.IsRole(k, "tollshare", true) && index.Words.IsWholeWord(tokens[k + 1].Norm, "sharein"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Tokens after a spreading word of a neighbouring clause within which the country it spreads over stands («في مختلف أنحاء سوريا»).</summary>
    private const int CountryAfterSpread = 3;

    /// <summary>
    /// True when the clause spreads over a whole country: a spreading word with a country's name right after it
    /// («في مختلف أنحاء سوريا»). Read in a neighbouring clause, where «في مناطق متفرقة» may spread a series over
    /// one city («سلسلة انفجارات … في مناطق متفرقة ،أسفرت عن»), which is one event with its toll.
    /// </summary>
    private static bool SpreadInClause(ArticleIndex index, int clause)
    {
        if (clause < 0)
        {
            return false;
        }
        var unit = index.Text.Clauses[clause];
        for (var w = unit.First; w < unit.End; w++)
        {
            if (!WordRoles.Tolls.Is(index.Text, w, "spread"))
            {
                continue;
            }
            for (var c = w + 1; c < Math.Min(unit.End, w + 1 + CountryAfterSpread); c++)
            {
                if (index.PlaceAt(c) is { Mention.Precision: "country" })
                {
                    return true;
                }
            }
        }
        return false;
    }
}
