namespace Marsad.Extraction;

/// <summary>
/// «يشهد حي جوبر بدمشق اشتباكات», «حي برزة في دمشق شهد مواجهات», «مخيم اليرموك، دمشق»: a quarter,
/// district or camp the gazetteer holds, told right before its own city, is where the deed happened;
/// the city only says where the quarter lies (docs/annotation.md: the most precise place named).
/// </summary>
internal static partial class PlaceLinker
{
    /// <summary>How far a quarter's point may lie from its city's and still be a part of it (a city's quarters lie within its tolerance).</summary>
    private const double QuarterOfTownKm = 15;

    /// <summary>
    /// True when <paramref name="place"/> is a quarter row (neighbourhood, district, microhood) and
    /// <paramref name="frame"/> a town row whose point lies within <see cref="QuarterOfTownKm"/> of it:
    /// both are points, so precision alone cannot tell the frame from the place it frames.
    /// </summary>
    private static bool QuarterOfItsTown(Candidate place, Candidate frame)
    {
        if (place.IsReference || frame.IsReference || place.Place.PutByTown || frame.Place.PutByTown)
        {
            return false;
        }
        var q = place.Place.Mention;
        var t = frame.Place.Mention;
        if (q.Precision != "point" || t.Precision != "point" || q.Lat is not { } qa || q.Lon is not { } qo || t.Lat is not { } ta || t.Lon is not { } to
            || !IsRowOf(q, Geo.Gazetteer.IsQuarterType) || !IsRowOf(t, Geo.Gazetteer.IsTownType))
        {
            return false;
        }
        return Geo.GeoMath.DistanceKm(qa, qo, ta, to) <= QuarterOfTownKm;
    }

    private static bool IsRowOf(Output.PlaceMention m, Func<string, bool> type) =>
        m.GazetteerId is { } id && Geo.Gazetteer.Default.TryGetById(id, out var row) && type(Geo.Gazetteer.Default.TypeOf(row));
}
