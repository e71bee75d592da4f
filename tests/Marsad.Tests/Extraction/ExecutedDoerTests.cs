using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The doer named by the verb that carried out the deed (docs/events.md, "s18-doer"): «بعملية
/// نفذتها القوات», «في هجوم … شنه الحزب» name the doer of the deed and of the killing it caused.
/// </summary>
public class ExecutedDoerTests
{
    [Fact]
    public void The_forces_that_carried_out_the_operation_are_the_doer_of_the_killing_it_caused()
    {
        var events = Of("قتل 12 عنصرا من تنظيم داعش اليوم بعملية أمنية نفذتها القوات العراقية شرقي الفلوجة.");
        Assert.Contains(events, e => e.Actor1?.Id == "IRQ-MIL");
        Assert.DoesNotContain(events, e => e.Actor1 is null || e.Actor1.Id == "ISIL");
    }

    [Fact]
    public void The_party_that_launched_the_attack_after_its_adjectives_and_time_is_its_doer()
    {
        var events = Of("وقال الجيش التركي إن جنديين قتلا في هجوم مسلح ليل الخميس شنه حزب العمال الكردستاني قرب الحدود.");
        Assert.Contains(events, e => e.Actor1?.Id == "PKK");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void A_doer_told_as_one_of_two_is_not_taken()
    {
        var events = Of("وقال الجيش التركي إن جنديين قتلا في هجوم مسلح ليل الخميس شنه حزب العمال الكردستاني أو تنظيم داعش قرب الحدود.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id is "PKK" or "ISIL");
    }
}
