using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// The definite dual of a town noun that the article used to name two places is those two places, not a town of
/// that name (s39-finer3): «اشتباكات في قريتي تل أعور والفريكة … أسفرت عن سيطرة القوات على القريتين» is the two
/// villages, not al-Qaryatayn in Homs.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// A one-word name with no cue word whose word is a definite dual of place_pair_refs.tsv, when an earlier word
    /// of the text is a dual of the same noun without the article («قريتي», «قريتين»): the writer named or counted
    /// the pair and now points back to it. The town stays when the article calls it by a town word anywhere
    /// («مدينة القريتين», «بلدة القريتين»), or a list joins it to a place before it.
    /// </summary>
    private bool RefersBackToPair(Match m, List<Match> matches, AnalyzedText text)
    {
        if (!IsLoneUncuedName(m))
        {
            return false;
        }
        var named = PairNamedBy(text.Tokens[m.First]);
        if (named is null)
        {
            return false;
        }
        foreach (var other in matches)
        {
            if (other.CueKind is not null && string.Equals(other.Key, m.Key, StringComparison.Ordinal))
            {
                return false;
            }
        }
        for (var k = m.First - 1; k >= 0; k--)
        {
            if (NamesPair(text.Tokens[k], named))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The duals that name the pair a definite dual word points back to («القريتين», «بالقريتين» → «قريتي», …), or null.</summary>
    private HashSet<string>? PairNamedBy(Token t)
    {
        if (!t.IsWord)
        {
            return null;
        }
        var readings = t.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (r.Suffix == 0 && L.PairRefs.TryGetValue(r.Base, out var named))
            {
                return named;
            }
        }
        return null;
    }

    /// <summary>The word is one of the duals <paramref name="named"/>, without the article, behind proclitics or not («قريتي», «بقريتي»).</summary>
    internal static bool NamesPair(Token t, HashSet<string> named)
    {
        if (!t.IsWord)
        {
            return false;
        }
        if (named.Contains(t.Norm))
        {
            return true;
        }
        var readings = t.Segmentations;
        for (var ri = 0; ri < readings.Count; ri++)
        {
            var r = readings[ri];
            if (!r.HasArticle && named.Contains(r.Base))
            {
                return true;
            }
        }
        return false;
    }
}
