using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// review31 finding 15: a force that finds, recovers or receives the dead («عثرت القوات الأمنية على جثة», «انتشلت»,
/// «تسلمت») came upon them after the deed; it is no doer of the killing told after it.
/// </summary>
public class FoundBodiesTests
{
    [Fact]
    public void The_security_force_that_found_a_body_did_not_kill_the_man()
    {
        var events = Of("وذكر مصدر في الشرطة أن القوات الأمنية عثرت على جثة رجل قضى ذبحا في حي الزهور شرق الموصل.", new DateOnly(2013, 3, 1));
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "IRQ-MIL");
    }

    [Fact]
    public void Police_who_recovered_bodies_are_not_the_killers()
    {
        var events = Of("وانتشلت قوة من الشرطة العراقية جثث ثلاثة مدنيين قتلوا رميا بالرصاص بعد خطفهم في منطقة الدورة جنوبي بغداد.", new DateOnly(2013, 3, 1));
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "IRQ-MIL");
    }

    [Fact]
    public void A_force_that_kills_gunmen_is_still_their_killer()
    {
        var events = Of("وقتلت القوات الأمنية ثلاثة مسلحين في اشتباك قرب الموصل ثم عثرت على مخبأ للأسلحة.", new DateOnly(2013, 3, 1));
        Assert.Contains(events, e => e.Actor1?.Id == "IRQ-MIL");
    }
}
