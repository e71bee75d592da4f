namespace Marsad.Tests.Extraction;

/// <summary>
/// A toll told of a counted series of deeds is a total; the telling of one of them at a point of its own, merged into
/// that event, gives it the count its own sentence states (docs/events.md, "s21-fatal").
/// </summary>
public class SeriesTollTests
{
    [Fact]
    public void The_market_bombing_told_after_the_total_of_five_car_bombs_keeps_its_own_dead()
    {
        var events = Events.Of("قتل 40 شخصا على الاقل في انفجار خمس سيارات مفخخة الجمعة في بغداد. واكد مصدر طبي تلقي مستشفى الكاظمية 15 قتيلا اصيبوا في انفجار سيارة مفخخة عند سوق الطيور في منطقة الكاظمية.");

        var blast = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal(15, blast.Fatalities);
    }

    [Fact]
    public void Two_car_bombs_at_one_place_are_one_happening_whose_toll_stays_whole()
    {
        var events = Events.Of("قتل 40 شخصا على الاقل في انفجار سيارتين مفخختين الجمعة في بغداد. واكد مصدر طبي تلقي مستشفى الكاظمية 15 قتيلا اصيبوا في انفجار سيارة مفخخة عند سوق الطيور في منطقة الكاظمية.");

        var blast = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal(40, blast.Fatalities);
    }
}
