using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// A quarter name shared by cities is the quarter of the city the report is telling about
/// (s36-namesake): «حي الخالدية» after «مدينة حمص» and «حمص القديمة» is the Homs quarter, after
/// «مدينة حلب» the Aleppo one.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// A name its quarter word introduces whose quarter rows (district, neighbourhood) lie in two or
    /// more cities, more than <see cref="QuarterFarKm"/> apart, takes the row nearest the town told
    /// last before it: a report names its city, then the city's quarters. Only a town or a quarter
    /// (a locality with a town's weight, or a quarter row) within <see cref="QuarterKm"/> of one of
    /// those rows counts, and when none stands before, the first such after it in its sentence
    /// («حي الخالدية في حمص»). The priors of curated rows cannot choose: each is one city's.
    /// </summary>
    private void PlaceQuarterOfToldCity(AnalyzedText text, List<Match> matches)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            var x = matches[i];
            if (!x.Accepted || x.Chosen < 0 || x.CueKind != "district" || x.Relative is not null || x.Near is not null || x.Frame is not null
                || x.Bearing >= 0 || x.Phrase is not null || x.CountryRelative)
            {
                continue;
            }
            var quarters = QuarterRows(x);
            if (quarters.Count < 2 || !Apart(quarters))
            {
                continue;
            }
            var sentence = text.Tokens[x.First].Sentence;
            int? home = null;
            for (var j = i - 1; j >= 0 && home is null; j--)
            {
                home = QuarterNear(matches[j], quarters);
            }
            for (var j = i + 1; j < matches.Count && home is null && text.Tokens[matches[j].First].Sentence == sentence; j++)
            {
                home = QuarterNear(matches[j], quarters);
            }
            if (home is { } row)
            {
                x.Chosen = row;
            }
        }
    }

    private List<int> QuarterRows(Match x)
    {
        var rows = new List<int>();
        foreach (var r in x.Rows)
        {
            if (G[r].Precision == "point" && Gazetteer.IsQuarterType(G.TypeOf(r)))
            {
                rows.Add(r);
            }
        }
        return rows;
    }

    private bool Apart(List<int> rows)
    {
        for (var a = 1; a < rows.Count; a++)
        {
            if (GeoMath.DistanceKm(G.LatOf(rows[0]), G.LonOf(rows[0]), G.LatOf(rows[a]), G.LonOf(rows[a])) > QuarterFarKm)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The quarter row nearest <paramref name="y"/> when <paramref name="y"/> is a town or a quarter within <see cref="QuarterKm"/> of one.</summary>
    private int? QuarterNear(Match y, List<int> quarters)
    {
        if (!y.Accepted || y.Chosen < 0 || y.Bearing >= 0 || y.Phrase is not null || y.Relative is not null || G[y.Chosen].Precision != "point")
        {
            return null;
        }
        var type = G.TypeOf(y.Chosen);
        if (!(type == "locality" && Prior(y.Chosen) >= 2.5 || Gazetteer.IsQuarterType(type)))
        {
            return null;
        }
        int? best = null;
        var bestKm = QuarterKm;
        foreach (var r in quarters)
        {
            var km = GeoMath.DistanceKm(G.LatOf(r), G.LonOf(r), G.LatOf(y.Chosen), G.LonOf(y.Chosen));
            if (km <= bestKm)
            {
                (best, bestKm) = (r, km);
            }
        }
        return best;
    }
}
