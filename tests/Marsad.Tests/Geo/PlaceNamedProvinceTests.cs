namespace Marsad.Tests.Geo;

/// <summary>
/// A province the writer labels as one («في إقليم كردستان العراق», «في محافظة المفرق»), read at a
/// province of a country the article names by some other name, is no stray however far it lies from
/// the places of the article's own country.
/// </summary>
public class PlaceNamedProvinceTests
{
    private const string SyrianLead = "قصفت قوات النظام أحياء في حمص وحماة وريف إدلب صباح اليوم. ";

    [Fact]
    public void A_labelled_province_of_a_country_named_elsewhere_is_kept()
    {
        var places = PlaceStageRun.Places(SyrianLead + "وطالبت حكومة العراق بوقف القصف. وقصفت الطائرات التركية قرى حدودية في إقليم كردستان العراق أمس.");
        Assert.Contains(places, p => p.Text.Contains("كردستان", StringComparison.Ordinal) && p.Country == "IQ");
    }

    [Fact]
    public void The_curated_region_that_names_its_country_in_its_own_name_is_kept_where_no_other_name_does()
    {
        // Since s32-worldplaces «إقليم كردستان العراق» is a curated feature (features.tsv), no longer a
        // corpus coder's row: like every curated row it is never a stray, and its own words name Iraq.
        var places = PlaceStageRun.Places(SyrianLead + "وقصفت الطائرات التركية قرى حدودية في إقليم كردستان العراق أمس.");
        var kurdistan = Assert.Single(places, p => p.Text.Contains("كردستان", StringComparison.Ordinal));
        Assert.Equal("IQ", kurdistan.Country);
        Assert.Equal("region", kurdistan.Precision);
    }
}
