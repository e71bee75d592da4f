using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Trigger forms of s19-recall (docs/events.md, "s19-recall"): forces reaching a town's edge or outskirts are an advance.</summary>
public class ResultTriggerTests
{
    [Fact]
    public void Rebels_reaching_the_edge_of_a_square_is_an_attack()
    {
        var events = Of("أعلن الجيش السوري الحر أنه وصل إلى أطراف ساحة العباسيين في دمشق.");

        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("وصل", StringComparison.Ordinal));
    }

    [Fact]
    public void The_army_reaching_the_outskirts_of_a_town_is_an_attack_by_the_army()
    {
        var e = Single("قالت مصادر محلية إن الجيش السوري وصل إلى مشارف بلدة القصير.", "ASSAULT");

        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void A_delegation_arriving_in_a_capital_is_no_attack()
    {
        var events = Of("وصل وفد من الجامعة العربية إلى دمشق صباح اليوم.");

        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }
}
