namespace Marsad.Geo;

/// <summary>
/// A quarter word's name read whole («حي جوبر», one curated row) against the compass phrase that places it in
/// another city: the bare name's namesake there (s29-placeprec; see <see cref="PlaceByCompass"/>).
/// </summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// «حي جوبر غربي حمص»: a quarter told by a compass part of a city lies in that city. When the name was
    /// read whole with its quarter word («حي جوبر», a curated quarter of Damascus) and that reading lies far
    /// from where the phrase points, the bare name's row near the point (the Homs «جوبر») is the place.
    /// Null when the chosen row is near already or no row of the bare name is.
    /// </summary>
    private int? NamesakeNear(Match x, (double Lat, double Lon) point)
    {
        var chosen = G[x.Chosen];
        if (GeoMath.DistanceKm(chosen.Lat, chosen.Lon, point.Lat, point.Lon) <= NamesakeNearKm)
        {
            return null;
        }
        var space = x.Key.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !L.Cues.TryGetValue(x.Key[..space], out var kind) || kind != "district")
        {
            return null;
        }
        int? best = null;
        var bestKm = NamesakeNearKm;
        foreach (var r in G.Find(x.Key[(space + 1)..]))
        {
            var km = GeoMath.DistanceKm(G.LatOf(r), G.LonOf(r), point.Lat, point.Lon);
            if (km <= bestKm && G[r].Precision == "point")
            {
                (best, bestKm) = (r, km);
            }
        }
        return best;
    }

    /// <summary>Within this of the point a compass phrase gives, a namesake is the place it locates (<see cref="NearFit"/>'s nearest band).</summary>
    private const double NamesakeNearKm = 40;
}
