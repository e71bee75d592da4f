namespace Marsad.Tests.Extraction;

/// <summary>
/// The sentence after an event that puts its dead in a happening named again after them, with the
/// article («وقتل اثنان منهم خلال تبادل إطلاق النار»), gives the event its toll (docs/events.md, "s18-toll").
/// </summary>
public class DeadInTheToldHappeningTests
{
    [Fact]
    public void Two_killed_during_the_exchange_of_fire_after_an_attack_on_a_police_station_are_its_toll()
    {
        var events = Events.Of("هاجم مسلحون مركزا للشرطة في مدينة الموصل فجر اليوم، فرد عناصر الشرطة عليهم. وقتل اثنان منهم خلال تبادل إطلاق النار.");

        var attack = Assert.Single(events, e => e.Evidence.Text.Contains("هاجم", StringComparison.Ordinal));
        Assert.Equal(2, attack.Fatalities);
    }

    [Fact]
    public void Three_killed_in_clashes_between_other_sides_are_not_the_rocket_attacks_toll()
    {
        var events = Events.Of("أطلق مسلحون صاروخا على سيارة للشرطة في مدينة الموصل مساء أمس. وقتل ثلاثة أشخاص في اشتباكات بين الشرطة والمسلحين في بلدة أخرى.");

        var rocket = Assert.Single(events, e => e.Evidence.Text.Contains("صاروخا", StringComparison.Ordinal));
        Assert.NotEqual(3, rocket.Fatalities);
    }
}
