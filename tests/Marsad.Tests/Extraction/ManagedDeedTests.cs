using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The deed a verb of managing governs («تمكنت القوات من قتل …») is a verbal noun whose doer is the verb's subject;
/// the party after the noun is what the deed is done to, and a second noun tied to it by «بعد» is the same subject's
/// deed (docs/events.md s34-roles; pool C16 and D28 of docs/handread-2026-12-06n.md).
/// </summary>
public class ManagedDeedTests
{
    [Fact]
    public void A_siege_timed_by_a_managed_deed_is_the_deed_of_the_managing_subject()
    {
        var events = Of("وأكد قائد الشرطة أن القوات الأمنية تمكنت من قطع طرق إمداد داعش بعد محاصرتهم في الرمادي.");
        Assert.Contains(events, e => e.Type == "BLOCKADE");
        Assert.DoesNotContain(events, e => e.Type == "BLOCKADE" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void Warplanes_that_managed_to_strike_targets_of_a_group_are_the_strikers()
    {
        var events = Of("وقالت خلية الإعلام الحربي في بيان إن «الطيران الحربي العراقي تمكن من قصف أهداف تابعة لتنظيم داعش في ناحية الريحانة».");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
    }
}
