namespace Marsad.Tests.Extraction;

/// <summary>
/// A sentence that tells two happenings in two clauses gives each the toll of its own clause, not the
/// nearer toll of the other (docs/events.md, "Fifteenth step, s15-toll").
/// </summary>
public class TollClauseTests
{
    [Fact]
    public void A_shelling_told_after_a_comma_takes_the_toll_of_its_own_clause()
    {
        var events = Events.Of("أغارت الطائرات على حي الخالدية وقتلت 20 شخصا، وقال ناشطون إن قصفا استهدف حي المرجة في حلب أسفر عن مقتل 30 شخصا.");

        var shelling = Assert.Single(events, e => e.Evidence.Text.Contains("المرجة", StringComparison.Ordinal));
        Assert.Equal(30, shelling.Fatalities);
    }

    [Fact]
    public void A_raid_keeps_the_toll_of_its_own_clause_when_another_follows()
    {
        var events = Events.Of("أغارت الطائرات على حي الخالدية وقتلت 20 شخصا، وقال ناشطون إن قصفا استهدف حي المرجة في حلب أسفر عن مقتل 30 شخصا.");

        var raid = Assert.Single(events, e => e.Evidence.Text.Contains("الخالدية", StringComparison.Ordinal));
        Assert.Equal(20, raid.Fatalities);
    }

    [Fact]
    public void A_clause_with_no_toll_still_takes_the_nearest_toll_of_its_sentence()
    {
        var e = Events.Single("قصفت الطائرات مواقع المسلحين في مدينة حلب، ما أسفر عن مقتل 12 مسلحا.", "REMOTE");

        Assert.Equal(12, e.Fatalities);
    }
}
