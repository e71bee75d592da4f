using System.Globalization;
using Marsad.Geo;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Routes;

/// <summary>What a layer entry is: a road (a line), a crossing or a besieged place (points).</summary>
public enum RouteKind
{
    Road,
    Crossing,
    Siege,
}

/// <summary>One point of a route, with where its coordinate came from.</summary>
public sealed record Waypoint(string Name, double Lat, double Lon, string CoordSource);

/// <summary>
/// A road, crossing or besieged place of the layer. Curated ones come from data/geo/routes.tsv;
/// others are made from the events themselves: a road named by two ends that no curated road
/// joins becomes the straight segment between them (<see cref="Straight"/>), and a besieged
/// place no curated row names becomes a point of its own.
/// </summary>
public sealed record Route(
    string Id, RouteKind Kind, string Name, string NameEn, IReadOnlyList<string> Names, string Country,
    IReadOnlyList<Waypoint> Waypoints, string CourseSource, bool Curated, bool Straight)
{
    public bool IsPoint => Kind != RouteKind.Road;

    /// <summary>Kilometres from a point to the route's line (or point).</summary>
    public double DistanceKm(double lat, double lon) => RouteGeometry.DistanceKm(Waypoints, lat, lon);
}

/// <summary>The curated routes, crossings and besieged places (data/geo/routes.tsv and route_waypoints.tsv).</summary>
public sealed class RouteCatalog
{
    private static readonly Lazy<RouteCatalog> DefaultInstance = new(() => Load(TsvTable.LoadEmbedded("routes"), TsvTable.LoadEmbedded("route_waypoints")));

    private readonly Dictionary<string, Route> _byId;
    private readonly Dictionary<string, List<Route>> _byName;

    public RouteCatalog(IReadOnlyList<Route> routes)
    {
        Routes = routes;
        _byId = new Dictionary<string, Route>(StringComparer.Ordinal);
        _byName = new Dictionary<string, List<Route>>(StringComparer.Ordinal);
        foreach (var r in routes)
        {
            if (!_byId.TryAdd(r.Id, r))
            {
                throw new InvalidDataException($"routes: the id '{r.Id}' is used twice");
            }
            foreach (var name in r.Names)
            {
                var key = Key(name);
                if (!_byName.TryGetValue(key, out var list))
                {
                    _byName[key] = list = [];
                }
                // Two spellings of one name fold to one key: the route is listed once.
                if (!list.Contains(r))
                {
                    list.Add(r);
                }
            }
        }
    }

    public static RouteCatalog Default => DefaultInstance.Value;

    public IReadOnlyList<Route> Routes { get; }

    public Route? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Routes of the given kind one of whose names is <paramref name="name"/> in any spelling the normalizer folds together.</summary>
    public IEnumerable<Route> ByName(string name, RouteKind? kind = null) =>
        (_byName.GetValueOrDefault(Key(name)) ?? []).Where(r => kind is null || r.Kind == kind);

    /// <summary>The folded form names are compared in: «حماه» = «حماة», «الإطباق» = «الاطباق».</summary>
    public static string Key(string name) => KeyCache.GetOrAdd(name, Gazetteer.KeyOf);

    // Waypoint and place names repeat across thousands of events: fold each once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> KeyCache = new(StringComparer.Ordinal);

