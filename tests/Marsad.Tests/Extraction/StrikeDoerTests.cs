using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The doer of a strike (docs/events.md, "s34-passive"): the Free Army's forces named in full, and the party whose areas
/// are struck, which is no doer.
/// </summary>
public class StrikeDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void The_forces_of_the_free_army_after_a_verb_with_an_object_pronoun_are_the_free_army()
    {
        var events = RulesOnly("وقال ناشطون إن مبنى الأمن في مدينة حرستا احترق بعد أن قصفته قوات الجيش السوري الحر أمس.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
    }

    [Fact]
    public void The_army_that_answered_by_shelling_the_areas_of_the_rebels_is_the_doer()
    {
        var events = RulesOnly("وقال ناشطون إن الجيش النظامي رد بقصف مناطق انتشار الثوار في حي المزة بدمشق أمس.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }
}
