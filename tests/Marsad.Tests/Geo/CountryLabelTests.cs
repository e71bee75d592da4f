using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s32-placewrong): a country, or a compass part of one, told at once after a name («في بلدة سروج
/// بجنوب شرقي تركيا») says which country the place is in, whatever country the article is about.
/// </summary>
public class CountryLabelTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("قالت السلطات إن انفجارا وقع اليوم في بلدة سروج بجنوب شرقي تركيا قرب الحدود مع سوريا. وكان مقاتلو المعارضة السورية قد هاجموا مواقع للجيش في حلب.")]
    [InlineData("قال مسؤولون إن انفجارا وقع في مركز ثقافي ببلدة سروج جنوب شرقي تركيا. وقصفت القوات السورية بلدات في ريف حلب الشمالي.")]
    public void A_town_labelled_with_turkey_in_a_syrian_report_is_the_turkish_town(string body)
    {
        var suruc = Assert.Single(Places(body), p => p.Text.EndsWith("سروج", StringComparison.Ordinal));

        Assert.Equal("TR", suruc.Country);
    }

    [Fact]
    public void A_town_labelled_with_its_own_country_keeps_its_row()
    {
        var aleppo = Assert.Single(Places("قصفت الطائرات أحياء في مدينة حلب في سوريا أمس."), p => p.Text.EndsWith("حلب", StringComparison.Ordinal));

        Assert.Equal("SY", aleppo.Country);
    }
}
