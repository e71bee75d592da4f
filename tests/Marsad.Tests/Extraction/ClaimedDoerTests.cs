using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A doer a claim or an attribution names: an armed party that says «أنه» did the deed (ActorLinker.SelfTeller), and an
/// attack a sentence of its own lays on a group («ونسب الهجوم إلى X», EventStage.LaidOn), and «أن إرهابيين» before a deed verb
/// (ActorStage.IsSubjectOfThat; docs/events.md "s35-claims").
/// </summary>
public class ClaimedDoerTests
{
    [Fact]
    public void An_armed_group_that_says_it_downed_an_aircraft_is_the_doer_and_the_aircraft_owner_the_target()
    {
        var events = Learned("أعلن الجيش الحر أنه أسقط طائرة حربية تابعة للنظام في ريف حماة أمس.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-REBELS" && e.Actor2?.Id == "SYR-MIL");
    }

    [Fact]
    public void A_bombing_a_later_sentence_lays_on_a_group_behind_ila_is_that_groups()
    {
        var events = Learned("قتل ثلاثة جنود في انفجار لغم على طريق في ولاية هكاري اليوم. ونسب الهجوم الى متمردي حزب العمال الكردستاني.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "PKK");
    }

    [Fact]
    public void An_attack_the_media_lay_on_a_group_behind_the_clitic_lam_is_that_groups()
    {
        var events = Learned("قتل شرطي ليلة السبت في هجوم على مركز للشرطة في مدينة مديات. ونسبت وسائل إعلام تركية الهجوم لحزب العمال الكردستاني.");
        Assert.Contains(events, e => e.Type is "ASSAULT" or "REMOTE" && e.Actor1?.Id == "PKK");
        Assert.DoesNotContain(events, e => e.Actor1?.Id is "TUR" or "TUR-MIL");
    }

    [Fact]
    public void Terrorists_a_state_agency_says_struck_after_anna_are_the_rebels_in_syria()
    {
        var events = Learned("وقالت الوكالة الرسمية إن إرهابيين استهدفوا بعبوة ناسفة سور قلعة حلب اليوم.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void Terrorists_killed_by_the_army_are_not_read_as_a_doer_outside_a_that_clause()
    {
        var events = Learned("وقتلت وحدات الجيش إرهابيين اثنين في حي جوبر بدمشق اليوم.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "SYR-REBELS");
    }

    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Events.Published }).Events;
}
