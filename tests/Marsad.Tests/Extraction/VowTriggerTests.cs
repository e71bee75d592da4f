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
    public void Resolve_to_confront_told_with_a_noun_is_a_threat()
    {
        Single("قال وزير الخارجية السعودي إن بلاده عازمة على مواجهة التدخل الإيراني في المنطقة.", "THREATEN");
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
}
