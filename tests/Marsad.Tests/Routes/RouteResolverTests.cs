using Marsad.Routes;
using static Marsad.Tests.Routes.RouteDevSet;

namespace Marsad.Tests.Routes;

public class RouteResolverTests
{
    private static RouteTarget? Resolve(RouteEvent e) => NewResolver().Resolve(e, out _);

    private static string Unresolved(RouteEvent e)
    {
        Assert.Null(NewResolver().Resolve(e, out var why));
        return why!;
    }

    [Fact]
    public void The_road_between_Hama_and_Aleppo_cut_at_Khanaser_is_the_desert_road_through_Khanaser()
    {
        var t = Resolve(Ev("seed", "2016-02-24", "BLOCKADE", "ISIL", "خناصر", ends: ["حماة", "حلب"]));

        Assert.Equal("sy-khanaser", t!.Route.Id);
        Assert.Equal("road through both ends", t.How);
    }

    [Fact]
    public void The_road_between_Hama_and_Aleppo_cut_at_Maarat_al_Numan_is_the_M5()
    {
        Assert.Equal("sy-m5", Resolve(Ev("a", "2013-02-01", "BLOCKADE", "SYR-REBELS", "معرة النعمان", ends: ["حلب", "حماة"]))!.Route.Id);
    }

    [Fact]
    public void The_international_Aleppo_Damascus_road_resolves_by_its_name_whichever_end_comes_first()
    {
        Assert.Equal("sy-m5", Resolve(Ev("a", "2013-02-01", "BLOCKADE", "SYR-REBELS", "حمص", ends: ["حلب", "دمشق"]))!.Route.Id);
        Assert.Equal("sy-m5", Resolve(Ev("a", "2013-02-01", "BLOCKADE", "SYR-REBELS", "حمص", ends: ["دمشق", "حلب"]))!.Route.Id);
    }

    [Fact]
    public void A_road_the_gazetteer_names_as_one_feature_resolves_to_its_curated_road()
    {
        Assert.Equal("sy-azaz", Resolve(Ev("seed", "2016-02", "BLOCKADE", "SYR-MIL", "طريق أعزاز", ends: ["أعزاز"]))!.Route.Id);
    }

    [Fact]
    public void A_road_no_curated_row_joins_becomes_the_straight_segment_between_its_ends_marked_as_such()
    {
        var t = Resolve(Ev("a", "2013-02-01", "BLOCKADE", "ISIL", "حمص", ends: ["حمص", "الرقة"]));

        Assert.True(t!.Route.Straight);
        Assert.False(t.Route.Curated);
        Assert.Equal(2, t.Route.Waypoints.Count);
        Assert.Contains(t.Route.Waypoints, w => w.Name == "حمص");
        Assert.Contains(t.Route.Waypoints, w => w.Name == "الرقة");
        Assert.All(t.Route.Waypoints, w => Assert.StartsWith("gazetteer point", w.CoordSource, StringComparison.Ordinal));
        Assert.Equal("straight segment between the ends", t.How);
    }

    [Fact]
    public void The_same_segment_named_in_either_order_is_one_road()
    {
        var resolver = NewResolver();
        var a = resolver.Resolve(Ev("a", "2013-02-01", "BLOCKADE", "ISIL", "حمص", ends: ["حمص", "الرقة"]), out _)!;
        var b = resolver.Resolve(Ev("b", "2013-02-02", "REOPEN", "SYR-MIL", "حمص", ends: ["الرقة", "حمص"]), out _)!;

        Assert.Same(a.Route, b.Route);
    }

    [Fact]
    public void Ends_thousands_of_kilometres_apart_are_no_road()
    {
        Assert.Contains("too far for one road segment", Unresolved(Ev("a", "2013-02-13", "BLOCKADE", "SYR-REBELS", "حلب", ends: ["نيويورك", "حلب"])), StringComparison.Ordinal);
    }

    [Fact]
    public void A_road_cut_placed_far_from_the_road_it_names_is_left_unresolved()
    {
        Assert.Contains("391 km from sy-m5", Unresolved(Ev("a", "2013-01-28", "BLOCKADE", "SYR-MIL", "بور سعيد", ends: ["دمشق", "درعا"])), StringComparison.Ordinal);
    }

    [Fact]
    public void A_crossing_named_as_the_place_of_a_closure_is_that_crossing()
    {
        var t = Resolve(Ev("a", "2013-03-25", "BLOCKADE", "SYR-REBELS", "معبر باب الهوى", evidence: "أغلق المعبر"));

        Assert.Equal("crossing-bab-al-hawa", t!.Route.Id);
        Assert.Equal(RouteKind.Crossing, t.Route.Kind);
    }

    [Fact]
    public void A_siege_of_a_curated_place_is_that_place()
    {
        Assert.Equal("siege-madaya", Resolve(Ev("a", "2015-07-21", "BLOCKADE", "LBN-HEZ", "مضايا", evidence: "يفرض حزب الله حصاراً على مضايا"))!.Route.Id);
    }

    [Fact]
    public void A_siege_of_another_place_with_a_named_besieger_is_a_besieged_place_of_its_own()
    {
        var t = Resolve(Ev("a", "2015-07-21", "BLOCKADE", "SYR-REBELS", "حماة", evidence: "تحاصر الفصائل المدينة"));

        Assert.Equal(RouteKind.Siege, t!.Route.Kind);
        Assert.False(t.Route.Curated);
        Assert.Equal("place:حماه", t.Route.Id);
    }

    [Fact]
    public void A_siege_with_no_besieger_named_of_a_place_no_row_names_is_left_unresolved()
    {
        Assert.Contains("no besieger named", Unresolved(Ev("a", "2013-02-20", "BLOCKADE", null, "حماة", evidence: "حاصر المتظاهرون مبنى المحافظة")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_road_cut_with_no_road_named_and_no_siege_words_is_left_unresolved_with_the_reason()
    {
        Assert.Equal("a road cut or reopened with no road named", Unresolved(Ev("a", "2013-03-16", "BLOCKADE", null, "حماة", evidence: "قطع الطريق")));
    }

    [Fact]
    public void Opening_the_Rafah_crossing_is_the_crossing_not_a_road_to_Rafah()
    {
        var t = Resolve(Ev("a", "2013-02-26", "REOPEN", null, "رفح", ends: ["رفح", "غزة"], evidence: "فتح معبر رفح"));

        Assert.Equal("crossing-rafah", t!.Route.Id);
    }
}
