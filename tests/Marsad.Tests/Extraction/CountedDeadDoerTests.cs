using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The party whose dead a sentence counts did not do the deed that killed them, and a topic carried past an armed party's
/// dead is no doer of it either (docs/events.md s38b-victim; handread 07i U8, U15).
/// </summary>
public class CountedDeadDoerTests
{
    private static readonly DateOnly August = new(2015, 8, 10);

    [Fact]
    public void The_group_whose_men_were_killed_in_strikes_is_not_the_striker()
    {
        var events = Of("سيطر تنظيم داعش على قرية قرب مدينة الرقة أمس. وأشار المرصد إلى مقتل 11 من داعش جراء استهداف مقر في مدينة الطبقة، بينما قتل 19 منهم في استهداف لمعسكر قرب مدينة الرقة.", August);
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void The_police_whose_officer_tells_of_an_attack_on_sahwa_men_is_not_the_attacker()
    {
        var events = Of("فتحت قوات الامن العراقية النار على متظاهرين في الموصل. وقال ضابط في شرطة سامراء إن \"قتل اربعة من عناصر الصحوة في هجوم استهدف نقطة تفتيش\" قرب سامراء.", August);
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "IRQ-MIL");
    }

    [Fact]
    public void Civilians_killed_in_shelling_leave_the_shelling_side_carried()
    {
        var events = Of("قصفت قوات النظام بلدة كفرنبل بريف إدلب. وقتل خمسة مدنيين في قصف على بلدة معرة النعمان.", August);
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-MIL" && e.Location?.Name == "معرة النعمان");
    }
}
