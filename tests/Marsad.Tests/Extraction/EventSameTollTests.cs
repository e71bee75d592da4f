using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed told coarse first and fine after, each telling counting the same dead, is one event at the finer place
/// (s37-dups: EventMerger.FoldSameTolls). Rules only.
/// </summary>
public sealed class EventSameTollTests
{
    [Fact]
    public void A_blast_told_east_of_a_city_and_again_at_a_town_on_that_side_with_the_same_dead_is_one_event_at_the_town()
    {
        var events = Of("قتل 6 أشخاص بانفجار سيارة مفخخة مساء اليوم شرق مدينة بعقوبة. وقال ضابط في الشرطة إن السيارة المفخخة انفجرت قرب سوق في ناحية بلدروز ما أدى الى مقتل ستة أشخاص.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("بلدروز", e.Location?.Name);
        Assert.Equal(6, e.Fatalities);
    }

    [Fact]
    public void A_doerless_telling_at_a_city_and_a_telling_with_a_doer_at_its_quarter_with_the_same_dead_are_one_event()
    {
        var events = Of("قتل 9 مدنيين في قصف على مدينة حلب اليوم. وقال المرصد إن 9 مدنيين قتلوا في قصف لقوات النظام على حي الشعار.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("حي الشعار", e.Location?.Name);
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void Two_tellings_that_count_other_dead_stay_two_events()
    {
        var events = Of("قتل 6 أشخاص بانفجار سيارة مفخخة مساء اليوم شرق مدينة بعقوبة. وقال ضابط في الشرطة إن سيارة مفخخة انفجرت قرب سوق في ناحية بلدروز ما أدى الى مقتل ثلاثة أشخاص.");
        Assert.True(events.Count(x => x.Type == "REMOTE") == 2, Describe(events));
    }

    [Fact]
    public void A_town_told_after_a_quarter_with_the_same_dead_is_another_event()
    {
        // A round-up's quarter and the town beside it: the town is not inside the quarter.
        var events = Of("وقتل خمسة رجال في قصف من قوات النظام استهدف حي جوبر. وقتل خمسة مواطنين في قصف لقوات النظام على بلدة عين ترما.");
        Assert.True(events.Count(x => x.Type == "REMOTE") == 2, Describe(events));
    }
}
