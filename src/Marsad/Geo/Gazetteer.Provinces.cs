namespace Marsad.Geo;

/// <summary>
/// The province (admin1) of a point the sources leave without one. About one Syrian or Iraqi row in eight has no
/// admin1 (حران العواميد, دير العصافير, جباتا الخشب, سبع البور), so a test "inside the governorate" could never hold
/// for them; the towns around such a point say which governorate it lies in.
/// </summary>
public sealed partial class Gazetteer
{
    /// <summary>How far the towns that vote on a point's province may lie from it.</summary>
    private const double ProvinceVoteKm = 15;

    /// <summary>How many of the nearest towns vote.</summary>
    private const int ProvinceVoters = 5;

    private const double ProvinceCellDegrees = 0.25;

    private Dictionary<(int, int), List<int>>? _provinceCells;

    private readonly object _provinceLock = new();

    /// <summary>
    /// The admin1 most of the nearest towns of <paramref name="country"/> within <see cref="ProvinceVoteKm"/> carry (up to
    /// <see cref="ProvinceVoters"/> of them, at least two, more than half agreeing), or null: near a border the towns
    /// disagree and no province is claimed.
    /// </summary>
    public string? ProvinceNear(string country, double lat, double lon)
    {
        var cells = ProvinceCells();
        var (row0, col0) = ProvinceCell(lat, lon);
        var near = new List<(double Km, string Admin1)>();
        for (var dr = -1; dr <= 1; dr++)
        {
            for (var dc = -1; dc <= 1; dc++)
            {
                if (!cells.TryGetValue((row0 + dr, col0 + dc), out var rows))
                {
                    continue;
                }
                foreach (var r in rows)
                {
                    if (!string.Equals(CountryOf(r), country, StringComparison.Ordinal))
                    {
                        continue;
                    }
                    var km = GeoMath.DistanceKm(lat, lon, _lat[r], _lon[r]);
                    if (km <= ProvinceVoteKm)
                    {
                        near.Add((km, _pool[_admin1[r]]));
                    }
                }
            }
        }
        if (near.Count < 2)
        {
            return null;
        }
        near.Sort((a, b) => a.Km.CompareTo(b.Km));
        var voters = near.Count < ProvinceVoters ? near.Count : ProvinceVoters;
        // At most five voters: a count per voter's province beats grouping. Two provinces tied at the top cannot
        // both hold a majority, so which of them is counted first does not matter.
        for (var v = 0; v < voters; v++)
        {
            var votes = 0;
            for (var w = 0; w < voters; w++)
            {
                if (string.Equals(near[w].Admin1, near[v].Admin1, StringComparison.Ordinal))
                {
                    votes++;
                }
            }
            if (votes * 2 > voters)
            {
                return near[v].Admin1;
            }
        }
        return null;
    }

    /// <summary>The towns (locality rows) that carry an admin1, by cells of a quarter degree; made on first use.</summary>
    private Dictionary<(int, int), List<int>> ProvinceCells()
    {
        lock (_provinceLock)
        {
            if (_provinceCells is { } made)
            {
                return made;
            }
            var cells = new Dictionary<(int, int), List<int>>();
            for (var r = 0; r < _ids.Length; r++)
            {
                if (!IsTownType(_typeNames[_types[r]]) || _pool[_admin1[r]].Length == 0)
                {
                    continue;
                }
                var key = ProvinceCell(_lat[r], _lon[r]);
                if (!cells.TryGetValue(key, out var list))
                {
                    list = [];
                    cells[key] = list;
                }
                list.Add(r);
            }
            _provinceCells = cells;
            return cells;
        }
    }

    private static (int, int) ProvinceCell(double lat, double lon) =>
        ((int)Math.Floor(lat / ProvinceCellDegrees), (int)Math.Floor(lon / ProvinceCellDegrees));
}
