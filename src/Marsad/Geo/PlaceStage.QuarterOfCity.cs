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
    /// A name its quarter word introduces, put beyond <see cref="QuarterFarKm"/> of the city told
    /// with it, takes the row of its name nearest that city when one lies within
    /// <see cref="QuarterKm"/> of it: a report names its city, then the city's quarters, and a
    /// curated quarter of another city («حي الخالدية» of Aleppo) is a namesake. The city is the
    /// nearest town or quarter of the name's own sentence (a locality with a town's weight, or a
    /// quarter row), else the one told last before it. Rows are the name's own and those of the
    /// bare name after the quarter word that are localities or quarters (the sources hold many
    /// quarters as localities). Not a name a compass phrase, a frame or a region placed.
    /// </summary>
    private void PlaceQuarterOfToldCity(AnalyzedText text, List<Match> matches)
    {
        var tokens = text.Tokens;
        for (var i = 0; i < matches.Count; i++)
        {
            var x = matches[i];
            if (!x.Accepted || x.Chosen < 0 || x.CueKind != "district" || x.Relative is not null || x.Near is not null || x.Frame is not null
                || x.Bearing >= 0 || x.Phrase is not null || x.CountryRelative || G[x.Chosen].Precision != "point")
            {
                continue;
            }
            var city = SentenceTown(tokens, matches, i);
            for (var j = i - 1; j >= 0 && city < 0; j--)
            {
                city = IsQuarterTown(matches[j]) ? matches[j].Chosen : -1;
            }
            if (city < 0 || Km(x.Chosen, city) <= QuarterFarKm)
            {
                continue;
            }
            var best = -1;
            var bestKm = QuarterKm;
            foreach (var r in QuarterRows(x))
            {
                var km = Km(r, city);
                if (km <= bestKm)
                {
                    (best, bestKm) = (r, km);
                }
            }
            if (best >= 0)
            {
                x.Chosen = best;
            }
        }
    }

    private int SentenceTown(SealedList<Token> tokens, List<Match> matches, int i)
    {
        var x = matches[i];
        var sentence = tokens[x.First].Sentence;
        var (town, gap) = (-1, int.MaxValue);
        for (var j = 0; j < matches.Count; j++)
        {
            var y = matches[j];
            if (j == i || tokens[y.First].Sentence != sentence || !IsQuarterTown(y))
            {
                continue;
            }
            var d = y.First >= x.End ? y.First - x.End : x.First - y.End;
            if (d < gap && !JoinerBetween(tokens, Math.Min(x.End, y.End), Math.Max(x.First, y.First)))
            {
                (town, gap) = (y.Chosen, d);
            }
        }
        return town;
    }

    private bool IsQuarterTown(Match y)
    {
        if (!y.Accepted || y.Chosen < 0 || y.Bearing >= 0 || y.Phrase is not null || y.Relative is not null || G[y.Chosen].Precision != "point")
        {
            return false;
        }
        var type = G.TypeOf(y.Chosen);
        return type == "locality" && Prior(y.Chosen) >= 2.5 || Gazetteer.IsQuarterType(type);
    }

    private IEnumerable<int> QuarterRows(Match x)
    {
        var space = x.Key.IndexOf(' ', StringComparison.Ordinal);
        IReadOnlyList<int> bare = space > 0 && L.Cues.TryGetValue(x.Key[..space], out var kind) && kind == "district" ? G.Find(x.Key[(space + 1)..]) : [];
        foreach (var r in x.Rows.Concat(bare))
        {
            var type = G.TypeOf(r);
            if (G[r].Precision == "point" && (type == "locality" || Gazetteer.IsQuarterType(type)))
            {
                yield return r;
            }
        }
    }

    private double Km(int a, int b) => GeoMath.DistanceKm(G.LatOf(a), G.LonOf(a), G.LatOf(b), G.LonOf(b));
}
