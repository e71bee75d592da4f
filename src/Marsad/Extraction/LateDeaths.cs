using Marsad.Lexicons;

namespace Marsad.Extraction;

/// <summary>
/// «توفي جنديان سوريان اليوم متأثرين بجروحهما التي أصيبا بها في الهجوم», «وإن اثنين منهم توفيا صباح اليوم»: the
/// wounded of a deed told before who died since. Their count is a late addition to that deed's toll, not the deed's
/// toll: where the deed has a toll of its own («مما أسفر عن مقتل 50 جنديا»), that one stands; where it has none, the
/// late dead are still dead, and no wounded-only 0 (docs/annotation.md 6.5). Vocabulary: toll_words.tsv role
/// <c>late</c> (the verbs of dying, «متأثرا» of dying of wounds).
/// </summary>
internal static class LateDeaths
{
    /// <summary>Tokens either side of the count within which a word of late dying makes it late (its clause only).</summary>
    private const int Reach = 3;

    /// <summary>True when a word of late dying stands within reach of the statement, in its clause.</summary>
    public static bool Is(ArticleIndex index, FatalityMention m)
    {
        var tokens = index.Text.Tokens;
        var clause = tokens[m.First].Clause;
        for (var k = Math.Max(0, m.First - Reach); k < tokens.Count && k < m.End + Reach; k++)
        {
            if (tokens[k].Clause == clause && WordRoles.Tolls.Is(index.Text, k, "late", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when «متأثرا» of dying of wounds stands within reach of the statement, in its clause.</summary>
    public static bool OfWounds(ArticleIndex index, FatalityMention m)
    {
        var tokens = index.Text.Tokens;
        var clause = tokens[m.First].Clause;
        for (var k = Math.Max(0, m.First - Reach); k < tokens.Count && k < m.End + Reach; k++)
        {
            if (tokens[k].Clause == clause && WordRoles.Tolls.Is(index.Text, k, "ofwounds", true))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The statements that are no late dead (the list itself when none is).</summary>
    public static IReadOnlyList<FatalityMention> Without(ArticleIndex index, IReadOnlyList<FatalityMention> all)
    {
        List<FatalityMention>? kept = null;
        for (var i = 0; i < all.Count; i++)
        {
            if (Is(index, all[i]))
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
    /// Gives the late dead of its sentence to a killing event whose toll, once every other was sought, lent and merged,
    /// is a wounded-only 0: «توفي جنديان … متأثرين بجروحهما التي أصيبا بها في الهجوم» is 2, not the 0 of «أصيبا». An
    /// event with no toll takes them only when they are told as dead of the wounds («ما أدى إلى إصابة 20 شخصا، لقي اثنان
    /// منهم مصرعهم متأثرين بجراحهم»: the deed's own dead); a bare «اثنين منهم توفيا» after a deed whose toll was told
    /// elsewhere is no measure of it.
    /// </summary>
    public static void Lend(ArticleIndex index, List<EventCandidate> candidates)
    {
        foreach (var e in candidates)
        {
            if ((e.Fatalities is null || (e.Fatalities == 0 && e.FatalitySource is { IsDenial: false })) && Learning.TollChoice.Applies(e.Type)
                && FatalityFinder.ForEvent(index.Fatalities, index.Text, e.First) is { } late && Is(index, late)
                && (e.Fatalities == 0 || OfWounds(index, late)))
            {
                e.Fatalities = late.Count;
                e.FatalitySource = late;
            }
        }
    }
}
