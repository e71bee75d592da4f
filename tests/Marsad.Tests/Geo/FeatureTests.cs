using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

/// <summary>Curated features are found in short sentences and keep their precision.</summary>
public class FeatureTests
{
    private static List<Marsad.Output.PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("أغلق معبر باب الهوى أمس.", "معبر باب الهوى", "ft:crossing-bab-al-hawa", "point")]
    [InlineData("قصفت الطائرات مطار التيفور ليلا.", "مطار التيفور", "ft:airbase-tiyas", "point")]
    [InlineData("انفجرت عبوة في الكرادة وسط بغداد.", "الكرادة", "ft:baghdad-karrada", "point")]
    [InlineData("قطع المسلحون طريق حماة حلب مجددا.", "طريق حماة حلب", "ft:road-hama-aleppo", "region")]
    [InlineData("تقدمت القوات في الغوطة الشرقية.", "الغوطة الشرقية", "ft:ghouta-east", "region")]
    [InlineData("اشتباكات في الريف الشمالي لحلب.", "الريف الشمالي لحلب", "ft:rural-aleppo-north", "region")]
    public void Curated_feature_is_found_with_its_precision(string sentence, string text, string id, string precision)
    {
        var p = Assert.Single(Places(sentence), p => p.Text == text);
        Assert.Equal((id, precision), (p.GazetteerId, p.Precision));
    }

    [Fact]
    public void Towns_named_in_a_road_are_places_too()
    {
        var places = Places("قطع المسلحون طريق حماة حلب مجددا.");
        Assert.Contains(places, p => p.Text == "حماة" && p.Precision == "point");
        Assert.Contains(places, p => p.Text == "حلب" && p.Precision == "point");
    }

    [Fact]
    public void Sadr_city_district_is_not_read_as_a_city_cue()
    {
        var places = Places("قتل ثلاثة في مدينة الصدر.");
        Assert.Equal("ft:baghdad-sadr-city", Assert.Single(places).GazetteerId);
    }
}
