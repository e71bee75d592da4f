using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Two sides joined as the subject of a verb of exchanging («تبادل النظام والمعارضة القصف») give the deed to the side named
/// first, and the deed they blame each other for has no doer (issue 9, s40b-roles2).
/// </summary>
public class ReciprocalSidesTests
{
    [Fact]
    public void Shelling_two_sides_exchange_is_done_by_the_side_named_first()
    {
        var events = Of("وتتبادل القوات الحكومية والمعارضة القصف على أحياء مدينة حمص منذ ثلاثة أيام.");
        var strike = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("SYR-MIL", strike.Actor1?.Id);
        Assert.Equal("SYR-REBELS", strike.Actor2?.Id);
    }

    [Fact]
    public void An_attack_two_sides_blame_each_other_for_is_done_by_neither()
    {
        var events = Of("في الوقت الذي تبادل فيه النظام والمعارضة الاتهامات بشأن الهجوم الكيماوي على بلدة خان العسل قرب حلب.");
        Assert.DoesNotContain(events, e => e.Type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS" && e.Actor1 is not null);
    }
}
