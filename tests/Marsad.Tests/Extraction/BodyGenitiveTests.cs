using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «جماعة علماء العراق», «مؤتمر أصدقاء سوريا»: a state's name as the genitive of a body of people says whose
/// country the body is of; the body is not the state (ActorStage.IsBodyGenitive, docs/events.md "s34-named").
/// </summary>
public class BodyGenitiveTests
{
    private static List<ActorHit> ActorsOf(string body)
    {
        var context = new ExtractionContext(new Article { Source = "t", Body = body }, AnalyzedText.Analyze(body));
        ActorStage.Default.Run(context);
        return [.. context.Actors.OrderBy(a => a.First)];
    }

    [Fact]
    public void An_association_of_clerics_of_a_country_is_not_its_government()
    {
        var actors = ActorsOf("وكانت جماعة علماء العراق استنكرت اغتيال الشيخ في دمشق أمس.");
        Assert.DoesNotContain(actors, a => a.ActorId == "IRQ-GOV");
    }

    [Fact]
    public void The_friends_of_a_country_are_not_its_government()
    {
        var actors = ActorsOf("وانتقدت روسيا القرارات التي اتخذت في اجتماع أصدقاء سوريا في روما.");
        Assert.DoesNotContain(actors, a => a.ActorId == "SYR-GOV");
        Assert.Contains(actors, a => a.ActorId == "RUS");
    }
}
