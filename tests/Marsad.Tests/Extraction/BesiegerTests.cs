using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A clash at a place its sentence says one side besieges or tries to take is that side's attack: the besieger or
/// attacker is actor1, whichever side was named first or carried from before (docs/annotation.md 6.3; docs/events.md, "s31-sides").
/// </summary>
public class BesiegerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_clash_in_a_town_the_army_has_long_tried_to_take_is_the_army_s_attack()
    {
        var events = RulesOnly("وشهد حي القدم اشتباكات عنيفة بين مقاتلين من الكتائب المقاتلة والقوات النظامية.\nوفي ريف العاصمة، أفاد المرصد عن اشتباكات عنيفة في مدينة داريا التي تحاول القوات النظامية منذ فترة فرض سيطرتها الكاملة عليها.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Location?.Name == "داريا" && x.Actor1?.Id == "SYR-MIL");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Location?.Name == "داريا" && x.Actor1?.Id == "SYR-REBELS");
    }
}
