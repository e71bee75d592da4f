using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A clash told in a sentence that names no side takes its doer from the sentences before; when one of them
/// names the fighting's pair «بين X و Y», the side named first leads it (docs/annotation.md 6.3), not the side
/// after «و» (docs/events.md, "s29b-clashside").
/// </summary>
public class CarriedPairTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_clash_that_goes_on_in_the_next_sentence_keeps_the_army_named_first_as_its_doer()
    {
        var events = RulesOnly("تواصلت المعارك العنيفة منذ مساء أمس بين وحدات من الجيش السوري والمعارضة المسلحة في ريف دمشق.\nوقال سكان إن الاشتباكات اشتدت قرب دوار البلدية في حي جوبر.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Location?.Name == "حي جوبر" && x.Actor1?.Id == "SYR-MIL");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Location?.Name == "حي جوبر" && x.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void A_clash_that_goes_on_in_the_next_sentence_keeps_the_rebels_named_first_as_their_doer()
    {
        var events = RulesOnly("اندلعت مواجهات عنيفة صباح اليوم بين مقاتلي المعارضة والقوات النظامية في ريف حلب.\nوأفاد ناشطون بأن الاشتباكات امتدت إلى محيط مطار كويرس العسكري.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "SYR-REBELS" && x.Location?.Name?.Contains("كويرس") == true);
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "SYR-MIL" && x.Location?.Name?.Contains("كويرس") == true);
    }
}
