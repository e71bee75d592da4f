namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 9 (s26b-village): a quarter is of the city its own clause names; a town told after
/// «بينما», «فيما» or «في حين» is where a second happening took place, not the quarter's city.
/// </summary>
public class QuarterAcrossJoinerPlaceTests
{
    private const string TwoBlasts =
        "كما قتل شخص واصيب خمسة بجروح في انفجار عبوة ناسفة في حي الشرطة الرابعة في جنوب بغداد، بينما قتل شخصان بانفجار سيارة مفخخة في العزيزية.";

    [Fact]
    public void A_quarter_before_a_while_clause_is_not_put_at_the_town_told_in_it()
    {
        var blast = Events.Of(TwoBlasts).First(e => e.Evidence.Text.Contains("عبوة", StringComparison.Ordinal));

        Assert.NotNull(blast.Location);
        Assert.True(blast.Location!.Lat > 33.1, $"the quarter's blast sits at {blast.Location.Name} {blast.Location.Lat}, south of Baghdad's outskirts");
    }

    [Fact]
    public void The_car_bomb_in_the_other_town_stays_its_own_event()
    {
        var events = Events.Of(TwoBlasts);

        Assert.Contains(events, e => e.Location?.Name == "العزيزية");
        Assert.Contains(events, e => e.Location?.Name == "الشرطة");
    }
}
