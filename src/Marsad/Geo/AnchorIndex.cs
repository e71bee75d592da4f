namespace Marsad.Geo;

/// <summary>
/// The places a document is anchored by, in one-degree cells, so that "how far is the nearest
/// anchor, if within R km" costs the cells around a point instead of every anchor: a long
/// article names thousands of places and each candidate of each name asked every one of them.
/// </summary>
internal sealed class AnchorIndex
{
    private const double KmPerDegree = 111.19;

    private readonly Dictionary<(int, int), List<(double Lat, double Lon)>> _cells = [];

    // A long article asks about the same gazetteer rows again and again.
    private readonly Dictionary<(double, double, double), double> _answers = [];

    public AnchorIndex(IEnumerable<(double Lat, double Lon)> anchors)
    {
        var distinct = new HashSet<(double, double)>();
        foreach (var a in anchors)
        {
            if (!distinct.Add(a))
            {
                continue;
            }
            var key = Cell(a.Lat, a.Lon);
            if (!_cells.TryGetValue(key, out var list))
            {
                list = [];
                _cells[key] = list;
            }
            list.Add(a);
        }
        Count = distinct.Count;
    }

    public static AnchorIndex Empty { get; } = new([]);

    public int Count { get; }

    /// <summary>
    /// Each country the document names (by its name or by a place strong on its own) with the one
    /// name key that names it, or null when two or more names do: whether a country is named by
    /// anything besides the name being resolved. Empty in the first pass.
    /// </summary>
    public IReadOnlyDictionary<string, string?> NamedBy { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>Whether a name other than <paramref name="key"/> names <paramref name="country"/>.</summary>
    public bool NamedBesides(string country, string key) =>
        NamedBy.TryGetValue(country, out var only) && !string.Equals(only, key, StringComparison.Ordinal);

    /// <summary>The distance to the nearest anchor when one lies within <paramref name="maxKm"/>,
    /// else <see cref="double.PositiveInfinity"/>: exact wherever the answer is at most maxKm.</summary>
    public double NearestKm(double lat, double lon, double maxKm)
    {
        if (Count == 0)
        {
            return double.PositiveInfinity;
        }
        if (!_answers.TryGetValue((lat, lon, maxKm), out var answer))
        {
            answer = Nearest(lat, lon, maxKm);
            _answers[(lat, lon, maxKm)] = answer;
        }
        return answer;
    }

    /// <summary>Beneath this an anchor at a point is the point's own mention (a name with one row anchors itself).</summary>
    private const double SelfKm = 0.05;

    /// <summary>Whether an anchor other than one at the point itself lies within <paramref name="maxKm"/> of it.</summary>
    public bool OthersWithin(double lat, double lon, double maxKm) => Count > 0 && Nearest(lat, lon, maxKm, SelfKm) <= maxKm;

    private double Nearest(double lat, double lon, double maxKm, double minKm = -1)
    {
        var best = double.PositiveInfinity;
        var (row, col) = Cell(lat, lon);
        var dLat = (int)Math.Ceiling(maxKm / KmPerDegree) + 1;
        // A degree of longitude shrinks toward the poles; at the edge of the band it is narrowest.
        var edge = Math.Min(89.9, Math.Abs(lat) + dLat);
        var dLon = (int)Math.Min(180, Math.Ceiling(maxKm / (KmPerDegree * Math.Cos(edge * Math.PI / 180))) + 1);
        var (from, to) = dLon >= 180 ? (-180, 179) : (col - dLon, col + dLon);
        for (var r = row - dLat; r <= row + dLat; r++)
        {
            for (var c = from; c <= to; c++)
            {
                // Longitude wraps at the antimeridian.
                var wrapped = ((c + 180) % 360 + 360) % 360 - 180;
                if (!_cells.TryGetValue((r, wrapped), out var list))
                {
                    continue;
                }
                foreach (var a in list)
                {
                    var d = GeoMath.DistanceKm(a.Lat, a.Lon, lat, lon);
                    if (d < best && d > minKm)
                    {
                        best = d;
                    }
                }
            }
        }
        return best <= maxKm ? best : double.PositiveInfinity;
    }

    private static (int Row, int Col) Cell(double lat, double lon)
    {
        var col = (int)Math.Floor(lon);
        col = ((col + 180) % 360 + 360) % 360 - 180;
        return ((int)Math.Floor(lat), col);
    }
}
