using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A weapon behind ب is the instrument of the strike told before it in its clause: a verb of pelting that is no
/// trigger of its own («أمطرت الفصائل البلدات بالقذائف»), or a verbal noun of striking («قامت … بقصف المبنى
/// بالصواريخ»). Its doer is that verb's subject or that strike's doer, not the state a place names nor the side
/// told before (docs/events.md s35-sides; H39 of docs/handread-2026-12-07b.md).
/// </summary>
public class InstrumentSideTests
{
    private static readonly DateOnly March = new(2013, 3, 19);

    [Fact]
    public void Rockets_behind_a_strike_noun_are_fired_by_the_strikes_doer()
    {
        var events = Of("أفاد ناشطون بأن كتائب \"الجيش الحر\" قامت بقصف مبنى قيادة الشرطة قرب ساحة الأمويين وسط دمشق بالصواريخ.", March);
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id is "SYR-MIL" or "SYR-GOV");
    }
}
