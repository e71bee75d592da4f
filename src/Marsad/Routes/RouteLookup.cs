using System.Globalization;
using Marsad.Geo;

namespace Marsad.Routes;

/// <summary>What a user types to name a route or a place, to what the layer holds.</summary>
public static class RouteLookup
{
    private static readonly HashSet<string> LayerCountries = ["SY", "IQ", "YE", "LY", "PS", "LB"];

    /// <summary>
    /// A route by id («sy-khanaser»), by one of its names in any spelling («طريق خناصر»), or by its
    /// two ends («حماة-حلب», «حماة حلب»: the histories of every road through both ends).
    /// </summary>
    public static List<Route> Find(RouteLayer layer, string name)
    {
        var all = layer.Catalog.Concat(layer.Histories.Select(h => h.Route)).DistinctBy(r => r.Id).ToList();
        var byId = all.Where(r => string.Equals(r.Id, name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (byId.Count > 0)
        {
            return byId;
        }
        var key = RouteCatalog.Key(name);
        var named = all.Where(r => r.Names.Append(r.Name).Any(n => string.Equals(RouteCatalog.Key(n), key, StringComparison.Ordinal))).ToList();
        if (named.Count > 0)
        {
            return named;
        }
        var words = key.Split([' ', '-', '–', '—', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !string.Equals(w, "طريق", StringComparison.Ordinal) && !string.Equals(w, "الطريق", StringComparison.Ordinal) && !string.Equals(w, "بين", StringComparison.Ordinal))
            .Select(w => w.StartsWith('و') && w.Length > 3 ? w[1..] : w).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        return [.. all.Where(r => r.Kind == RouteKind.Road
            && words.All(w => r.Waypoints.Any(p => RouteCatalog.Key(p.Name).Split(' ').Contains(w, StringComparer.Ordinal))))];
    }

    /// <summary>
    /// A place as «LAT,LON» or a name: the gazetteer's most populous place of that name in the
    /// layer's countries, else anywhere, else a curated crossing or besieged place of that name.
    /// </summary>
    public static (double Lat, double Lon, string Label)? Place(string text, RouteCatalog catalog, Gazetteer gazetteer)
    {
        var parts = text.Split(',');
        if (parts.Length == 2
            && double.TryParse(parts[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
        {
            return lat is >= -90 and <= 90 && lon is >= -180 and <= 180 ? (lat, lon, text.Trim()) : null;
        }
        var rows = gazetteer.Find(text).Select(i => gazetteer[i]).ToList();
        if (rows.Count == 0)
        {
            return catalog.ByName(text).FirstOrDefault(r => r.IsPoint) is { } point
                ? (point.Waypoints[0].Lat, point.Waypoints[0].Lon, $"{text} ({point.Id})")
                : null;
        }
        var best = rows.OrderByDescending(r => LayerCountries.Contains(r.Country)).ThenByDescending(r => r.Population).ThenBy(r => r.Row).First();
        return (best.Lat, best.Lon, $"{text} ({best.Id}, {best.Country})");
    }
}
