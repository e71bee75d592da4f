using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Trigger forms of s18-recall (docs/events.md, "s18-recall"): vows of force are threats; shots ringing out are an attack.</summary>
public class VowTriggerTests
{
    [Fact]
    public void A_president_vowing_to_purge_the_country_of_a_group_threatens_it()
    {
        var e = Single("تعهد الرئيس السوري بشار الأسد اليوم بتطهير البلاد من المسلحين.", "THREATEN");

        Assert.Contains("تعهد", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_promise_to_crush_a_party_is_a_threat_against_it()
    {
        var e = Single("وعد الرئيس التركي رجب طيب أردوغان بسحق حزب العمال الكردستاني.", "THREATEN");

        Assert.Equal("TUR", e.Actor1?.Id);
    }

    [Fact]
    public void A_vow_to_keep_up_support_is_no_threat()
    {
        var events = Of("تعهد وزير الخارجية الأميركي بمواصلة دعم المعارضة السورية.");

        Assert.DoesNotContain(events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void Gunfire_ringing_out_at_a_checkpoint_is_an_attack()
    {
        var events = Of("وسرعان ما انطلق الرصاص على حاجز للجيش في مدينة حمص.");

        Assert.Contains(events, e => e.Evidence.Text.Contains("انطلق", StringComparison.Ordinal));
    }

    [Fact]
    public void A_march_setting_off_is_no_attack()
    {
        var events = Of("انطلقت المسيرة من أمام الجامع الكبير في مدينة درعا.");

        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Police_firing_birdshot_at_protesters_is_gunfire()
    {
        var events = Of("قامت قوات الأمن بإطلاق طلقات الخرطوش على المتظاهرين في ميدان التحرير بالقاهرة.");

        Assert.Contains(events, e => e.Evidence.Text.Contains("إطلاق", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_round_fired_at_a_man_is_gunfire()
    {
        var events = Of("أطلق مسلحون عيارا ناريا على موظف حكومي في حي البنوك في بغداد.");

        Assert.Contains(events, e => e.Evidence.Text.Contains("أطلق", StringComparison.Ordinal));
    }
}
