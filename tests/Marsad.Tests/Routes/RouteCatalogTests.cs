using Marsad.Lexicons;
using Marsad.Routes;

namespace Marsad.Tests.Routes;

public class RouteCatalogTests
{
    private static readonly RouteCatalog Catalog = RouteCatalog.Default;

    [Fact]
    public void The_catalog_holds_main_roads_of_Syria_Iraq_Yemen_and_Libya()
    {
        var roads = Catalog.Routes.Where(r => r.Kind == RouteKind.Road).ToList();

        foreach (var country in new[] { "SY", "IQ", "YE", "LY" })
        {
            Assert.True(roads.Count(r => r.Country == country) >= 3, $"fewer than three roads in {country}");
        }
        foreach (var id in new[] { "sy-m4", "sy-m5", "sy-khanaser", "sy-castello", "sy-iq-damascus-baghdad", "ye-hodeidah-sanaa" })
        {
            Assert.NotNull(Catalog.ById(id));
        }
    }

    [Fact]
    public void Every_waypoint_says_where_its_coordinate_came_from_and_lies_within_the_region()
    {
        Assert.All(Catalog.Routes.SelectMany(r => r.Waypoints), w =>
        {
            Assert.False(string.IsNullOrWhiteSpace(w.CoordSource));
            Assert.InRange(w.Lat, 10, 40);
            Assert.InRange(w.Lon, 10, 50);
        });
    }

    [Fact]
    public void Crossings_and_besieged_places_are_points_and_roads_are_lines()
    {
        Assert.All(Catalog.Routes, r => Assert.Equal(r.Kind == RouteKind.Road, r.Waypoints.Count >= 2));
        Assert.Contains(Catalog.Routes, r => r.Kind == RouteKind.Crossing && r.Id == "crossing-castello");
        Assert.Contains(Catalog.Routes, r => r.Kind == RouteKind.Siege && r.Id == "siege-madaya");
    }

    [Fact]
    public void Names_match_in_any_spelling_the_normalizer_folds_together()
    {
        Assert.Equal("sy-azaz", Assert.Single(Catalog.ByName("طريق اعزاز")).Id);
        Assert.Equal("sy-khanaser", Assert.Single(Catalog.ByName("طريق اثريا خناصر")).Id);
    }

    [Fact]
    public void A_road_with_one_waypoint_is_an_error_that_names_the_file_and_line()
    {
        var routes = TsvTable.Parse("routes.tsv", new StringReader("# source: t\n# licence: t\nid\tkind\tname_en\tnames_ar\tcountry\tcourse_source\nr1\troad\tR\tطريق\tSY\tx\n"));
        var points = TsvTable.Parse("route_waypoints.tsv", new StringReader("# source: t\n# licence: t\nroute_id\tseq\tname_ar\tlat\tlon\tcoord_source\nr1\t1\tحلب\t36.2\t37.1\tgazetteer\n"));

        var e = Assert.Throws<InvalidDataException>(() => RouteCatalog.Load(routes, points));
        Assert.Contains("routes.tsv:4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_waypoint_without_its_coordinate_source_is_refused()
    {
        var routes = TsvTable.Parse("routes.tsv", new StringReader("# source: t\n# licence: t\nid\tkind\tname_en\tnames_ar\tcountry\tcourse_source\nc1\tcrossing\tC\tمعبر\tSY\tx\n"));
        var points = TsvTable.Parse("route_waypoints.tsv", new StringReader("# source: t\n# licence: t\nroute_id\tseq\tname_ar\tlat\tlon\tcoord_source\nc1\t1\tمعبر\t36.2\t37.1\t \n"));

        Assert.Throws<InvalidDataException>(() => RouteCatalog.Load(routes, points));
    }

    [Fact]
    public void Every_waypoint_taken_from_the_gazetteer_still_lies_on_that_gazetteer_point()
    {
        var gazetteer = Marsad.Geo.Gazetteer.Default;
        var checkedPoints = 0;
        foreach (var w in Catalog.Routes.SelectMany(r => r.Waypoints))
        {
            if (!w.CoordSource.StartsWith("gazetteer point ", StringComparison.Ordinal))
            {
                Assert.StartsWith("approximate", w.CoordSource, StringComparison.Ordinal);
                continue;
            }
            var id = w.CoordSource["gazetteer point ".Length..].Split(' ')[0];
            Assert.True(gazetteer.TryGetById(id, out var row), $"{w.Name}: {id} is not in the gazetteer");
            Assert.InRange(Marsad.Geo.GeoMath.DistanceKm(w.Lat, w.Lon, gazetteer[row].Lat, gazetteer[row].Lon), 0, 0.1);
            checkedPoints++;
        }
        Assert.True(checkedPoints > 150);
    }
}
