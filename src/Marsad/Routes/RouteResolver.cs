using System.Globalization;
using Marsad.Geo;

namespace Marsad.Routes;

/// <summary>How an event was tied to a route, for the reader who checks it.</summary>
public sealed record RouteTarget(Route Route, string How, int? Waypoint = null);

/// <summary>
/// Ties BLOCKADE and REOPEN events to the road, crossing or besieged place they act on, and
/// CAPTURE events to the waypoints they take. Rules, in order (docs/routes.md):
/// a road named as a curated road is that road; a road named by its two ends is the curated road
/// through both ends that passes nearest the event's place, or else the straight segment between
/// the ends; with no road named, a crossing named at the event's place is that crossing, and words
/// of a siege make the place besieged. Everything else is left unresolved, with the reason.
/// </summary>
public sealed class RouteResolver(RouteCatalog catalog, Gazetteer? gazetteer, RouteWords words)
{
    /// <summary>Within this distance a place and a waypoint are the same place.</summary>
    public const double SamePlaceKm = 3;

    /// <summary>Two ends further apart than this are not one road (a misread end, «طريق حلب – نيويورك»).</summary>
    public const double MaxSegmentKm = 500;

    /// <summary>A road cut placed further than this from the road (twice this for a region) is not on it.</summary>
    public const double OffRoadKm = 50;

    private readonly HashSet<string> _hubs = [.. catalog.Routes.Where(r => r.Kind == RouteKind.Road)
        .SelectMany(r => new[] { r.Waypoints[0].Name, r.Waypoints[^1].Name }).Select(RouteCatalog.Key)];

    private readonly Dictionary<string, Route> _made = new(StringComparer.Ordinal);

    /// <summary>Roads and places the events made that no curated row holds (straight segments, ad hoc sieges).</summary>
    public IEnumerable<Route> Made => _made.Values;

    public RouteTarget? Resolve(RouteEvent e, out string? unresolved)
    {
        unresolved = null;
        if (e.Route is { Count: > 0 } ends)
        {
            return ResolveRoad(e, ends, out unresolved);
        }
        if (e.Place is not { } place)
        {
            unresolved = "no road named and no place";
            return null;
        }
        if ((catalog.ByName(place, RouteKind.Crossing).FirstOrDefault() ?? (words.SaysCrossing(e.Evidence) ? CrossingNamed(place) : null)) is { } named)
        {
            return new RouteTarget(named, "crossing named");
        }
        if (catalog.ByName(place, RouteKind.Road).FirstOrDefault() is { } road)
        {
            return new RouteTarget(road, "road named");
        }
        if (words.SaysCrossing(e.Evidence) && e.HasPoint
            && catalog.Routes.Where(r => r.Kind == RouteKind.Crossing).MinBy(r => r.DistanceKm(e.Lat!.Value, e.Lon!.Value)) is { } near
            && near.DistanceKm(e.Lat!.Value, e.Lon!.Value) <= SamePlaceKm)
        {
            return new RouteTarget(near, "crossing at the place");
        }
        if (!words.SaysSiege(e.Evidence))
        {
            unresolved = "a road cut or reopened with no road named";
            return null;
        }
        if (catalog.ByName(place, RouteKind.Siege).FirstOrDefault() is { } siege)
        {
            return new RouteTarget(siege, "siege of a curated place");
        }
        if (!e.HasPoint || e.Precision is not ("point" or "region"))
        {
            unresolved = $"a siege of «{place}», a place too wide to draw ({e.Precision ?? "no coordinates"})";
            return null;
        }
        if (string.Equals(e.Precision, "point", StringComparison.Ordinal)
            && catalog.Routes.Where(r => r.Kind == RouteKind.Siege).MinBy(r => r.DistanceKm(e.Lat!.Value, e.Lon!.Value)) is { } close
            && close.DistanceKm(e.Lat!.Value, e.Lon!.Value) <= SamePlaceKm)
        {
            return new RouteTarget(close, "siege of a curated place");
        }
        if (e.Actor1 is null)
        {
            // A curated besieged place is known to be one; any other place needs a named besieger,
            // or every crowd that «surrounds» a building would make a siege.
            unresolved = $"a siege of «{place}», a place no curated row names, with no besieger named";
            return null;
        }
        var id = "place:" + RouteCatalog.Key(place);
        if (!_made.TryGetValue(id, out var made))
        {
            made = new Route(id, RouteKind.Siege, place, string.Empty, [place], e.Country ?? string.Empty,
                [new Waypoint(place, e.Lat!.Value, e.Lon!.Value, e.GazetteerId is { } g ? $"event place, gazetteer point {g}" : "event place")],
                string.Empty, Curated: false, Straight: false);
            _made[id] = made;
        }
        return new RouteTarget(made, "siege of the event's place");
    }

