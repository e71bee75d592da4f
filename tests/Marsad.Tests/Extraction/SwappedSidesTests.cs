using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The side that attacks or takes is actor1, not the side told beside it (docs/events.md s36-sides): a state a compass
/// noun governs («في شمال سوريا») is a place and no doer, and the genitive of an attempt noun after a clash word
/// («على خلفية محاولة المسلحين الدخول») tried the offensive the clash is about.
/// </summary>
public class SwappedSidesTests
{
    private static readonly DateOnly February = new(2013, 2, 11);

    [Fact]
    public void A_country_after_a_compass_noun_is_no_doer_of_the_capture()
    {
        var events = Of("وقال ناشطون إن معارضين سيطروا على سد في محافظة الرقة بشرق سوريا. وأضاف المرصد أن مقاتلين إسلاميين سيطروا أيضا على بلدة الثورة القريبة منه.", February);
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Actor1?.Id is "SYR-MIL" or "SYR-GOV");
    }

    [Fact]
    public void Gunmen_whose_attempt_to_enter_set_off_the_clashes_are_their_attackers()
    {
        var events = Of("وشهد محيط بلدة عدرا بريف دمشق اشتباكات عنيفة اليوم على خلفية محاولة المسلحين الدخول إليها.", February);
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-REBELS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-MIL");
    }
}
