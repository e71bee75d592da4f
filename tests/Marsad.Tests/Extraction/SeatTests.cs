using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «المرصد ... ومقره بريطانيا», «الذي يتخذ من لندن مقرا له»: where a source sits is no party to what it
/// reports (ActorStage.IsSeat, docs/events.md "s26b-doer2").
/// </summary>
public class SeatTests
{
    private static List<ActorHit> ActorsOf(string body)
    {
        var context = new ExtractionContext(new Article { Source = "t", Body = body }, AnalyzedText.Analyze(body));
        ActorStage.Default.Run(context);
        return [.. context.Actors.OrderBy(a => a.First)];
    }

    [Fact]
    public void The_country_a_monitor_sits_in_is_no_actor()
    {
        var actors = ActorsOf("وقال المرصد السوري لحقوق الإنسان ومقره بريطانيا إن اشتباكات عنيفة دارت بين مقاتلي المعارضة والقوات النظامية في حلب.");
        Assert.DoesNotContain(actors, a => a.ActorId == "GBR");
    }

    [Fact]
    public void A_seat_named_after_in_is_no_actor_either()
    {
        var actors = ActorsOf("وذكر المرصد المعارض ومقره في لندن أن القوات النظامية قصفت بلدة كفرنبل.");
        Assert.DoesNotContain(actors, a => a.ActorId == "GBR");
    }

    [Fact]
    public void A_capital_a_monitor_takes_as_its_seat_is_no_actor()
    {
        var actors = ActorsOf("وذكر المرصد الذي يتخذ من لندن مقرا له أن القوات النظامية قصفت بالمدفعية بلدة كفرنبل في ريف إدلب.");
        Assert.DoesNotContain(actors, a => a.ActorId == "GBR");
    }

    [Fact]
    public void A_country_after_from_with_no_seat_noun_stays_an_actor()
    {
        var actors = ActorsOf("ووصلت شحنة أسلحة من بريطانيا إلى المعارضة في شمال سوريا.");
        Assert.Contains(actors, a => a.ActorId == "GBR");
    }
}
