using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Speakers no party name gives (issue 9, s35b-speaker): a document that accuses speaks for its issuer or for
/// nobody, never for the party it accuses; a ministry with a state's nationality is that state speaking; a body
/// with a nationality names no party.
/// </summary>
public class DocumentSpeakerTests
{
    private static readonly DateOnly March = new(2013, 3, 12);

    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = March }).Events;

    [Fact]
    public void A_statement_that_accuses_the_government_is_not_the_government_speaking()
    {
        var events = Learned("قال الشيخ الجبوري في بيان إن الحكومة العراقية تظلم السنة. واتهم البيان حكومة بغداد بظلم العراقيين وفتح النار على المعتصمين.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "IRQ-GOV");
    }

    [Fact]
    public void A_report_that_accuses_an_officer_does_not_speak_for_the_security_forces()
    {
        var events = Learned("قال تقرير حقوقي إن قوات الأمن أطلقت النار على المتظاهرين في السويس. واتهم التقرير ضابطا بتعمد إهانة الأهالي.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1 is { Id: "EGY-MIL" or "EGY" });
    }

    [Fact]
    public void The_foreign_ministry_with_its_nationality_is_that_state_condemning()
    {
        var events = Learned("رفض حزب الله طلبا بالرد على الغارة الإسرائيلية على دمشق. كما أدانت الخارجية المصرية الغارة الإسرائيلية.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "LBN-HEZ");
    }

    [Fact]
    public void A_network_with_a_nationality_that_condemns_bombings_names_no_party()
    {
        var events = Learned("قصف الجيش السوري الحر مبنى الإذاعة في دمشق. وأدانت الشبكة السورية لمراقبة حقوق الإنسان التفجيرات في دمشق.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "SYR-REBELS");
    }
}
