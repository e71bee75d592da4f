using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Bare indefinite fighters («مقاتلون», «مقاتلين») that nothing after them ties to a side are the unnamed armed
/// opposition of the article's country; an adjective, a party or a country behind «من», or «بينها» naming their
/// groups, makes them no party of their own (ActorStage.IsUntiedFighters; docs/events.md "s36b-named").
/// </summary>
public class GenericFightersTests
{
    [Fact]
    public void Fighters_from_several_battalions_who_took_a_school_are_the_rebels()
    {
        var events = Learned("قتل ثلاثون عنصرا من القوات النظامية في مدرسة الشرطة في بلدة خان العسل بريف حلب. "
            + "وقال المرصد إن البلدة التي سيطر مقاتلون من عدة كتائب على أجزاء منها تشهد اشتباكات منذ أيام.");
        Assert.Contains(events, e => e.Type == "CAPTURE" && e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void Foreign_fighters_are_not_read_as_the_rebels()
    {
        var result = Extract("وقال المرصد إن مقاتلين أجانب سيطروا على قرية في ريف حلب أمس.");
        Assert.DoesNotContain(result.Actors, a => a.Id == "SYR-REBELS");
    }

    [Fact]
    public void Fighters_of_battalions_among_them_a_named_group_are_not_read_as_the_rebels()
    {
        var result = Extract("وقال المرصد إن مقاتلين من كتائب عدة بينها جبهة النصرة سيطروا على حواجز حول مدينة الرقة أمس.");
        Assert.DoesNotContain(result.Actors, a => a.Id == "SYR-REBELS");
    }

    private static ExtractionResult Extract(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Events.Published });

    private static List<EventRecord> Learned(string body) => Extract(body).Events;
}
