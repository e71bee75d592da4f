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
    public void The_same_province_in_an_article_that_names_not_its_country_stays_a_stray()
    {
        var places = PlaceStageRun.Places(SyrianLead + "وقصفت الطائرات التركية قرى حدودية في إقليم كردستان العراق أمس.");
        Assert.DoesNotContain(places, p => p.Text.Contains("كردستان", StringComparison.Ordinal));
    }
}
