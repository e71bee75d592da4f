using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Types of the seventeenth step (issue 9, s17-type): a killing or a destruction told beside the strike that did it
/// («قتل … إثر سقوط قذيفة», «أطلقوا صاروخاً … فقتلوا», «قصفت … ودمرت») is that strike's toll, one REMOTE event
/// (SPEC §1 and §2), neither a clash nor a massacre of its own.
/// </summary>
public class EventTypeSeventeenthTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.StartsWith(word, StringComparison.Ordinal);

    [Fact]
    public void Children_killed_by_a_falling_shell_are_the_shelling_s_toll_not_a_massacre()
    {
        var events = Of("قتل خمسة أطفال إثر سقوط قذيفة صاروخية أطلقها مسلحون على حي الشعار في مدينة حلب أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type is "ATTACK_CIVILIANS" or "ASSAULT");
    }

    [Fact]
    public void An_officer_killed_by_the_rocket_the_same_men_fired_is_no_clash()
    {
        var events = Of("أطلق مسلحون صاروخا على سيارة مصفحة للشرطة في بلدة الجزيرة أمس فقتلوا ضابطا.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Vehicles_destroyed_by_an_air_strike_are_its_damage_not_a_clash()
    {
        var events = Of("قصفت طائرات التحالف مواقع للتنظيم قرب مدينة عين العرب أمس ودمرت ثلاث آليات.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Policemen_killed_in_answer_to_a_suicide_bombing_are_no_toll_of_it()
    {
        var events = Of("قتل مسلحون شرطيين في بلدة سروج أمس ردا على الهجوم الانتحاري.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && On(e, "قتل"));
    }

    [Fact]
    public void An_attack_the_reporter_adds_after_a_shelling_is_no_remote_violence()
    {
        var events = Of("وأفادت اللجان أن حي جوبر تعرض لقصف من طائرات النظام الحربية طوال النهار، مضيفة أن الجيش الحر هاجم موكبا للجيش النظامي في مدينة دير الزور.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("هاجم", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("هاجم", StringComparison.Ordinal));
    }
}
