using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The strike's doer the words after the deed noun name (docs/events.md, s37b-air): the warplanes behind the ب
/// of the instrument («قصف بالطيران الحربي»), and the party behind a ل glued to the fallen shell («سقوط صاروخ
/// لقوات النظام»).
/// </summary>
public class NamedStrikerTests
{
    [Fact]
    public void Shelling_by_warplanes_in_Syria_is_the_regime_forces_shelling()
    {
        var events = Of("وأفاد ناشطون عن قصف بالطيران الحربي على أحياء مدينة حلب الشرقية مساء اليوم.");
        var shelling = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("SYR-MIL", shelling.Actor1?.Id);
    }

    [Fact]
    public void A_fallen_rocket_of_the_regime_forces_was_fired_by_them()
    {
        var events = Of("قتل ثلاثة مدنيين اليوم جراء سقوط صاروخ لقوات النظام على حي سكني في مدينة درعا.");
        var rocket = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("SYR-MIL", rocket.Actor1?.Id);
    }

    // A guard: it holds without the rule too (the fall rule), and must still hold with it.
    [Fact]
    public void A_rocket_that_fell_on_a_post_of_the_regime_forces_has_no_doer()
    {
        var events = Of("قتل ثلاثة جنود اليوم جراء سقوط صاروخ على مقر لقوات النظام في مدينة درعا.");
        var rocket = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Null(rocket.Actor1);
    }
}
