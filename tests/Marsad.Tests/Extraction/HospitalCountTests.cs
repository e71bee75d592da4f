namespace Marsad.Tests.Extraction;

/// <summary>
/// A hospital's count of the dead it received («تلقي 9 قتلى»), told in the sentence after an event
/// and naming no happening, is that event's toll (docs/events.md, "s20-fatal").
/// </summary>
public class HospitalCountTests
{
    [Fact]
    public void The_dead_a_hospital_received_after_a_car_bomb_are_the_car_bombs_toll()
    {
        var events = Events.Of("وقال ضابط في الشرطة إن سيارة مفخخة انفجرت قرب سوق شعبي في مدينة الحلة صباح اليوم. واكدت مصادر طبية في مستشفى الحلة تلقي 9 قتلى ومعالجة 20 جريحا.");

        var blast = Assert.Single(events, e => e.Evidence.Text.Contains("مفخخة", StringComparison.Ordinal));
        Assert.Equal(9, blast.Fatalities);
    }

    [Fact]
    public void A_hospital_count_after_another_attack_is_named_stays_that_attacks()
    {
        var events = Events.Of("انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الحلة صباح اليوم. وفي هجوم آخر على حاجز للشرطة في بلدة المسيب، اكدت مصادر طبية تلقي 4 قتلى.");

        var blast = Assert.Single(events, e => e.Evidence.Text.Contains("مفخخة", StringComparison.Ordinal));
        Assert.NotEqual(4, blast.Fatalities);
    }
}
