namespace Marsad.Tests.Geo;

/// <summary>
/// A country's name or nisba right after a territory names the country that holds it: «كردستان
/// العراق» is Iraq's Kurdistan region, and «كردستان تركيا» is no Iranian province. After a town the
/// country's name is more often the object of the sentence, and the town stays where it is.
/// </summary>
public class PlaceTerritoryOfCountryTests
{
    private const string IraqiLead = "قصفت طائرات التحالف مواقع للتنظيم قرب الموصل صباح اليوم. ";

    [Fact]
    public void Kurdistan_followed_by_Iraq_after_a_capital_word_is_the_Iraqi_region()
    {
        var places = PlaceStageRun.Places(IraqiLead + "وفي زيارة لأربيل عاصمة كردستان العراق قال الوزير إن البشمركة تقدمت.");
        Assert.Contains(places, p => p.Text == "كردستان العراق" && p.Country == "IQ");
        Assert.DoesNotContain(places, p => p.Country == "IR");
    }

    [Fact]
    public void Kurdistan_followed_by_Turkey_is_not_put_in_Iran()
    {
        var places = PlaceStageRun.Places(IraqiLead + "وقال مسؤول كردي في كردستان تركيا إن الجيش قصف مواقع للحزب.");
        Assert.DoesNotContain(places, p => p.Text.Contains("كردستان", StringComparison.Ordinal) && p.Country == "IR");
    }

    [Fact]
    public void An_area_named_with_a_Turkish_nisba_lies_in_Turkey()
    {
        var places = PlaceStageRun.Places(IraqiLead + "وأعلنت الولايات المتحدة أن طائراتها ستنطلق من قاعدة في منطقة كردستان التركية.");
        Assert.DoesNotContain(places, p => p.Text.Contains("كردستان", StringComparison.Ordinal) && p.Country is "IR" or "US");
    }

    [Fact]
    public void A_town_before_the_name_of_another_country_stays_in_its_own()
    {
        var places = PlaceStageRun.Places("وتتهم دمشق قطر بتمويل المسلحين في ريف حلب.");
        Assert.Contains(places, p => p.Text == "دمشق" && p.Country == "SY");
    }

    [Fact]
    public void A_nisba_of_a_district_before_a_province_word_does_not_move_the_province()
    {
        var places = PlaceStageRun.Places("قتل ثلاثة أشخاص في انفجار سيارة مفخخة وسط قضاء الهندية بمحافظة كربلاء، جنوب غرب بغداد.");
        Assert.Contains(places, p => p.Text.Contains("كربلاء", StringComparison.Ordinal) && p.Country == "IQ");
    }
}
