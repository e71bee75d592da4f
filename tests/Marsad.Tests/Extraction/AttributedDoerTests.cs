using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The doer an attack is laid to (docs/events.md, "s20b-hoststate"): «هجوم انتحاري نسب إلى تنظيم
/// داعش» names the alleged doer, not the state that tightened its security after it.
/// </summary>
public class AttributedDoerTests
{
    [Fact]
    public void A_suicide_attack_laid_to_a_group_is_that_groups_deed_not_the_struck_states()
    {
        var events = Of("وشددت الحكومة التركية الإجراءات الأمنية غداة هجوم انتحاري نسب إلى تنظيم داعش في مدينة سوروتش.");
        Assert.Contains(events, e => e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void A_bombing_laid_to_a_group_by_its_lam_is_that_groups()
    {
        var events = Of("وشددت أنقرة الإجراءات الأمنية بعد مقتل 32 شخصا في تفجير انتحاري نسب لتنظيم داعش في بلدة سوروتش.");
        Assert.Contains(events, e => e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void Two_policemen_a_killing_word_names_in_the_dual_are_its_dead_not_its_doer()
    {
        var events = Of("قتل عنصران من الشرطة التركية بالرصاص صباح أمس في مدينة أضنة جنوب البلاد.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "TUR");
    }
}
