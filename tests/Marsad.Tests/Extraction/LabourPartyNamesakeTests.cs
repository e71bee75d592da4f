using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Party names missing from the actor vocabulary (docs/events.md s41b-named2): «حزب العمال» alone is the PKK in news of
/// Turkey and a Labour party elsewhere (a namesake of several words, namesake_actors.tsv); «الجبهة الثورية للتحرير الشعبي»
/// is the DHKP-C.
/// </summary>
public class LabourPartyNamesakeTests
{
    private static List<ActorHit> ActorsOf(string body)
    {
        var context = new ExtractionContext(new Article { Source = "t", Body = body }, AnalyzedText.Analyze(body));
        ActorStage.Default.Run(context);
        return [.. context.Actors.OrderBy(a => a.First)];
    }

    [Fact]
    public void The_workers_party_alone_in_news_of_turkey_is_the_pkk()
    {
        var actors = ActorsOf("قال الجيش التركي إن عناصر من حزب العمال نصبوا كمينا لدورية عسكرية قرب الحدود مع العراق.");
        Assert.Contains(actors, a => a.ActorId == "PKK");
    }

    [Fact]
    public void The_labour_party_of_a_british_debate_is_no_pkk()
    {
        var actors = ActorsOf("وقال زعيم حزب العمال المعارض في البرلمان البريطاني إن الحكومة لم تقدم خطة واضحة.");
        Assert.DoesNotContain(actors, a => a.ActorId == "PKK");
    }

    [Fact]
    public void The_revolutionary_front_for_popular_liberation_is_the_dhkp_c()
    {
        var actors = ActorsOf("وأعلن حزب الجبهة الثورية للتحرير الشعبي مسؤوليته عن الهجوم على مبنى السفارة في العاصمة التركية.");
        Assert.Contains(actors, a => a.ActorId == "DHKP-C");
    }
}
