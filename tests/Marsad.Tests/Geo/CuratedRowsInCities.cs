using System.Globalization;
using Marsad.Evaluation;

namespace Marsad.Tests.Geo;

/// <summary>
/// The geometry check the curated quarter and landmark rows share: every row of
/// data/geo/features.tsv whose id starts with a city's prefix lies within that city's radius,
/// since a row that strays further was written with a wrong coordinate.
/// </summary>
internal static class CuratedRowsInCities
{
    /// <summary>Asserts every prefixed row lies inside its city; returns how many rows were checked.</summary>
    public static int Check(IReadOnlyDictionary<string, (double Lat, double Lon, double Km)> cities)
    {
        var table = Marsad.Lexicons.TsvTable.LoadEmbedded("features");
        var checkedRows = 0;
        foreach (var r in table.Rows)
        {
            var id = r[table.Column("id")];
            foreach (var (prefix, city) in cities)
            {
                if (!id.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }
                var lat = double.Parse(r[table.Column("lat")], CultureInfo.InvariantCulture);
                var lon = double.Parse(r[table.Column("lon")], CultureInfo.InvariantCulture);
                var km = GreatCircle.DistanceKm(city.Lat, city.Lon, lat, lon);
                Assert.True(km <= city.Km, $"{id} lies {km:0.0} km from its city");
                checkedRows++;
            }
        }
        return checkedRows;
    }
}
