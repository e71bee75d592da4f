namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s28-placefocus): a country behind a word of a tie between parties («لهم صلات
/// بإيران», «بدعم من إيران») names whom the doer or the victim is tied to, not where the deed
/// happens; the places joined to it by «و» are tied parties too.
/// </summary>
public class LinkedPlaceTests
{
    [Theory]
    [InlineData("وقالت السلطات البحرينية يوم الأحد إنها اعتقلت ستة أشخاص من الخلية وإن لهم صلات بإيران والعراق ولبنان.")]
    [InlineData("وفي الكويت أعلنت الشرطة أمس أنها اعتقلت خمسة مشتبه بهم على علاقة بسوريا والعراق.")]
    public void An_arrest_is_not_placed_in_the_country_the_arrested_are_tied_to(string body)
    {
        var events = Events.Of(body).Where(e => e.Type == "ARREST").ToList();

        // review28 finding 8: an arrest dropped or untyped must fail here, not pass with nothing to check.
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain(e.Location?.Country ?? "", new[] { "IR", "IQ", "LB", "SY" }));
    }

    [Fact]
    public void A_town_told_after_the_tie_is_still_where_the_arrest_was_made()
    {
        var arrest = Events.Single("واعتقلت السلطات البحرينية أمس ستة أشخاص لهم صلات بإيران في مدينة المنامة.", "ARREST");

        Events.AssertPlace(arrest, "المنامة", "BH");
    }
}
