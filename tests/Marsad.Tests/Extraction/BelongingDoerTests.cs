using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Fighters tied to a named party by a word of belonging («مسلحون ينتمون لحزب العمال الكردستاني», «ينتمون إلى جبهة
/// النصرة») are that party's men, as fighters «من» it are (ActorStage.JoinPartitives); and a verb form behind the clitic
/// «ب» («قام بأسر مقاتلين …») is a verbal noun whose party after it was acted on (ActorLinker; docs/events.md "s37b-doers").
/// </summary>
public class BelongingDoerTests
{
    [Fact]
    public void Gunmen_who_belong_to_a_named_party_carried_out_the_attack_of_that_party()
    {
        var events = Learned("قتل جندي تركي مساء الثلاثاء في هجوم شنه مسلحون ينتمون لحزب العمال الكردستاني في بلدة سيلوبي جنوب شرق تركيا.");
        Assert.Contains(events, e => e.Type is "ASSAULT" or "REMOTE" && e.Actor1?.Id == "PKK");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void Gunmen_who_belong_to_a_front_named_after_ila_are_its_men()
    {
        var events = Learned("هاجم مسلحون ينتمون إلى جبهة النصرة حاجزا للجيش في مدينة السفيرة بريف حلب أمس فقتلوا خمسة جنود.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "NUSRA");
    }

    [Fact]
    public void Gunmen_who_belong_to_no_named_party_stay_unidentified()
    {
        var events = Learned("هاجم مسلحون ينتمون إلى جنسيات أجنبية حاجزا للجيش في بلدة سيلوبي جنوب شرق تركيا فقتلوا جنديين.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void Fighters_a_party_captured_are_its_captives_not_its_captors()
    {
        var events = Learned("وقال ناشطون إن الجيش السوري الحر قام بأسر مقاتلين من الحرس الثوري الإيراني في مدينة الرقة.");
        Assert.Contains(events, e => e.Actor1?.Id == "SYR-REBELS" && e.Actor2?.Id == "IRN");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "IRN");
    }

    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = new DateOnly(2015, 8, 5) }).Events;
}
