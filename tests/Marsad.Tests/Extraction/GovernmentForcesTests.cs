using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «القوات الحكومية» are the forces of the government of the article's country (docs/events.md, "s29-sides"):
/// a coalition or a foreign army named before them, backing or fighting them, is never what the words refer to.
/// </summary>
public class GovernmentForcesTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Government_forces_after_the_coalition_that_backs_them_are_the_forces_of_the_country()
    {
        var events = RulesOnly("وقال مسؤول في محافظة الأنبار العراقية إن استعادة مبنى المحافظة في الرمادي تمت بدعم من غارات طيران التحالف الدولي. "
            + "وأضاف أن القوات الحكومية اقتحمت حي الملعب في الرمادي صباح اليوم.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "IRQ-MIL");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "USA-COALITION");
    }

    [Fact]
    public void Government_forces_after_a_foreign_army_named_in_a_syrian_report_are_the_syrian_army()
    {
        var events = RulesOnly("وقال متحدث باسم الجيش الإسرائيلي إن قذيفة سقطت في الجولان. "
            + "من ناحية أخرى، أفاد ناشطون بأن معارك عنيفة تدور بين القوات الحكومية والمعارضة المسلحة في بلدة بصر الحرير في ريف درعا السورية.");
        // review29 finding 13: the clash must be read, with the Syrian army as its doer, not only lack Israel.
        Assert.Contains(events, x => x.Actor1?.Id == "SYR-MIL");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "ISR-MIL");
    }
}
