using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s30-namesake): a place the writer labels a local area or village («منطقة X», «بلدة X»)
/// lies where the article is, not in a country no other name of the article names, however much
/// bigger that namesake is, and is no place at all when it lies far from everything the article
/// names; a bare name of a big city keeps it.
/// </summary>
public class NamesakeInUnnamedCountryTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void An_area_south_of_baghdad_in_a_baghdad_roundup_is_the_iraqi_iskandariya_not_egypts_city()
    {
        var places = Places("قتل عشرة أشخاص في انفجارات استهدفت أحياء في بغداد صباح اليوم. وسقطت قذيفة في منطقة التاجي شمال بغداد. "
            + "وفجر انتحاري نفسه قرب سوق في منطقة الإسكندرية جنوب العاصمة العراقية ما أدى إلى مقتل ثلاثة أشخاص.");
        var iskandariya = Assert.Single(places, p => p.Text.EndsWith("الإسكندرية", StringComparison.Ordinal));
        Assert.Equal("IQ", iskandariya.Country);
        Assert.True(GreatCircle.DistanceKm(32.89, 44.35, iskandariya.Lat!.Value, iskandariya.Lon!.Value) < 15, $"{iskandariya.Name} at {iskandariya.Lat}, {iskandariya.Lon}");
    }

    [Fact]
    public void A_bare_cairo_of_a_conference_in_a_syrian_article_stays_cairo()
    {
        var places = Places("التقى وفد من المعارضة السورية في دمشق مع ممثلين عن مؤتمر القاهرة لبحث الأوضاع في حماة وريفها.");
        var cairo = Assert.Single(places, p => p.Text == "القاهرة");
        Assert.Equal("EG", cairo.Country);
    }

    [Fact]
    public void An_area_of_egypt_stays_in_egypt_when_the_article_names_egypt()
    {
        var places = Places("تظاهر المئات في بغداد أمس. وفي مصر خرجت مسيرات في منطقة الإسكندرية ضد الحكومة.");
        var alexandria = Assert.Single(places, p => p.Text.EndsWith("الإسكندرية", StringComparison.Ordinal));
        Assert.Equal("EG", alexandria.Country);
    }

    [Fact]
    public void A_town_of_a_turkish_report_is_not_read_as_algiers_which_no_other_name_of_the_article_names()
    {
        var places = Places("قالت مصادر أمنية إن مسلحين قتلوا جنديين في ولاية شرناق جنوب شرقي تركيا أمس. "
            + "وأطلق المسلحون صاروخا على سيارة مصفحة في بلدة الجزيرة فقتلوا ضابطا.");
        Assert.DoesNotContain(places, p => p.Country == "DZ");
        Assert.Contains(places, p => p.Country == "TR");
    }
}
