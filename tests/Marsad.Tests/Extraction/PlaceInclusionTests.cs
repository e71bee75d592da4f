using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Places listed inside the place before them («في العاصمة دمشق، من بينها …») are where the deed struck.</summary>
public class PlaceInclusionTests
{
    [Fact]
    public void Sites_listed_after_among_them_are_the_places_of_the_strike_not_the_city_that_holds_them()
    {
        var strikes = Of("استهدف مسلحون مواقع عسكرية في العاصمة دمشق، من بينها قصر تشرين الرئاسي ومطار دمشق الدولي.")
            .Where(e => e.Type == "REMOTE").ToList();

        Assert.Equal(["قصر تشرين الرئاسي", "مطار دمشق الدولي"], strikes.Select(e => e.Location?.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sites_listed_after_a_comma_without_a_word_of_inclusion_do_not_replace_the_city()
    {
        var strikes = Of("استهدف مسلحون مواقع عسكرية في العاصمة دمشق، قرب مطار دمشق الدولي.")
            .Where(e => e.Type == "REMOTE").ToList();

        Assert.Contains(strikes, e => e.Location?.Name == "دمشق");
    }
}
