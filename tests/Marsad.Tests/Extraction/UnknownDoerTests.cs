using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The text says the doer is not known (docs/events.md, "s30-actor"): «ولم تتضح الجهة التي تقف وراء الهجوم»,
/// «مسلحين لم يحدد انتماؤهم» leave the attack told before them with no named doer, only the unnamed attackers
/// its sentence names (docs/annotation.md 6.3 and 8). A count that is not known («لم يعرف عدد القتلى بين
/// المسلحين») says nothing of the doer, and a state's forces named in the deed's own clause stay its doer.
/// </summary>
public class UnknownDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void The_group_whose_members_were_killed_is_not_the_attacker_when_the_attackers_are_unknown()
    {
        var events = RulesOnly("قتل أربعة أشخاص على الأقل من أعضاء منظمة مجاهدي خلق في هجوم صاروخي استهدف معسكرا للاجئين قرب بغداد يوم الخميس. ولم تتضح الجهة التي تقف وراء الهجوم.");
        Assert.Contains(events, x => x.Type == "REMOTE");
        Assert.DoesNotContain(events, x => x.Actor1?.Id == "MEK");
    }

    [Fact]
    public void A_count_of_the_dead_that_is_not_known_leaves_the_attacker_named()
    {
        var events = RulesOnly("هاجم مقاتلو المعارضة حاجزا للجيش في ريف حمص يوم الخميس، فيما لم يعرف عدد القتلى بين المسلحين.");
        Assert.Contains(events, x => x.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void Security_forces_named_in_the_clash_stay_its_doer_beside_gunmen_of_unknown_affiliation()
    {
        var events = RulesOnly("اشتبكت قوات الأمن التركية مع مسلحين لم يحدد انتماؤهم قرب مركز للشرطة في إسطنبول يوم الاثنين.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "TUR");
    }
}
