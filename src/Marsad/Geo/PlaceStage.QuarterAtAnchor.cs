namespace Marsad.Geo;

/// <summary>
/// A quarter named with its quarter word lies in a town the article anchors, when a namesake does
/// (s31-placewrong): «حي الخالدية» of a Homs report is the Homs quarter, not the Aleppo one a
/// curated row names whole.
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// A report names its city and then its quarters, and the sources hold one quarter name in many
    /// cities. A name read whole with its quarter word («حي الخالدية», a curated row of one city) is
    /// its own anchor, so nothing else asked where it lies. When that row lies beyond
    /// <see cref="QuarterFarKm"/> of every other anchor while a row of the bare name lies within
    /// <see cref="QuarterKm"/> of one, that row is the quarter; the nearest such row wins. Not a name a
    /// compass phrase or a frame placed (<see cref="NamesakeNear"/> asks the phrase's point), nor one
    /// strong on its own.
    /// </summary>
    private void PlaceQuarterAtAnchor(List<Match> matches, AnchorIndex anchors)
    {
        if (anchors.Count == 0)
        {
            return;
        }
        foreach (var x in matches)
        {
            if (!x.Accepted || x.Chosen < 0 || x.CueKind != "district" || x.Relative is not null || x.Near is not null || x.Frame is not null
                || x.Bearing >= 0 || x.Phrase is not null || x.CountryRelative || Prior(x.Chosen) >= 2.5)
            {
                continue;
            }
            var chosen = G[x.Chosen];
            if (chosen.Precision != "point" || anchors.OthersWithin(chosen.Lat, chosen.Lon, QuarterFarKm))
            {
                continue;
            }
            var space = x.Key.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !L.Cues.TryGetValue(x.Key[..space], out var kind) || kind != "district")
            {
                continue;
            }
            int? best = null;
            var bestKm = QuarterKm;
            foreach (var r in G.Find(x.Key[(space + 1)..]))
            {
                Consider(r, x.Chosen, anchors, ref best, ref bestKm);
            }
            if (best is { } home)
            {
                x.Chosen = home;
            }
        }
    }

    private void Consider(int row, int chosen, AnchorIndex anchors, ref int? best, ref double bestKm)
    {
        var type = G.TypeOf(row);
        if (row == chosen || G[row].Precision != "point" || !(type == "locality" || Gazetteer.IsQuarterType(type)))
        {
            return;
        }
        var km = anchors.NearestKm(G.LatOf(row), G.LonOf(row), QuarterKm);
        if (km <= bestKm)
        {
            (best, bestKm) = (row, km);
        }
    }
}
