using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A doer the article names by words that name it, outside the deed's own clause: the force a verb of managing says
/// killed a suicide bomber («تمكنت القوات الأمنية من قتل انتحاري», EventStage.IsStateBomber), and the group that
/// announces its own execution of a deed («أعلنت الجبهة تنفيذ أحد أعضائها الهجوم», EventStage.OwnedDeed;
/// docs/events.md "s37-nextdoer").
/// </summary>
public class NextDoerTests
{
    [Fact]
    public void The_security_forces_that_managed_to_kill_a_suicide_bomber_killed_him()
    {
        var events = Learned("انفجرت سيارة مفخخة قرب حسينية في قضاء المقدادية بمحافظة ديالى أمس. "
            + "وأضاف المصدر أن القوات الأمنية تمكنت من قتل انتحاري قبل تفجير نفسه قرب الحسينية.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "IRQ-MIL" && e.Actor2?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void A_group_that_announces_one_of_its_members_carried_out_the_attack_told_before_did_it()
    {
        var events = Learned("أطلق مسلحان النار على مركز للشرطة في مدينة ماردين التركية أمس فقتلا شرطيا. "
            + "وأعلن حزب العمال الكردستاني تنفيذ أحد عناصره الهجوم في بيان على موقعه.");
        Assert.Contains(events, e => e.Type is "ASSAULT" or "REMOTE" && e.Actor1?.Id == "PKK");
    }

    [Fact]
    public void A_group_that_announces_its_execution_of_a_suicide_attack_did_it()
    {
        var events = Learned("أعلنت جبهة النصرة تنفيذها هجوما انتحاريا استهدف حاجزا للجيش في مدينة حماة أمس وأسفر عن مقتل عشرة جنود.");
        Assert.Contains(events, e => e.Type is "ASSAULT" or "REMOTE" && e.Actor1?.Id == "NUSRA");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void An_attack_no_group_announced_it_carried_out_names_no_doer()
    {
        var events = Learned("انفجرت سيارة مفخخة قرب سوق في مدينة كركوك أمس فقتلت سبعة أشخاص. ولم تعلن أي جماعة تنفيذ الهجوم.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1 is not null);
    }

    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Events.Published }).Events;
}
