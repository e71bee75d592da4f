using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Types of the twenty-seventh step (issue 9, s27-type): a killing whose cause stands after a comma
/// («قتل مدني وأصيب آخرون، في سقوط قذائف») is that strike's toll as it is without the comma, and an
/// aircraft brought down («أسقط», «إسقاط طائرة») is the target of an ASSAULT, not the weapon of a strike.
/// </summary>
public class EventTypeTwentySeventhTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void A_killing_whose_cause_follows_a_comma_is_no_massacre_beside_the_shelling()
    {
        var events = Of("قتل مواطن وأصيب ثلاثة آخرون بجروح، جراء سقوط قذائف هاون على حي المزة في دمشق اليوم.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void A_killing_followed_by_a_clause_of_time_keeps_its_own_type()
    {
        // The comma's next clause opens with no preposition of cause: nothing there tells what the killing came of.
        var events = Of("قتل مسلحون مجهولون مواطنا في حي المزة بدمشق، وسقطت قذائف هاون على حي آخر في المدينة اليوم.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && On(e, "قتل"));
    }

    [Fact]
    public void A_helicopter_brought_down_by_rebels_is_an_assault_not_a_strike()
    {
        var events = Of("أعلن الجيش الحر أنه أسقط طائرة مروحية للجيش السوري قرب مدينة معرة النعمان في ريف إدلب اليوم.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && On(e, "أسقط"));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && On(e, "أسقط"));
        // The aircraft the verb governs is what was downed, never the doer.
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "SYR-MIL" && On(e, "أسقط"));
    }

    [Fact]
    public void Helicopters_dropping_barrels_stay_a_strike()
    {
        var events = Of("أسقطت مروحيات النظام براميل متفجرة على بلدة داريا في ريف دمشق اليوم.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_that_brings_down_a_plane_is_no_strike_scene()
    {
        var events = Of("هاجم الجيش الحر عددا من الحواجز في مدينة الرقة وتمكن من إسقاط طائرة تابعة لقوات النظام.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && On(e, "هاجم"));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }
}
