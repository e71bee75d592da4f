using Marsad.Evaluation;
using Marsad.Geo;
using Marsad.Output;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Geo;

/// <summary>
/// Borders and camps (issue 10): «الحدود السورية التركية» is a place of its own on the border line,
/// not the country its nisba names; «الحدود السورية» alone is the border of Syria nearest the
/// article's other places; the camps news names by their own names are on the map.
/// </summary>
public class PlaceBorderTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    private static void Near(PlaceMention place, double lat, double lon, double km) =>
        Assert.True(GreatCircle.DistanceKm(lat, lon, place.Lat!.Value, place.Lon!.Value) < km, $"{place.Name} at {place.Lat}, {place.Lon}");

    [Theory]
    [InlineData("نشر الحلف صواريخ باتريوت على الحدود التركية السورية بطلب من أنقرة.", "الحدود التركية السورية")]
    [InlineData("سلمت الجبهة نقاطها على الحدود السورية – التركية لكتائب أخرى.", "الحدود السورية – التركية")]
    [InlineData("تعمل البطاريات على الحدود التركية - السورية منذ أشهر.", "الحدود التركية - السورية")]
    public void A_border_named_by_both_its_countries_is_a_region_on_the_border_line(string sentence, string text)
    {
        // Before, only «السورية» was found, as Syria's centroid some 200 km from the border.
        var place = Assert.Single(Places(sentence), p => p.Text == text);
        Assert.Equal("region", place.Precision);
        Near(place, 36.75, 37.5, 100);
    }

    [Fact]
    public void The_syrian_border_in_an_iraqi_report_is_the_border_with_iraq()
    {
        var places = Places("سيطر التنظيم على مدينة الرمادي في الأنبار بعد عبور مقاتليه الحدود السورية.");
        Near(Assert.Single(places, p => p.Text == "الحدود السورية"), 34.5, 41.0, 150);
    }

    [Fact]
    public void The_lebanese_border_near_damascus_is_the_stretch_west_of_damascus()
    {
        // The Lebanese–Syrian border has two stretches news name alike: the one nearest the
        // article's places is meant (the Masnaa road here, Wadi Khaled in a report from Tripoli).
        var west = Places("أغارت طائرات على قافلة قرب الحدود اللبنانية السورية بعد خروجها من دمشق.");
        Near(Assert.Single(west, p => p.Text == "الحدود اللبنانية السورية"), 33.7, 36.05, 40);
        var north = Places("اندلعت معارك في وادي خالد في عكار عند الحدود اللبنانية السورية قرب مدينة القصير.");
        Near(Assert.Single(north, p => p.Text == "الحدود اللبنانية السورية"), 34.6, 36.25, 40);
    }

    [Fact]
    public void A_dash_does_not_join_a_city_to_the_agency_after_it()
    {
        var places = Places("دمشق - أ ش أ: سقطت قذائف على حي جوبر.");
        Assert.Contains(places, p => p.Text == "دمشق");
    }

    [Theory]
    [InlineData("نقل اللاجئون الإيرانيون إلى قاعدة أمريكية سابقة تعرف باسم كامب ليبرتي.", "كامب ليبرتي", 33.29, 44.25)]
    [InlineData("سقطت صواريخ على مخيم ليبرتي قرب مطار بغداد.", "مخيم ليبرتي", 33.29, 44.25)]
    [InlineData("اقتحمت القوات معسكر أشرف في محافظة ديالى.", "معسكر أشرف", 33.9, 44.7)]
    [InlineData("اندلعت اشتباكات في مخيم نهر البارد شمال طرابلس.", "مخيم نهر البارد", 34.5, 35.95)]
    public void A_camp_named_by_its_own_name_is_on_the_map(string sentence, string text, double lat, double lon)
    {
        // «أشرف» is a first name (stoplisted) and «ليبرتي» no gazetteer name: neither was found.
        Near(Assert.Single(Places(sentence), p => p.Text == text), lat, lon, 15);
    }

    [Fact]
    public void An_event_on_a_border_stays_there_when_the_article_names_one_side()
    {
        // A border has no country of its own; the country guard moved such an event to the article's country.
        var result = Extract("قتل مسلحون شرطيين تركيين قرب الحدود السورية التركية، وقالت تركيا إنها سترد.");
        var e = Assert.Single(result.Events, x => x.Type == "ASSAULT");
        Assert.Equal("ft:border-sy-tr", e.Location!.GazetteerId);
    }

    [Theory]
    [InlineData("ft:border-sy-lb-north", "SY", "LB")]
    [InlineData("ft:border-iq-ir", "IQ", "IR")]
    public void A_border_id_names_its_two_countries(string id, string a, string b)
    {
        Assert.Equal((a, b), CountryGuard.BorderCountries(id));
        Assert.Null(CountryGuard.BorderCountries("ft:qalamoun"));
    }
}
