using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed told as undergone («تعرضت دورية لهجوم») names its doer after the trigger in its sentence
/// or not at all: a party named elsewhere is the reader's inference, and the guideline keeps actor1
/// null (docs/annotation.md 6.3). Helicopters, like warplanes, are the forces of the article's country.
/// </summary>
public class UndergoneDoerTests
{
    [Fact]
    public void A_quarter_that_came_under_shelling_has_no_doer_when_none_is_named_after_it()
    {
        // The rules lent the army of the sentence before; the guideline keeps the undergone shelling doerless.
        var events = Of("شنت قوات النظام هجوما على مدينة داريا. وكان حي جوبر في دمشق قد تعرض لقصف عنيف صباح اليوم.");
        var shelling = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Null(shelling.Actor1);
    }

    [Fact]
    public void Shelling_undergone_from_named_forces_keeps_those_forces_as_its_doer()
    {
        var e = Assert.Single(Of("تعرضت أحياء مدينة حمص لقصف عنيف من قوات النظام صباح اليوم."), e => e.Type == "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void Helicopters_dropping_barrels_on_a_syrian_town_are_the_syrian_army()
    {
        var e = Assert.Single(Of("ألقى الطيران المروحي براميل متفجرة على مدينة معرة النعمان في ريف إدلب صباح اليوم."), e => e.Type == "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }
}
