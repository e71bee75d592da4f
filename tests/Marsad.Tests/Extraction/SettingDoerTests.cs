using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A clash or attack noun behind a preposition of cause, after a verb of killing with both a subject and an
/// object, is the deed that subject killed in (docs/events.md, "s27-doer"): the killer is its doer, not the killed.
/// </summary>
public class SettingDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Clashes_in_which_a_force_killed_fighters_of_a_group_are_fought_by_the_force()
    {
        var events = RulesOnly("وقال ضابط في الشرطة إن القوات العراقية قتلت 17 مسلحا من تنظيم داعش في اشتباكات بمنطقة الكرمة شرقي الفلوجة.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "IRQ-MIL");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void An_attack_in_which_a_group_killed_soldiers_named_by_their_nationality_is_the_groups()
    {
        var events = RulesOnly("وقال مسؤول محلي إن حزب العمال الكردستاني قتل أربعة جنود أتراك في هجوم على مخفر حدودي في ولاية شرناق.");
        Assert.Contains(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "PKK");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "TUR");
    }
}
