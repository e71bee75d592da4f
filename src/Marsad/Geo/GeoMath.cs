namespace Marsad.Geo;

/// <summary>Great-circle distance and offsets on a spherical Earth (good to well under a kilometre at these scales).</summary>
public static class GeoMath
{
    private const double EarthKm = 6371.0088;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = lat1 * Math.PI / 180;
        var p2 = lat2 * Math.PI / 180;
        var dp = p2 - p1;
        var dl = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * EarthKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The point <paramref name="km"/> away from (lat, lon) on the given compass bearing (degrees).</summary>
    public static (double Lat, double Lon) Offset(double lat, double lon, double bearingDeg, double km)
    {
        var b = bearingDeg * Math.PI / 180;
        var dLat = km * Math.Cos(b) / 111.195;
        var dLon = km * Math.Sin(b) / (111.195 * Math.Cos(lat * Math.PI / 180));
        return (Math.Round(lat + dLat, 4), Math.Round(lon + dLon, 4));
    }

    /// <summary>The initial compass bearing (degrees, 0 = north) from the first point to the second.</summary>
    public static double Bearing(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = lat1 * Math.PI / 180;
        var p2 = lat2 * Math.PI / 180;
        var dl = (lon2 - lon1) * Math.PI / 180;
        var y = Math.Sin(dl) * Math.Cos(p2);
        var x = Math.Cos(p1) * Math.Sin(p2) - Math.Sin(p1) * Math.Cos(p2) * Math.Cos(dl);
        return (Math.Atan2(y, x) * 180 / Math.PI + 360) % 360;
    }
}
