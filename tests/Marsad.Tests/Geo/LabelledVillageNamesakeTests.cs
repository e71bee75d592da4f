using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s27-placeresolve): after a village word, a village the sources write only with its
/// label («قرية السجر») is a namesake of the bare name, and the article's places choose it over a
/// namesake in another country that bears the bare name.
/// </summary>
public class LabelledVillageNamesakeTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_battle_area_of_a_fallujah_report_is_the_anbar_village_not_the_syrian_namesake()
    {
        var places = Places("وقالت مصادر أمنية في الأنبار إن الجيش العراقي استعاد مناطق قرب الفلوجة والرمادي، فيما تدور معارك عنيفة في منطقة السجر منذ الصباح.");
        var sajar = Assert.Single(places, p => p.Text.EndsWith("السجر", StringComparison.Ordinal));
        Assert.Equal("IQ", sajar.Country);
    }

    [Fact]
    public void A_labelled_village_of_another_governorate_is_not_the_subdistrict_of_a_diyala_report()
    {
        // «قرية بني سعد» is a Salah ad-Din village 60 km from the Diyala subdistrict the report means.
        var places = Places("وقالت الشرطة في بعقوبة إن مسلحين هاجموا نقطة تفتيش في ناحية بني سعد، فيما انفجرت عبوة ناسفة في المقدادية.");
        Assert.DoesNotContain(places, p => p.Text.EndsWith("بني سعد", StringComparison.Ordinal) && p.Admin1 == "صلاح الدين");
    }

    [Fact]
    public void A_syrian_report_keeps_the_syrian_village_of_the_bare_name()
    {
        var places = Places("قصفت طائرات التحالف مواقع للتنظيم في دير الزور والميادين، فيما تدور معارك عنيفة في منطقة السجر منذ الصباح.");
        var sajar = Assert.Single(places, p => p.Text.EndsWith("السجر", StringComparison.Ordinal));
        Assert.Equal("SY", sajar.Country);
    }
}
