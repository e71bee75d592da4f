using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Sides the grammar names (docs/events.md, "s21-target"): the one blamed between «حمّل» and
/// «المسؤولية» is no accuser, the one who laid an ambush («كمين نصبته X») is its doer, and the
/// subject of the noun of carrying out («قيام X باستهداف») does the deed.
/// </summary>
public class NamedSidesTests
{
    [Fact]
    public void The_regime_held_responsible_by_a_communique_is_not_the_accuser()
    {
        var events = Of("وحمل النظام السوري مسؤولية استمرار أعمال العنف في البلاد.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "SYR-GOV");
    }

    [Fact]
    public void A_government_that_holds_another_responsible_stays_the_accuser()
    {
        var events = Of("وحملت الحكومة المصرية جماعة الإخوان المسلمين مسؤولية أعمال العنف.");
        Assert.Contains(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "EGY");
    }

    [Fact]
    public void The_group_that_laid_an_ambush_is_its_doer_not_the_patrol_caught_in_it()
    {
        var events = Of("وكانت دورية للجيش اللبناني وقعت في كمين نصبته مجموعة مسلحين قرب عرسال.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "UNIDENTIFIED-ARMED");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "LBN-MIL");
    }

    [Fact]
    public void The_subject_of_the_noun_of_carrying_out_does_the_deed_the_condemner_does_not()
    {
        // A condemned deed, not a warned-of one: what a warning names is not coded apart (ThreatenedDeedTests).
        var events = Of("وأدانت وزارة الخارجية المصرية أمس قيام تنظيم داعش باستهداف المدارس في الأنبار.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id is "EGY" or "EGY-GOV");
    }
}
