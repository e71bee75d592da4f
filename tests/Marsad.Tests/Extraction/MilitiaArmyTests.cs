using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «الجيش» refers back to the army, not to a militia named beside it (docs/events.md, "s30-actor"): after
/// «اللجان الشعبية» a later «قامت وحدات الجيش بقصف» is SYR-MIL, not SYR-MIL-ALLIES.
/// </summary>
public class MilitiaArmyTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void The_army_named_after_the_popular_committees_is_the_army()
    {
        var events = RulesOnly("وتواصلت الاشتباكات عند مدخل مخيم اليرموك بين اللجان الشعبية ومقاتلي المعارضة. وفي الغوطة الشرقية دارت معارك عنيفة في مدينة المليحة حيث قامت وحدات الجيش بقصف أحياء المدينة بالطيران الحربي.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-MIL");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-MIL-ALLIES");
    }
}
