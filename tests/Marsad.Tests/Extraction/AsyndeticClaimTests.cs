using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «هجوما انتحاريا … أعلن تنظيم داعش مسؤوليته عنه»: an indefinite deed noun's relative clause stands without «الذي», and the
/// party announcing its responsibility for it («عنه») is the deed's doer (EventStage.ApplyAsyndeticClaims).
/// </summary>
public class AsyndeticClaimTests
{
    private static List<Marsad.Output.EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_group_announcing_its_responsibility_for_an_indefinite_bombing_in_a_clause_without_alladhi_is_its_doer()
    {
        var events = Learned("قالت مصادر طبية إن هجوما انتحاريا بسيارة مفخخة في مدينة الموصل أعلن تنظيم داعش مسؤوليته عنه قتل 20 شخصا على الأقل.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void A_bombing_no_group_announced_its_responsibility_for_keeps_no_doer()
    {
        // A guard: a denied claim names nobody.
        var events = Learned("قالت مصادر طبية إن هجوما انتحاريا بسيارة مفخخة في مدينة الموصل لم تعلن أي جهة مسؤوليتها عنه قتل 20 شخصا على الأقل.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1 is { Id: not "UNIDENTIFIED-ARMED" });
    }
}
