namespace Marsad.Tests.Geo;

/// <summary>
/// A town abroad, far from everything else a Syrian article names, is dropped as a stray namesake
/// unless the text says it belongs there: besides the writer's «في دافوس بسويسرا», a sentence that
/// names the town's country by its own name and introduces the town as a place.
/// </summary>
public class PlaceInNamedCountryTests
{
    private const string SyrianLead = "قصفت قوات النظام أحياء في حمص وحماة وريف إدلب صباح اليوم. ";

    [Fact]
    public void A_town_abroad_in_a_sentence_that_names_its_country_is_kept()
    {
        var places = PlaceStageRun.Places(SyrianLead + "وفي فرنسا حاول مئات المهاجرين عبور النفق من مدينة كاليه ليلة أمس.");
        Assert.Contains(places, p => p.Text.Contains("كاليه", StringComparison.Ordinal) && p.Country == "FR");
    }

    [Fact]
    public void The_same_town_in_a_sentence_that_names_no_country_stays_a_stray()
    {
        var places = PlaceStageRun.Places(SyrianLead + "وحاول مئات المهاجرين عبور النفق من مدينة كاليه ليلة أمس.");
        Assert.DoesNotContain(places, p => p.Text.Contains("كاليه", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_named_only_in_another_sentence_does_not_keep_the_town()
    {
        var places = PlaceStageRun.Places(SyrianLead + "وتحدثت فرنسا عن أزمة اللاجئين. وحاول مئات المهاجرين عبور النفق من مدينة كاليه ليلة أمس.");
        Assert.DoesNotContain(places, p => p.Text.Contains("كاليه", StringComparison.Ordinal));
    }
}
