using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «المناطق التي تسيطر عليها المعارضة», «قرى يسيطر عليها التنظيم»: the subject of a verb of holding
/// with its object's pronoun holds the place a deed told just before struck or took, so it is that
/// deed's target or loser, never its doer (docs/annotation.md 6.1, 6.3), as the genitive of «تحت سيطرة» is.
/// </summary>
public class HeldClauseTests
{
    private static List<Marsad.Output.EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_shelling_told_after_a_clash_is_not_done_by_the_side_holding_the_shelled_areas()
    {
        var events = Learned("وعلى الأرض تحدث ناشطون عن اشتباكات بين الجيش ومقاتلي المعارضة جنوبي دمشق صباح اليوم وعن قصف عنيف للمناطق التي تسيطر عليها المعارضة في حماة بوسط البلاد.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void The_fighters_holding_the_shelled_villages_are_not_the_shellers()
    {
        var events = Learned("وتحدث ناشطون عن مواجهات بين الجيش ومقاتلي المعارضة في ريف حلب وعن قصف مكثف للقرى التي يسيطر عليها المقاتلون المعارضون في ريف إدلب.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void The_taking_told_by_the_verb_of_holding_itself_keeps_its_taker()
    {
        // A guard: the clause's own deed is the taking, and the shelling's doer is named before it.
        var events = Learned("وقصفت قوات النظام بالمدفعية السجن المركزي الذي سيطر عليه مقاتلو المعارضة يوم السبت في مدينة الرقة.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-MIL");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-REBELS");
    }
}
