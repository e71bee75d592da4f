using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The party that tells of a deed through a bare «أن/إن», or describes the deed it takes as object, is the deed's
/// source, not its doer (docs/annotation.md 6.3); a teller of its own deed («أنه», «إن قواته», «إن مقاتليه») stays its doer.
/// </summary>
public class TellerTests
{
    [Fact]
    public void The_police_who_announce_an_abduction_are_not_its_doer()
    {
        var events = Of("أعلنت الشرطة العراقية أن مرشحا للانتخابات وثلاثة من أقاربه خطفوا قرب مدينة بيجي شمال بغداد.");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "IRQ-MIL");
    }

    [Fact]
    public void The_army_that_explains_where_an_attack_hit_is_not_its_doer()
    {
        var events = Of("وأوضحت القيادة العامة للجيش والقوات المسلحة السورية أن الهجوم استهدف مركزا عسكريا للبحث العلمي في منطقة جمرايا.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void A_government_that_told_of_a_raid_is_not_carried_to_the_next_sentence()
    {
        var events = Of("قالت الحكومة السورية إن طائرات حربية إسرائيلية قصفت مركزا عسكريا شمال غرب دمشق. وذكر التلفزيون الرسمي أن الهجوم وقع فجر الأربعاء بمنطقة جمرايا.");
        Assert.Contains(events, e => e.Actor1?.Id == "ISR-MIL");
        Assert.DoesNotContain(events, e => e.Actor1?.Id is "SYR-MIL" or "SYR-GOV");
    }

    [Fact]
    public void A_group_that_says_its_fighters_attacked_is_their_doer()
    {
        var events = Of("وقال تنظيم داعش في بيان إن مقاتليه هاجموا مبنيين في بلدة مارع شمال حلب.");
        Assert.Contains(events, e => e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void An_army_that_says_it_shelled_is_the_shelling_doer()
    {
        var events = Of("وأعلن الجيش التركي أنه قصف مواقع للمسلحين قرب بلدة جرابلس.");
        Assert.Contains(events, e => e.Actor1?.Id == "TUR");
    }
}
