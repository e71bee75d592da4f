using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// s32-groundair (issue 9): an aircraft or a gun strikes from afar; it does not clash, storm or take a place, so
/// it is no doer of the ground fighting told beside its strike (EventStage.AircraftOnGround). Blasts told only as heard
/// in a sentence of fighting are that fighting's noise, no strike of their own (EventStage.IsSoundOfFighting).
/// </summary>
public class GroundAirTests
{
    private static bool ByAircraft(Output.EventRecord e) =>
        e.Actor1?.Text is { } text && (text.Contains("الطيران") || text.Contains("طائرات") || text.Contains("مقاتلات"));

    [Fact]
    public void The_warplanes_that_bombed_the_quarter_are_not_the_side_of_its_clashes()
    {
        var events = Of("قصف الطيران الحربي السوري اليوم حي بابا عمرو في مدينة حمص حيث تدور اشتباكات عنيفة.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-MIL");
        Assert.DoesNotContain(events, e => e.Type != "REMOTE" && ByAircraft(e));
    }

    [Fact]
    public void Warplanes_bombing_a_city_are_not_the_side_of_the_clashes_at_its_gate()
    {
        var events = Of("وقصفت طائرات حربية اليوم مدينة الرقة تزامنا مع اشتباكات عنيفة على مدخلها الشمالي.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && ByAircraft(e));
    }

    [Fact]
    public void Blasts_heard_while_the_army_and_the_rebels_fight_are_no_strike()
    {
        var events = Of("ودارت معارك عنيفة بين وحدات من الجيش والمعارضة المسلحة في بلدة يلدا بريف دمشق اليوم حيث سمعت أصوات الانفجارات في المناطق المجاورة.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_blast_heard_with_the_bomb_that_went_off_named_is_a_bombing()
    {
        var events = Of("وتواصلت الاشتباكات في ريف حماة اليوم، فيما سمع دوي انفجار في حي الشريعة بمدينة حماة ناجم عن عبوة ناسفة.");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }
}
