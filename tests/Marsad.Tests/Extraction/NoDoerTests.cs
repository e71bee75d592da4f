using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A doer where the text names none (docs/events.md, "s29-nodoer"): «انتحاري» right after a deed noun is
/// the deed's adjective even where that noun was folded into a neighbouring trigger, so it names no
/// attacker (docs/annotation.md 6.3); after a verb it is the verb's subject, a person, and the attacker.
/// </summary>
public class NoDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_suicide_adjective_after_an_attack_noun_folded_into_a_blast_names_no_attacker()
    {
        var events = RulesOnly("وقالت مصادر في الشرطة إن الانفجارات التي هزت وسط بغداد أمس نجمت عن سيارات مفخخة، فيما يرجح أن انفجارا رابعا نتج عن هجوم انتحاري قرب مبنى وزارة العدل.");
        Assert.Contains(events, x => x.Type == "REMOTE");
        Assert.DoesNotContain(events, x => x.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void A_suicide_bomber_told_as_a_person_is_still_an_unnamed_attacker()
    {
        var events = RulesOnly("وقالت الشرطة إن انتحاريا فجر سيارة مفخخة قرب نقطة تفتيش في مدينة الرمادي أمس.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void A_suicide_bomber_after_a_verb_of_setting_off_is_its_subject_and_an_unnamed_attacker()
    {
        var events = RulesOnly("ووقع الانفجار في مركز ثقافي في مدينة سوروتش حيث فجر انتحاري نفسه بسيارة مفخخة أمس.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }
}
