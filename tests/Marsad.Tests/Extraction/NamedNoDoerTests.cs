using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed noun governed by a noun of its culprits is not the deed of the party arresting them (docs/events.md
/// s38-nodoer; the branch's reading of shells told with their kind was left out at merge).
/// </summary>
public class NamedNoDoerTests
{
    private static readonly DateOnly August = new(2015, 8, 10);

    [Fact]
    public void The_ministry_that_arrests_the_men_involved_in_a_bombing_is_not_its_bomber()
    {
        var events = Of("أعلن وزير الداخلية العراقي اليوم اعتقال المتورطين بالتفجير الذي استهدف سوقا شعبية في ناحية بني سعد بمحافظة ديالى يوم الجمعة.", August);
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id is "IRQ-MIL" or "IRQ-GOV");
    }
}
