using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Blame that names a specific group makes it actor1 of the attack (docs/annotation.md 4.5; docs/events.md,
/// "s22-blame"): the accuser, most often the state the attack struck, is not its doer.
/// </summary>
public class BlamedDoerTests
{
    [Fact]
    public void A_bombing_the_government_lays_on_a_group_by_a_pronoun_of_responsibility_is_that_groups()
    {
        var events = Learned("قتل 32 شخصا في تفجير انتحاري استهدف مركزا ثقافيا في بلدة سوروتش يوم الاثنين. وحملت الحكومة التركية تنظيم داعش مسؤوليته.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void Responsibility_spelt_with_a_hamza_on_ya_is_the_same_blame()
    {
        var events = Learned("قتل 32 شخصا في تفجير انتحاري استهدف مركزا ثقافيا في بلدة سوروتش يوم الاثنين. وحملت الحكومة التركية تنظيم داعش المسئولية عنه.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void An_attack_the_police_accuse_a_group_of_carrying_out_is_that_groups()
    {
        var events = Learned("قتل جنديان في هجوم على نقطة عسكرية في مدينة ديار بكر أمس. واتهمت الشرطة التركية حزب العمال الكردستاني بتنفيذ الهجوم.");
        Assert.Contains(events, e => e.Type is "ASSAULT" or "REMOTE" && e.Actor1?.Id == "PKK");
    }

    [Fact]
    public void A_word_in_ba_that_is_no_charge_does_not_end_the_search_for_the_blamed()
    {
        // «بعد» is no charge: the scan goes on to «بالوقوف وراءه», which takes the bombing back, and the group
        // named before it is blamed, not the government that accuses it.
        var events = Learned("انفجرت سيارة مفخخة في سوق بمدينة بعقوبة أمس. واتهمت الحكومة العراقية بعد التفجير تنظيم داعش بالوقوف وراءه.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id is "IRQ-MIL" or "IRQ-GOV");
    }

    [Fact]
    public void A_denier_who_goes_on_to_accuse_still_blames()
    {
        // «الاتهامات» negates a claim of responsibility, not the verb of blaming that follows it.
        var events = Events.Of("انفجرت سيارة مفخخة في سوق بمدينة بعقوبة أمس. ونفت الحكومة العراقية الاتهامات واتهمت تنظيم داعش بالوقوف وراء التفجير.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
        events = Events.Of("انفجرت سيارة مفخخة في سوق بمدينة بعقوبة أمس. وتبادل الطرفان الاتهامات، واتهمت الحكومة العراقية تنظيم داعش بالوقوف وراء التفجير.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void Blame_for_obstructing_talks_names_no_doer_of_the_attack_before_it()
    {
        var events = Learned("قتل 5 أشخاص في تفجير سيارة مفخخة في مدينة حمص أمس. واتهم الوزير السعودية بعرقلة الحوار.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SAU");
    }

    [Fact]
    public void A_raid_the_president_accuses_another_state_of_is_not_his_own_armys()
    {
        var events = Learned("اتهم الرئيس السوري بشار الأسد أمس، إسرائيل بمحاولة زعزعة استقرار سوريا عبر شن غارة على قاعدة عسكرية قرب دمشق.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-MIL");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id is "ISR" or "ISR-MIL");
    }

    [Fact]
    public void A_bombing_no_one_claimed_is_not_the_army_of_the_sentence_before()
    {
        var events = Learned("شنت قوات الجيش العراقي حملة دهم في الأنبار أمس. وانفجرت سيارة ملغومة في سوق ببغداد فقتلت 20 شخصا، ولم تعلن أي جهة مسؤوليتها عن الهجوم.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1 is null);
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "IRQ-MIL");
    }

    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Events.Published }).Events;
}