    /// <summary>
    /// The curated roads and crossings whose waypoint a CAPTURE takes: a road's inner waypoints
    /// only, and never a city where roads end (Aleppo, Damascus, Baghdad): fighting for a part of
    /// such a city says nothing of the roads that reach it.
    /// </summary>
    public IEnumerable<RouteTarget> Captured(RouteEvent e)
    {
        if (e.Place is null)
        {
            yield break;
        }
        var key = RouteCatalog.Key(e.Place);
        var point = e.HasPoint && string.Equals(e.Precision, "point", StringComparison.Ordinal);
        foreach (var r in catalog.Routes)
        {
            if (r.Kind == RouteKind.Siege)
            {
                continue;
            }
            var (first, last) = r.Kind == RouteKind.Road ? (1, r.Waypoints.Count - 2) : (0, 0);
            for (var i = first; i <= last; i++)
            {
                var w = r.Waypoints[i];
                if (r.Kind == RouteKind.Road && _hubs.Contains(RouteCatalog.Key(w.Name)))
                {
                    continue;
                }
                var same = string.Equals(RouteCatalog.Key(w.Name), key, StringComparison.Ordinal)
                    || (r.Kind == RouteKind.Crossing && r.Names.Any(n => string.Equals(RouteCatalog.Key(n), key, StringComparison.Ordinal)))
                    || (point && r.Kind == RouteKind.Road && GeoMath.DistanceKm(e.Lat!.Value, e.Lon!.Value, w.Lat, w.Lon) <= SamePlaceKm);
                if (same)
                {
                    yield return new RouteTarget(r, "waypoint taken", i);
                    break;
                }
            }
        }
    }

    private RouteTarget? ResolveRoad(RouteEvent e, IReadOnlyList<string> ends, out string? unresolved)
    {
        var target = ResolveRoadByName(e, ends, out unresolved);
        // The place of a road cut lies on the road (SPEC §1); a place far from it means the
        // article's road and place were tied wrongly, and neither can be trusted.
        if (target is not null && e.HasPoint && e.Precision is "point" or "region"
            && target.Route.DistanceKm(e.Lat!.Value, e.Lon!.Value) is var km && km > (e.Precision == "point" ? OffRoadKm : 2 * OffRoadKm))
        {
            unresolved = string.Create(CultureInfo.InvariantCulture, $"the event's place «{e.Place}» is {km:0} km from {target.Route.Id}, the road it names");
            return null;
        }
        return target;
    }

    private RouteTarget? ResolveRoadByName(RouteEvent e, IReadOnlyList<string> ends, out string? unresolved)
    {
        unresolved = null;
        // «فتح معبر رفح» is read by the extractor as a road to Rafah: the words name a crossing.
        if (words.SaysCrossing(e.Evidence) && ends.Append(e.Place).OfType<string>().Select(CrossingNamed).FirstOrDefault(c => c is not null) is { } crossing)
        {
            return new RouteTarget(crossing, "crossing named");
        }
        // «طريق أعزاز» as a place, or the ends read as a road's name («طريق حلب دمشق»).
        foreach (var name in new[] { e.Place, "طريق " + string.Join(' ', ends) })
        {
            if (name is not null && catalog.ByName(name, RouteKind.Road).FirstOrDefault() is { } named)
            {
                return new RouteTarget(named, "road named");
            }
        }
        var candidates = new List<(Route Route, double Km, int Span)>();
        foreach (var r in catalog.Routes.Where(r => r.Kind == RouteKind.Road))
        {
            var idx = ends.Select(end => WaypointOf(r, end, e)).ToList();
            if (idx.Any(i => i < 0) || (ends.Count == 2 && idx[0] == idx[1]))
            {
                continue;
            }
            var (a, b) = ends.Count == 2 ? (Math.Min(idx[0], idx[1]), Math.Max(idx[0], idx[1])) : (0, r.Waypoints.Count - 1);
            var part = r with { Waypoints = [.. r.Waypoints.Skip(a).Take(b - a + 1)] };
            var km = e.HasPoint ? part.DistanceKm(e.Lat!.Value, e.Lon!.Value) : 0;
            // A road named by one end only is that road only if the event happens on it.
            if (ends.Count == 1 && (!e.HasPoint || km > 15))
            {
                continue;
            }
            candidates.Add((r, km, b - a));
        }
        if (candidates.Count > 0)
        {
            var best = candidates.OrderBy(c => Math.Round(c.Km)).ThenBy(c => c.Span).First();
            return new RouteTarget(best.Route, ends.Count == 2 ? "road through both ends" : "road through its end and the event's place");
        }
        if (ends.Count != 2)
        {
            unresolved = $"a road named by one end («{ends[0]}») that no curated road through the event's place has";
            return null;
        }
        var p1 = Geocode(ends[0], e);
        var p2 = Geocode(ends[1], e);
        if (p1 is null || p2 is null)
        {
            unresolved = $"a road between «{ends[0]}» and «{ends[1]}», and «{(p1 is null ? ends[0] : ends[1])}» is not in the gazetteer";
            return null;
        }
        if (GeoMath.DistanceKm(p1.Lat, p1.Lon, p2.Lat, p2.Lon) is var length && length > MaxSegmentKm)
        {
            unresolved = string.Create(CultureInfo.InvariantCulture, $"a road between «{ends[0]}» and «{ends[1]}», {length:0} km apart: too far for one road segment");
            return null;
        }
        var (k1, k2) = (RouteCatalog.Key(ends[0]), RouteCatalog.Key(ends[1]));
        var (w1, w2) = string.CompareOrdinal(k1, k2) <= 0 ? (p1, p2) : (p2, p1);
        var id = "segment:" + RouteCatalog.Key(w1.Name) + "–" + RouteCatalog.Key(w2.Name);
        if (!_made.TryGetValue(id, out var made))
        {
            made = new Route(id, RouteKind.Road, $"طريق {w1.Name} – {w2.Name}", string.Empty, [], e.Country ?? string.Empty,
                [w1, w2], "straight segment between the two ends the article names (no curated road joins them)", Curated: false, Straight: true);
            _made[id] = made;
        }
        return new RouteTarget(made, "straight segment between the ends");
    }

