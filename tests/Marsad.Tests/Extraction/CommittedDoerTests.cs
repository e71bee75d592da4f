using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The doer named by a light verb of doing (docs/events.md, "s20-doer"): «قامت X بتسليم», «أقدم X على
/// إعدام» name X the doer of the verbal noun, not the party the deed reaches.
/// </summary>
public class CommittedDoerTests
{
    [Fact]
    public void The_group_that_did_the_handover_is_the_doer_not_the_side_it_handed_to()
    {
        var events = Of("وقامت جبهة النصرة صباح اليوم بتسليم مواقعها في بلدة أعزاز لكتائب تابعة للجيش الحر.");
        Assert.Contains(events, e => e.Actor1?.Id == "NUSRA");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void An_attack_answered_behind_ala_keeps_its_own_doer()
    {
        var events = Of("وقام الجيش السوري بالرد على هجوم مسلحي المعارضة على حاجز قرب حرستا.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-MIL");
    }
}