    public static RouteCatalog Load(TsvTable routes, TsvTable waypoints)
    {
        var points = new Dictionary<string, List<(int Seq, Waypoint Point)>>(StringComparer.Ordinal);
        int wId = waypoints.Column("route_id"), wSeq = waypoints.Column("seq"), wName = waypoints.Column("name_ar"),
            wLat = waypoints.Column("lat"), wLon = waypoints.Column("lon"), wSource = waypoints.Column("coord_source");
        foreach (var row in waypoints.Rows)
        {
            if (string.IsNullOrWhiteSpace(row[wSource]))
            {
                throw new InvalidDataException($"{waypoints.Name}:{row.Line}: a waypoint needs its coord_source");
            }
            var point = new Waypoint(row[wName], Number(waypoints, row, wLat), Number(waypoints, row, wLon), row[wSource]);
            if (!points.TryGetValue(row[wId], out var list))
            {
                points[row[wId]] = list = [];
            }
            list.Add((int.Parse(row[wSeq], CultureInfo.InvariantCulture), point));
        }
        int id = routes.Column("id"), kind = routes.Column("kind"), nameEn = routes.Column("name_en"), names = routes.Column("names_ar"),
            country = routes.Column("country"), course = routes.Column("course_source");
        var result = new List<Route>();
        foreach (var row in routes.Rows)
        {
            var k = row[kind] switch
            {
                "road" => RouteKind.Road,
                "crossing" => RouteKind.Crossing,
                "siege" => RouteKind.Siege,
                var other => throw new InvalidDataException($"{routes.Name}:{row.Line}: kind '{other}' is not road, crossing or siege"),
            };
            if (!points.Remove(row[id], out var wps))
            {
                throw new InvalidDataException($"{routes.Name}:{row.Line}: '{row[id]}' has no waypoint in {waypoints.Name}");
            }
            wps.Sort((a, b) => a.Seq.CompareTo(b.Seq));
            if (k == RouteKind.Road ? wps.Count < 2 : wps.Count != 1)
            {
                throw new InvalidDataException($"{routes.Name}:{row.Line}: a {row[kind]} needs {(k == RouteKind.Road ? "two or more waypoints" : "exactly one waypoint")}, '{row[id]}' has {wps.Count}");
            }
            var aliases = row[names].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var display = k == RouteKind.Road && wps.Count >= 2 && aliases.Length == 0
                ? $"{wps[0].Point.Name} – {wps[^1].Point.Name}"
                : aliases.FirstOrDefault() ?? wps[0].Point.Name;
            result.Add(new Route(row[id], k, display, row[nameEn], aliases, row[country], [.. wps.Select(w => w.Point)], row[course], Curated: true, Straight: false));
        }
        if (points.Count > 0)
        {
            throw new InvalidDataException($"{waypoints.Name}: waypoints of unknown routes: {string.Join(", ", points.Keys)}");
        }
        return new RouteCatalog(result);
    }

    private static double Number(TsvTable table, TsvRow row, int column) =>
        double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new InvalidDataException($"{table.Name}:{row.Line}: '{row[column]}' is not a number");
}

/// <summary>Distances to segments on the scale of a country (an equirectangular projection around the segment is well within a kilometre here).</summary>
public static class RouteGeometry
{
    /// <summary>Kilometres from a point to the polyline through <paramref name="points"/> (or to the one point).</summary>
    public static double DistanceKm(IReadOnlyList<Waypoint> points, double lat, double lon)
    {
        if (points.Count == 1)
        {
            return GeoMath.DistanceKm(lat, lon, points[0].Lat, points[0].Lon);
        }
        var best = double.MaxValue;
        for (var i = 1; i < points.Count; i++)
        {
            best = Math.Min(best, SegmentDistanceKm(lat, lon, points[i - 1], points[i]));
        }
        return best;
    }

    public static double SegmentDistanceKm(double lat, double lon, Waypoint a, Waypoint b)
    {
        var k = Math.Cos((a.Lat + b.Lat) / 2 * Math.PI / 180);
        double ax = a.Lon * k, ay = a.Lat, bx = b.Lon * k, by = b.Lat, px = lon * k, py = lat;
        double dx = bx - ax, dy = by - ay;
        var len2 = dx * dx + dy * dy;
        var t = len2 == 0 ? 0 : Math.Clamp(((px - ax) * dx + (py - ay) * dy) / len2, 0, 1);
        var (qLat, qLon) = (ay + t * dy, (ax + t * dx) / k);
        return GeoMath.DistanceKm(lat, lon, qLat, qLon);
    }
}