    /// <summary>The crossing named X, «معبر X» or «منفذ X», for a place X the text calls a crossing.</summary>
    private Route? CrossingNamed(string place) =>
        catalog.ByName(place, RouteKind.Crossing).Concat(catalog.ByName("معبر " + place, RouteKind.Crossing))
            .Concat(catalog.ByName("منفذ " + place, RouteKind.Crossing)).FirstOrDefault();

    /// <summary>The index of the waypoint of <paramref name="r"/> that <paramref name="end"/> names, or -1.</summary>
    private int WaypointOf(Route r, string end, RouteEvent e)
    {
        var key = RouteCatalog.Key(end);
        for (var i = 0; i < r.Waypoints.Count; i++)
        {
            if (string.Equals(RouteCatalog.Key(r.Waypoints[i].Name), key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        // Another spelling of the same place: the gazetteer point it names in the road's country lies on the waypoint.
        if (Geocode(end, e, r.Country) is { } p)
        {
            for (var i = 0; i < r.Waypoints.Count; i++)
            {
                if (GeoMath.DistanceKm(p.Lat, p.Lon, r.Waypoints[i].Lat, r.Waypoints[i].Lon) <= SamePlaceKm)
                {
                    return i;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// A place name to a point: the gazetteer row in the event's (or given) country with the most
    /// people, else the one nearest the event's place, else the most populous anywhere.
    /// </summary>
    private Waypoint? Geocode(string name, RouteEvent e, string? country = null)
    {
        if (gazetteer is null)
        {
            return null;
        }
        // A country is no end of a road one can draw («طريق مصر أسوان»).
        var rows = gazetteer.Find(name).Select(i => gazetteer[i]).Where(r => r.Precision != "country").ToList();
        if (rows.Count == 0)
        {
            return null;
        }
        var inCountry = rows.Where(r => string.Equals(r.Country, country ?? e.Country, StringComparison.Ordinal)).ToList();
        GazetteerEntry best;
        if (inCountry.Count > 0)
        {
            best = inCountry.OrderByDescending(r => r.Population).ThenBy(r => r.Row).First();
        }
        else if (country is not null)
        {
            return null;
        }
        else if (e.HasPoint)
        {
            best = rows.OrderBy(r => GeoMath.DistanceKm(e.Lat!.Value, e.Lon!.Value, r.Lat, r.Lon)).First();
        }
        else
        {
            best = rows.OrderByDescending(r => r.Population).ThenBy(r => r.Row).First();
        }
        return new Waypoint(name, Math.Round(best.Lat, 4), Math.Round(best.Lon, 4),
            string.Create(CultureInfo.InvariantCulture, $"gazetteer point {best.Id} ({best.Name}, {best.Country})"));
    }
}
