using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

/// <summary>
/// Place recall and precision (issue 10, s12-placerecall): an armed unit named after a place is
/// not that place, «مفرق X» is the junction at X, not the Jordanian town of Mafraq, and a preposition behind «و»
/// («وفي موسكو») is still a preposition.
/// </summary>
public class PlaceUnitListTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    // Sites depend on the tagger reading the words after the head as a name; the sentences are
    // ones it reads so (PlaceSiteTests' bridge), since these tests pin where a site is placed.
    private static List<PlaceMention> Sites(string body)
    {
        var article = ArticleReader.Default.ReadString(body, "test");
        var context = new ExtractionContext(article, AnalyzedText.Analyze(article.Body));
        new PlaceStage().Run(context);
        return [.. context.Sites.Select(p => p.Mention)];
    }

    [Fact]
    public void A_battalion_named_after_a_city_is_not_the_city()
    {
        var places = Places("أعلنت كتيبة الرقة مسؤوليتها عن تفجير حاجز للجيش في بلدة نوى بريف درعا.");
        Assert.DoesNotContain(places, p => p.Text.Contains("الرقة", StringComparison.Ordinal));
        Assert.Contains(places, p => p.Text.Contains("نوى", StringComparison.Ordinal));
    }

    [Fact]
    public void A_brigade_named_after_a_city_behind_and_is_not_the_city()
    {
        var places = Places("سيطر مقاتلون من جبهة النصرة ولواء حمص على مقر عسكري قرب بلدة نوى في محافظة درعا.");
        Assert.DoesNotContain(places, p => p.Text.Contains("حمص", StringComparison.Ordinal));
    }

    [Fact]
    public void The_city_itself_after_in_is_still_a_place()
    {
        var places = Places("قصفت الطائرات مقرا لكتيبة معارضة في مدينة الرقة.");
        Assert.Contains(places, p => p.Text.Contains("الرقة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_junction_named_after_a_village_is_not_the_jordanian_town_of_mafraq()
    {
        var places = Places("أصيب ثلاثة جنود في انفجار عبوة ناسفة عند مفرق تل رفعت قرب مدينة اعزاز في ريف حلب.");
        Assert.DoesNotContain(places, p => p.Country == "JO");
    }

    [Fact]
    public void Mafraq_with_its_article_is_still_the_jordanian_town()
    {
        var places = Places("وصل مئات اللاجئين السوريين إلى مدينة المفرق الأردنية أمس.");
        Assert.Contains(places, p => p.Text.Contains("المفرق", StringComparison.Ordinal) && p.Country == "JO");
    }

    [Fact]
    public void An_embassy_is_located_where_it_stands_not_in_the_country_it_represents()
    {
        var sites = Sites("سقطت قذيفة هاون قرب سفارة الصين في دمشق صباح اليوم.");
        var embassy = Assert.Single(sites, p => p.Text.StartsWith("سفارة", StringComparison.Ordinal));
        Assert.Equal("SY", embassy.Country);
    }

    [Fact]
    public void A_bridge_beside_a_world_region_is_located_by_a_town_not_by_the_region()
    {
        var sites = Sites("سقطت قذيفة هاون على جسر الرئيس وسط العاصمة في أعنف قصف تشهده منطقة الشرق الأوسط هذا الأسبوع. وقال سكان في دمشق إن القصف توقف.");
        var bridge = Assert.Single(sites, p => p.Text.StartsWith("جسر", StringComparison.Ordinal));
        Assert.Equal("SY", bridge.Country);
    }

    [Fact]
    public void A_capital_after_and_in_is_the_city_not_its_government()
    {
        var places = Places("قصفت قوات النظام مدينة حلب ومدينة حمص أمس، وفي موسكو التقى وزير الخارجية الروسي نظيره السوري.");
        var moscow = Assert.Single(places, p => p.Text == "موسكو");
        Assert.Equal("RU", moscow.Country);
    }

    [Fact]
    public void A_capital_as_the_subject_of_saying_is_still_no_place()
    {
        var places = Places("قصفت قوات النظام مدينة حلب ومدينة حمص أمس، وقالت موسكو إن الحل سياسي.");
        Assert.DoesNotContain(places, p => p.Text == "موسكو");
    }
}
