using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// An attack left doerless whose sentence names an unnamed armed party as a free subject takes it
/// as UNIDENTIFIED-ARMED (EventStage.Unnamed.cs; docs/annotation.md 6.3 and 8; docs/events.md, s15-nobody).
/// </summary>
public class UnnamedAttackerTests
{
    [Fact]
    public void A_car_bomb_driven_by_a_suicide_bomber_has_the_unnamed_attacker_for_doer_not_for_target()
    {
        var events = Of("انفجرت سيارة مفخخة يقودها انتحاري قرب مركز للشرطة في مدينة كركوك صباح اليوم.");
        var bomb = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("UNIDENTIFIED-ARMED", bomb.Actor1?.Id);
        Assert.NotEqual("UNIDENTIFIED-ARMED", bomb.Actor2?.Id);
    }

    [Fact]
    public void A_bomb_that_went_off_with_no_attacker_words_keeps_no_doer()
    {
        var events = Of("انفجرت عبوة ناسفة في سوق شعبي بمدينة بعقوبة صباح اليوم.");
        var bomb = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Null(bomb.Actor1);
    }

    [Fact]
    public void Gunmen_counted_among_the_dead_of_an_air_strike_are_not_its_doer()
    {
        var events = Of("قتل ثلاثة مسلحين في غارة جوية على بلدة في ريف إدلب صباح اليوم.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }
}
