using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

public class PlaceStageTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    private static PlaceMention Single(List<PlaceMention> places, string text) =>
        Assert.Single(places, p => p.Text == text);

    [Fact]
    public void Clitic_prefixed_city_is_found_without_its_clitics()
    {
        var places = Places("اشتباكات عنيفة وبحلب قتل فيها عشرة مدنيين.");
        var p = Single(places, "حلب");
        Assert.Equal("SY", p.Country);
        Assert.Equal("point", p.Precision);
    }

    [Fact]
    public void Village_after_a_cue_word_with_a_clitic_is_found()
    {
        var places = Places("وصلت التعزيزات إلى حلب ثم تقدمت لخناصر عبر قرية خناصر الجنوبية.");
        Assert.Contains(places, p => p.Text == "خناصر" && p.GazetteerId == "wof:1210011089");
    }

    [Theory]
    [InlineData("أعزاز")]
    [InlineData("اعزاز")]
    [InlineData("إعزاز")]
    public void Azaz_is_found_in_every_hamza_spelling(string spelling)
    {
        var places = Places($"قصفت الطائرات مدينة {spelling} شمال سوريا.");
        var p = Single(places, spelling);
        Assert.True(GeoMath.DistanceKm(36.586, 37.044, p.Lat!.Value, p.Lon!.Value) < 5);
    }

    [Theory]
    [InlineData("حماة")]
    [InlineData("حماه")]
    public void Hama_is_found_with_ta_marbuta_or_ha(string spelling)
    {
        var places = Places($"وصل الوفد إلى {spelling} أمس.");
        Assert.Equal("SY", Single(places, spelling).Country);
    }

    [Theory]
    [InlineData("سورية")]
    [InlineData("سوريا")]
    public void Syria_is_a_country_in_both_spellings(string spelling)
    {
        var places = Places($"عاد اللاجئون إلى {spelling} هذا العام.");
        var p = Single(places, spelling);
        Assert.Equal(("SY", "country"), (p.Country, p.Precision));
    }

    [Fact]
    public void Ambassador_is_not_the_town_of_Safira()
    {
        var places = Places("قالت السفيرة الأمريكية لدى الأمم المتحدة إن الهدنة صامدة.");
        Assert.DoesNotContain(places, p => p.Text == "السفيرة");
    }

    [Fact]
    public void Safira_after_a_preposition_near_Aleppo_is_the_town()
    {
        var places = Places("تقدمت القوات باتجاه السفيرة في ريف حلب.");
        var p = Single(places, "السفيرة");
        Assert.True(GeoMath.DistanceKm(36.077, 37.373, p.Lat!.Value, p.Lon!.Value) < 5);
    }

    [Fact]
    public void The_door_is_not_the_town_of_al_Bab()
    {
        var places = Places("أغلق الحارس الباب بعد خروج الزوار من حلب.");
        Assert.DoesNotContain(places, p => p.Text == "الباب");
    }

    [Fact]
    public void Al_Bab_after_a_cue_word_is_the_town()
    {
        var places = Places("سيطرت القوات على مدينة الباب شرق حلب.");
        var p = Single(places, "الباب");
        Assert.True(GeoMath.DistanceKm(36.37, 37.518, p.Lat!.Value, p.Lon!.Value) < 5);
    }

    [Fact]
    public void First_names_are_not_places()
    {
        var places = Places("التقى محمد وعلي وحسن بالوفد في دمشق.");
        Assert.Equal(["دمشق"], places.Select(p => p.Text));
    }

    [Fact]
    public void Governorate_cue_selects_the_region()
    {
        var places = Places("دارت معارك في محافظة حلب أمس.");
        var p = Assert.Single(places);
        Assert.EndsWith("حلب", p.Text, StringComparison.Ordinal);
        Assert.Equal("region", p.Precision);
    }

    [Fact]
    public void Bare_Kuweires_in_an_Aleppo_article_is_the_air_base_not_the_Idlib_village()
    {
        var places = Places("حاصر المسلحون مطار حلب الدولي ثم هاجموا كويرس شرق حلب.");
        var p = Single(places, "كويرس");
        Assert.True(GeoMath.DistanceKm(36.187, 37.584, p.Lat!.Value, p.Lon!.Value) < 10);
    }

    [Fact]
    public void Direction_phrase_puts_a_region_beside_the_city()
    {
        var places = Places("سقطت قذائف جنوب حمص صباح اليوم.");
        var p = Single(places, "جنوب حمص");
        Assert.Equal("region", p.Precision);
        var d = GeoMath.DistanceKm(34.732, 36.713, p.Lat!.Value, p.Lon!.Value);
        Assert.InRange(d, 10, 30);
        Assert.True(p.Lat < 34.732);
    }

    [Fact]
    public void Rural_phrase_of_any_city_is_a_region_in_that_direction()
    {
        var places = Places("قصفت الطائرات مواقع في ريف حمص الشمالي.");
        var p = Single(places, "ريف حمص الشمالي");
        Assert.Equal("region", p.Precision);
        Assert.True(p.Lat > 34.8);
    }

    [Fact]
    public void North_of_the_country_resolves_to_the_articles_country()
    {
        var places = Places("شن الجيش العراقي هجوما في الأنبار، كما قصف مواقع شمالي البلاد.");
        var p = Single(places, "شمالي البلاد");
        Assert.Equal(("IQ", "region"), (p.Country, p.Precision));
    }

    [Fact]
    public void Multi_word_district_with_cue_is_a_point()
    {
        var places = Places("انفجرت سيارة مفخخة في مدينة الصدر ببغداد.");
        var p = Single(places, "مدينة الصدر");
        Assert.Equal(("IQ", "point"), (p.Country, p.Precision));
    }

    [Fact]
    public void Invisible_marks_around_a_name_stay_out_of_its_span()
    {
        var places = Places("أمطار غزيرة في \u2068الكويت\u2069 اليوم.");
        var p = Assert.Single(places);
        Assert.Equal("الكويت", p.Text);
    }

    [Fact]
    public void A_name_followed_or_preceded_by_a_very_long_word_is_still_found()
    {
        // Keys longer than the matcher's buffer are built as strings: a name next to one still reads.
        var run = new string('ت', 400);
        var places = Places("قصف على حلب " + run + " ثم على " + run + " حماة أمس.");
        Assert.Contains(places, p => p.Text == "حلب");
        Assert.Contains(places, p => p.Text == "حماة");
    }
}
