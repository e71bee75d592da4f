using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The side a statement of dead or wounded counts («مقتل 11 من داعش», «مقتل 48 جنديا سوريا») is the side hit, never the
/// doer of the strike or attack it suffered; a clash keeps its sides (docs/events.md, "s31-sides"). The shipped models
/// run: the actor choice, which reads each mention on its own, is what takes the dead for the doer.
/// </summary>
public class DeadSideTests
{
    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Soldiers_counted_dead_in_an_ambush_are_its_target_and_not_its_doers()
    {
        var events = Learned("وأعلنت السلطات العراقية مقتل 48 جنديا سوريا في كمين غرب العراق أثناء نقلهم إلى بلادهم.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Actor2?.Id == "SYR-MIL");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void Gunmen_counted_dead_in_attacks_are_not_their_doers()
    {
        var events = Learned("أعلنت مصادر أمنية مقتل 37 مسلحا من داعش في هجمات شمال بغداد.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Actor2?.Id == "ISIL");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void A_side_that_lost_men_in_a_clash_keeps_its_side_of_it()
    {
        var events = Learned("وفي ريف حلب قتل ثلاثة من عناصر الجيش الحر خلال اشتباك مع القوات النظامية في خان العسل.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void A_party_joined_to_soldiers_counted_dead_is_counted_with_them_and_is_no_doer_of_the_bombing()
    {
        var events = Learned("أعلن مصدر أمني مقتل وجرح 30 من الجيش العراقي والحشد الشعبي بتفجير سيارة مفخخة استهدفت ثكنة عسكرية في منطقة الثرثار.");
        Assert.DoesNotContain(events, x => x.Actor1?.Id == "PMF");
    }
}
