using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The owner of the post a deed noun hits is the side hit (docs/events.md, "s30-actor"): in «بقصف مواقع لمقاتلي
/// المعارضة» and «قصف أهداف تابعة لتنظيم داعش» the noun's genitive is the post, and the party after it owns the
/// post; it is actor2, never the doer. An adjective between the deed noun and the party («قصف مدفعي لقوات
/// المعارضة») leaves the party the doer.
/// </summary>
public class HoldingOwnerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void The_group_whose_targets_were_shelled_is_the_target_not_the_doer()
    {
        var events = RulesOnly("وأعلنت رئاسة الأركان التركية أن مقاتلاتها قامت أمس بقصف أهداف لتنظيم داعش في ريف حلب الشمالي.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor2?.Id == "ISIL");
        Assert.DoesNotContain(events, x => x.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void The_fighters_whose_positions_the_accused_shelled_are_not_the_shellers()
    {
        var events = RulesOnly("وكان العميد قد هدد حزب الله بعد أن اتهمه بقصف مواقع لمقاتلي المعارضة في ريف القصير.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor2?.Id == "SYR-REBELS");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void A_party_after_an_adjective_of_the_shelling_is_still_its_doer()
    {
        var events = RulesOnly("وقتل عشرة جنود في قصف مدفعي لقوات المعارضة على حاجز في ريف إدلب.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-REBELS");
    }
}
