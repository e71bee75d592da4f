using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Phrases that name a deed's doer after it where the linker read none (docs/events.md, s14-nobody):
/// «على أيدي» after a passive verb, the source noun «مصدره» after a shell, and «من» or «ل» right
/// after a deed noun («قصف من القوات», «غارات للطيران», «مجزرة للقوات»).
/// </summary>
public class DoerPhraseTests
{
    [Fact]
    public void Policemen_killed_at_the_hands_of_gunmen_were_killed_by_the_gunmen()
    {
        var events = Of("وقتل ثلاثة من عناصر الشرطة على أيدي مسلحين مجهولين عند حاجز في بعقوبة صباح اليوم.");
        var killing = Assert.Single(events, e => e.Evidence.Text.Contains("قتل", StringComparison.Ordinal));
        Assert.Equal("UNIDENTIFIED-ARMED", killing.Actor1?.Id);
    }

    [Fact]
    public void A_rocket_whose_source_is_named_has_that_source_for_doer()
    {
        var events = Of("قتل خمسة مدنيين أمس إثر سقوط صاروخ مصدره قوات النظام على حي شعبي في مدينة حلب.");
        var rocket = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("SYR-MIL", rocket.Actor1?.Id);
    }

    [Fact]
    public void A_shell_whose_source_is_unknown_has_no_doer()
    {
        var events = Of("شنت قوات النظام غارات على مدينة دوما أمس. وسقطت قذيفة مصدرها مجهول على حي القصاع في دمشق مساء اليوم.");
        var shell = Assert.Single(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("قذيفة", StringComparison.Ordinal));
        Assert.Null(shell.Actor1);
    }

    [Fact]
    public void Shelling_from_the_regime_forces_is_the_regime_forces_shelling()
    {
        var events = Of("قال ناشطون إن الجيش الحر سيطر على حاجز في حي جوبر بدمشق، تزامنا مع قصف من القوات النظامية على الحي.");
        var shelling = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("SYR-MIL", shelling.Actor1?.Id);
    }

    [Fact]
    public void A_massacre_of_the_regime_forces_is_the_regime_forces_massacre()
    {
        var events = Of("أفادت الهيئة العامة للثورة اليوم بمقتل 15 شخصا في مجزرة للقوات النظامية في بلدة السفيرة بريف حلب.");
        var massacre = Assert.Single(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.Equal("SYR-MIL", massacre.Actor1?.Id);
    }

    [Fact]
    public void A_bombing_the_revolutionary_peoples_liberation_front_claims_is_its_bombing()
    {
        var events = Of("أعلنت جبهة التحرير الشعبية الثورية مسؤوليتها عن التفجير الانتحاري الذي استهدف مبنى السفارة في أنقرة أمس وقتل حارسا.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "DHKP-C");
    }
}
