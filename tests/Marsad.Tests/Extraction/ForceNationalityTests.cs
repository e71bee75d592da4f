using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Forces named by a nationality adjective (docs/events.md, "s24-doer"): the navy and the duals of
/// aircraft are force nouns whose nisba names their state; after a verb of downing the aircraft are
/// what is downed, never the subject.
/// </summary>
public class ForceNationalityTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void The_navy_with_a_nationality_is_that_states()
    {
        var e = Assert.Single(RulesOnly("وقصفت البحرية الأمريكية مواقع للحوثيين قرب الحديدة."), x => x.Type == "REMOTE");
        Assert.Equal("USA", e.Actor1?.Id);
    }

    [Fact]
    public void Two_syrian_warplanes_in_a_lebanese_report_are_the_syrian_forces()
    {
        var e = Assert.Single(RulesOnly("وقال الجيش اللبناني إن طائرتين حربيتين سوريتين أطلقتا صواريخ على بلدة عرسال."), x => x.Type == "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void Two_syrian_warplanes_shot_down_are_the_target_not_the_doer()
    {
        var e = Assert.Single(RulesOnly("أسقط مقاتلو المعارضة طائرتين حربيتين سوريتين فوق بلدة سراقب في ريف إدلب."), x => x.Type == "ASSAULT");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
    }

    [Fact]
    public void A_verb_of_downing_before_two_warplanes_leaves_their_state_no_doer()
    {
        var events = RulesOnly("وأسقطت طائرتين حربيتين سوريتين فوق بلدة سراقب في ريف إدلب.");
        Assert.Contains(events, x => x.Type == "ASSAULT");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor1?.Id is "SYR-MIL" or "SYR-GOV");
    }
}
