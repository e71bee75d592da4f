using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Accusations told with the blamed party between the verb and the blame, and the doer of a protest.</summary>
public class AccuseAndProtestTests
{
    [Fact]
    public void Holding_a_government_responsible_with_the_government_before_the_responsibility_is_an_accusation()
    {
        // The accuser is a known party: with «الحزب», no actor, the accused was the only party and was taken for the
        // accuser, which s28-noevent's gate drops (EventStage.IsAccusedAsAccuser).
        var events = Of("وحمل الائتلاف الوطني السوري الحكومة السورية المسؤولية عن تدهور الأوضاع.");
        Assert.Contains(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "SYR-OPP");
    }

    [Fact]
    public void Holding_a_government_responsible_by_an_unknown_party_does_not_make_the_government_the_accuser()
    {
        // review28 finding 9: the sentence the test above had before s28-noevent. «الحزب» is no actor, and the accused
        // (SYR-GOV) stands right before «المسؤولية»; whatever is coded, the accused is not the accuser.
        var events = Of("وحمل الحزب الحكومة السورية المسؤولية عن تدهور الأوضاع.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "SYR-GOV");
    }

    [Fact]
    public void Carrying_a_load_with_no_responsibility_named_is_no_accusation()
    {
        Assert.DoesNotContain(Of("وحمل الجنود أسلحتهم إلى الثكنة."), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void Putting_the_blame_on_a_country_after_the_speaker_is_an_accusation_of_that_country()
    {
        var events = Of("وألقت الحكومة العراقية باللوم على إيران في تصعيد العنف.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "IRQ-GOV", "IRN");
    }

    [Fact]
    public void The_party_named_after_a_verb_with_a_plural_subject_is_the_accused_not_the_accuser()
    {
        var events = Of("وعقد قادة الحشد الشعبي مؤتمرا حملوا فيه تنظيم داعش مسؤولية التفجيرات.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.NotEqual("ISIL", accuse.Actor1?.Id);
        Assert.Equal("ISIL", accuse.Actor2?.Id);
    }

    [Fact]
    public void A_protest_keeps_its_protesters_as_doers_when_the_models_decide_and_a_group_is_named_beside_it()
    {
        var log = new CandidateLog { Keep = EventModels.Keep, Actor1 = EventModels.Actor1, Actor2 = EventModels.Actor2, Type = EventModels.Type, Place = EventModels.Place, Modality = EventModels.Modality };
        var article = new Article { Source = "t", Body = "وشهدت مدن كربلاء والنجف والبصرة مظاهرات غاضبة بعد هجمات تنظيم داعش على الأسواق.", Published = Published };

        MarsadPipeline.CreateDefault().Extract(article, log);

        var protests = log.Rows.Where(r => r.Record.Type == "PROTEST").ToList();
        Assert.NotEmpty(protests);
        Assert.All(protests, r => Assert.Equal("PROTESTERS", r.Record.Actor1?.Id));
    }
}
