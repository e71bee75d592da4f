using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A body no actor lexicon names that condemns or accuses right after its verb is the speaker: the party of
/// another sentence, or the party it accuses, is no speaker (issue 9, s35-passive). The rules-only pipeline
/// keeps no ACCUSE without a speaker, so the learned pipeline is the one read.
/// </summary>
public class UnnamedBodySpeakerTests
{
    private static readonly DateOnly March = new(2013, 3, 12);

    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = March }).Events;

    [Fact]
    public void A_federation_that_condemns_a_kidnapping_does_not_speak_for_the_kidnappers()
    {
        var events = Learned("قالت صحافية أجنبية إنها كانت محتجزة لدى الجيش السوري الحر في ريف حلب. وأدان الاتحاد الدولي للصحافيين اختطاف الصحافية.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1 is not null);
    }

    [Fact]
    public void States_and_bodies_that_condemn_a_bombing_are_not_its_bomber()
    {
        var events = Learned("تبنى تنظيم داعش التفجير الانتحاري في مدينة سروج. ودانت دول ومنظمات التفجير الانتحاري.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "ISIL");
    }
}
