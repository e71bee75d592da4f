using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «تعرضت مدينة X لقصف»: the place that undergoes a deed is where it happened, not the place the
/// fire came from nor the next town of the sentence; a compass region after a governorate only
/// frames it (s13-placechoice, issue 10).
/// </summary>
public class PlaceSuffererTests
{
    [Fact]
    public void A_town_that_underwent_shelling_from_an_airbase_in_the_city_is_the_place_not_the_city()
    {
        var e = Single("مدينة الباب بريف حلب تعرضت الليلة الماضية إلى قصف مدفعي من مطار كويرس العسكري بحلب.", "REMOTE");
        AssertPlace(e, "الباب", "SY");
    }

    [Fact]
    public void A_town_named_after_the_verb_of_undergoing_is_the_place_not_the_next_town_of_the_sentence()
    {
        var events = Of("وتعرضت بلدة الباب بريف حلب لغارات جوية عنيفة، فضلا عن مدينة تلبيسة بريف حمص التي قصفتها القوات.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Location?.Name == "الباب");
    }

    [Fact]
    public void Shelling_told_without_a_verb_of_undergoing_keeps_the_place_after_it()
    {
        var e = Single("استمر قصف مدفعي على مدينة الباب بريف حلب.", "REMOTE");
        AssertPlace(e, "الباب", "SY");
    }

    [Fact]
    public void A_governorate_framed_by_a_compass_region_of_the_country_is_the_place_of_the_fighting_told_after_them()
    {
        // The attack's type is the type model's; where it is placed is what this test pins.
        var e = Assert.Single(Of("تستمر المعارك في محيط المطارات في محافظة حلب في شمال البلاد حيث يقوم مقاتلو المعارضة بهجوم واسع."));
        Assert.Equal(("SY", "region"), (e.Location!.Country, e.Location.Precision));
        Assert.Contains("حلب", e.Location.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_district_framed_by_the_capital_written_with_its_preposition_is_the_place_not_the_country_adjective()
    {
        // «بالعاصمة السورية»: the frame's preposition is a clitic; the nisba «السورية» was taken as Syria.
        var e = Single("قال ناشطون إن حي جوبر بالعاصمة السورية شهد اشتباكات عنيفة بين الجيش الحر والقوات النظامية.", "ASSAULT");
        AssertPlace(e, "حي جوبر", "SY");
    }
}
