using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s37-site): the site or town the article names, in the right namesake. The al-Kibar
/// site, Nahleh by Baalbek, Jdeidet al-Fadl, Sheikh Najjar and the Husseiniya south-east of
/// Damascus are curated rows of data/geo/features.tsv; «كفرية» is a spelling of Idlib's Kafraya
/// (data/geo/place_variants.tsv); a definite building noun the article named before with the bare
/// noun points back to that building and is no town (data/geo/place_building_nouns.tsv).
/// </summary>
public class SiteAndNamesakeRowTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("سيطر مقاتلو المعارضة على مركز البحوث في الكبر بدير الزور أمس.", "ft:site-kibar")]
    [InlineData("انسحبت قوات النظام من موقع الكبر في محافظة دير الزور.", "ft:site-kibar")]
    [InlineData("انفجرت سيارة مفخخة في شارع رئيسي بمنطقة جديدة الفضل بريف دمشق.", "ft:town-jdeidet-fadl")]
    [InlineData("تدور معارك بين الطرفين في حندرات ومنطقة الشيخ نجار شمال حلب.", "ft:area-sheikh-najjar")]
    public void A_site_or_town_the_sources_lack_is_its_curated_row(string sentence, string id)
    {
        Assert.Contains(Places(sentence), p => p.GazetteerId == id && p.Precision == "point");
    }

    [Fact]
    public void Nahla_told_with_arsal_is_the_village_by_baalbek()
    {
        var nahla = Assert.Single(Places("دخل مقاتلو الحزب إلى الأراضي الزراعية بين بلدتي عرسال ونحلة أمس."), p => p.Text == "نحلة");
        Assert.Equal("ft:town-nahla-baalbek", nahla.GazetteerId);
    }

    [Fact]
    public void Kafriya_spelt_with_ta_marbuta_beside_al_fuah_is_idlibs_kafraya()
    {
        var kafraya = Assert.Single(Places("قصف مقاتلو المعارضة بلدتي الفوعة وكفرية في ريف إدلب."), p => p.Text == "كفرية");
        Assert.Equal("إدلب", kafraya.Admin1);
    }

    [Fact]
    public void Kafriya_of_latakia_stays_in_latakia()
    {
        var kafriya = Assert.Single(Places("قصف الطيران قرية كفرية في ريف اللاذقية."), p => p.Name == "كفرية");
        Assert.Equal("اللاذقية", kafriya.Admin1);
    }

    [Fact]
    public void The_husseiniya_camp_told_with_yarmouk_lies_by_damascus()
    {
        var camp = Assert.Single(Places("قصفت القوات مخيمي اليرموك والحسينية للاجئين الفلسطينيين بدمشق."), p => p.Text == "الحسينية");
        Assert.Equal("ft:town-husseiniya-rif-dimashq", camp.GazetteerId);
    }

    [Fact]
    public void A_husseiniya_the_article_named_as_a_building_is_no_town()
    {
        const string body = "انفجرت سيارة مفخخة قرب حسينية النور في منطقة شرق قضاء المقدادية.\n\nوقال مصدر إن القوات قتلت انتحاريا قرب الحسينية بعد الانفجار.";
        Assert.DoesNotContain(Places(body), p => p.Text.Contains("الحسينية", StringComparison.Ordinal));
    }

    [Fact]
    public void The_husseiniya_quarter_after_a_town_word_stays_a_place_after_a_building()
    {
        const string body = "انفجرت سيارة مفخخة قرب حسينية في ديالى.\n\nوانفجرت عبوة في منطقة الحسينية شمال شرق بغداد.";
        Assert.Contains(Places(body), p => p.Name == "الحسينية" && p.Country == "IQ" && p.Admin1 == "بغداد");
    }

    [Fact]
    public void The_shrine_administration_of_karbala_is_no_husseiniya_town()
    {
        Assert.DoesNotContain(Places("قال مسؤول في العتبة الحسينية إن العمل توقف أمس في كربلاء."), p => p.Text.Contains("الحسينية", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bee_in_brackets_is_no_nahla_village()
    {
        Assert.DoesNotContain(Places("قال إن الطائرات دون طيار (النحلة) قتلت مئات المدنيين."), p => p.Text.Contains("نحلة", StringComparison.Ordinal));
    }
}
