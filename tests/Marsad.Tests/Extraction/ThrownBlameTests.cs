using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «ألقيت مسؤولية الهجوم على X», «ألقي باللوم فيه على X»: blame thrown on a party names it behind «على», and a
/// specific group so blamed is the attack's actor1 (docs/annotation.md 4.5; EventStage.ThrownBlame, docs/events.md "s34-named").
/// </summary>
public class ThrownBlameTests
{
    [Fact]
    public void An_attack_whose_responsibility_is_thrown_on_a_group_is_that_groups()
    {
        var events = Learned("قتل جنديان تركيان عندما فجر مسلحون عبوة ناسفة أثناء مرور قافلة عسكرية في إقليم شرناق اليوم. وألقيت مسؤولية الهجوم على حزب العمال الكردستاني.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "PKK");
    }

    [Fact]
    public void A_bombing_the_blame_for_which_is_thrown_on_a_group_in_a_relative_clause_is_that_groups()
    {
        var events = Learned("استهدف تفجير انتحاري ألقي باللوم فيه على تنظيم داعش مركزا ثقافيا في بلدة سوروتش يوم الاثنين وقتل 32 شخصا.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
    }

    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Events.Published }).Events;
}
