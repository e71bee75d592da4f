using Marsad.Geo;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>Which point, namesake and precision a recognized name takes (issue 10, resolution).</summary>
public class PlaceResolutionTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void The_southern_countryside_of_idlib_is_a_region_south_of_the_city_not_the_whole_countryside()
    {
        var p = Assert.Single(Places("قصفت الطائرات قرى في ريف إدلب الجنوبي أمس."), p => p.Text.Contains("إدلب", StringComparison.Ordinal));
        Assert.Equal("ريف إدلب الجنوبي", p.Text);
        Assert.Equal("region", p.Precision);
        Assert.Equal("SY", p.Country);
        // Idlib city lies near 35.93 N; the southern countryside is south of it, the whole countryside is not.
        Assert.True(p.Lat < 35.85, $"not south of Idlib: {p.Lat}");
    }

    [Fact]
    public void The_countryside_of_idlib_without_a_direction_keeps_the_curated_region()
    {
        var p = Assert.Single(Places("قصفت الطائرات قرى في ريف إدلب أمس."), p => p.Text.Contains("إدلب", StringComparison.Ordinal));
        Assert.Equal("ريف إدلب", p.Text);
        Assert.Equal("region", p.Precision);
        Assert.StartsWith("ft:", p.GazetteerId, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sahel_is_a_region_of_no_one_country()
    {
        var p = Assert.Single(Places("تنشط جماعات مسلحة في منطقة الساحل الأفريقي منذ سنوات."), p => p.Text.Contains("الساحل", StringComparison.Ordinal));
        Assert.Equal("region", p.Precision);
        Assert.Null(p.Country);
    }

    [Fact]
    public void A_country_the_text_names_outweighs_a_bigger_namesake_abroad_of_a_small_town()
    {
        var places = Places("حاصرت السيول عشرات السيارات في الجفر، وأعلنت السلطات في الأردن إغلاق الطريق.");
        var p = Assert.Single(places, p => p.Text == "الجفر");
        Assert.Equal("JO", p.Country);
    }

    [Fact]
    public void The_sultanate_of_oman_is_the_country_not_a_namesake_hamlet()
    {
        var p = Assert.Single(Places("وصل وفد الحكومة إلى سلطنة عمان أمس لبحث التهدئة."), p => p.Text.Contains("عمان", StringComparison.Ordinal));
        Assert.Equal("سلطنة عمان", p.Text);
        Assert.Equal("OM", p.Country);
        Assert.Equal("country", p.Precision);
    }

    [Fact]
    public void North_africa_is_a_region_of_the_maghreb_and_egypt_not_a_point_north_of_the_continent_centre()
    {
        var p = Assert.Single(Places("وتنشط خلايا التنظيم في شمال أفريقيا منذ سنوات."), p => p.Text.Contains("أفريقيا", StringComparison.Ordinal));
        Assert.Equal("شمال أفريقيا", p.Text);
        Assert.Equal("region", p.Precision);
        Assert.Null(p.Country);
        // The continent's own point lies near the equator; North Africa lies north of the Sahara's middle.
        Assert.True(p.Lat > 20, $"not in North Africa: {p.Lat}");
    }

    [Fact]
    public void A_small_place_in_a_text_naming_no_country_is_where_most_places_of_its_name_lie()
    {
        // Three Egyptian places and one Yemeni village share the name; nothing else is named.
        var p = Assert.Single(Places("وقع انفجار ضخم في منطقة المنيل فجر اليوم."), p => p.Text == "المنيل");
        Assert.Equal("EG", p.Country);
    }

    [Fact]
    public void A_small_place_the_tagger_is_sure_of_is_found_without_a_cue_word()
    {
        // A village-sized name alone in a hashtag needs the tagger's lift of 2 to reach the threshold.
        var p = Assert.Single(Places("شاهد لحظة الانفجار #المنيل"));
        Assert.Equal("المنيل", p.Text);
        Assert.Equal("EG", p.Country);
    }
}
