namespace Marsad.Tests.Extraction;

/// <summary>
/// A clause saying a strike hurt nobody is that strike's outcome, before the toll of another clause of
/// its sentence (docs/events.md, "s17-toll").
/// </summary>
public class OwnClauseNoDeathTests
{
    [Fact]
    public void Rockets_that_hurt_nobody_beside_a_deadly_shelling_have_no_dead()
    {
        var events = Events.Of("قتل مدني وجرح عشرة آخرون أمس جراء قصف مدفعي على مدينة دوما في ريف دمشق، فيما لم تسجل إصابات بسقوط قذائف على حي جب القبة في مدينة حلب.");

        Assert.Contains(events, e => e.Type == "REMOTE" && e.Location?.Name == "جب القبة" && e.Fatalities == 0);
    }
}
