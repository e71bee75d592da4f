using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A definite strike noun («الهجوم», «الغارة») in a sentence that names no doer is the strike told before: when
/// that strike's doer was named by a nisba («غارة إسرائيلية», «الغارات التركية»), it carries that doer, not the
/// party the sentences are about (the government that reports it, the target) (docs/events.md, "s31c-foreignair").
/// </summary>
public class CarriedStrikeDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void The_attack_told_after_an_israeli_raid_reported_by_the_syrian_government_is_israels()
    {
        var events = RulesOnly("قالت الحكومة السورية إن غارة إسرائيلية استهدفت موقعا عسكريا غرب دمشق.\nوأفاد التلفزيون الرسمي أن الهجوم وقع فجر الخميس في بلدة الهامة.");
        Assert.Contains(events, x => x.Evidence.Text.Contains("الهجوم", StringComparison.Ordinal) && x.Actor1?.Id is "ISR" or "ISR-MIL");
        Assert.DoesNotContain(events, x => x.Evidence.Text.Contains("الهجوم", StringComparison.Ordinal) && x.Actor1?.Id is "SYR-GOV" or "SYR-MIL");
    }

    [Fact]
    public void An_indefinite_attack_in_the_next_sentence_does_not_take_the_raids_doer()
    {
        var events = RulesOnly("قالت الحكومة السورية إن طائرات حربية إسرائيلية قصفت موقعا عسكريا غرب دمشق.\nوأفاد التلفزيون الرسمي أن هجوما آخر وقع فجر الخميس في بلدة الهامة.");
        Assert.DoesNotContain(events, x => x.Evidence.Text.Contains("هجوما", StringComparison.Ordinal) && x.Actor1?.Id == "ISR-MIL");
    }
}
