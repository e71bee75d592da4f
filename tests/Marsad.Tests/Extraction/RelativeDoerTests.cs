using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The doer a relative clause names after a verbal noun («المجزرة التي ارتكبتها القوات»), the
/// condemner named behind its «قيادة», and the men a condemnation blames (docs/learning.md,
/// "Actors, tenth step, s10-actor").
/// </summary>
public class RelativeDoerTests
{
    [Fact]
    public void A_massacre_that_the_regime_forces_committed_takes_those_forces_as_its_doer()
    {
        var e = Single("وشهدت المدينة أمس المجزرة التي ارتكبتها قوات النظام في بلدة التريمسة بريف حماة.", "ATTACK_CIVILIANS");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void The_command_of_a_rebel_division_is_the_one_who_condemns_and_the_men_it_blames_are_the_target()
    {
        var e = Single("استنكرت قيادة الفرقة 30 قيام عناصر تابعة لجبهة النصرة بخطف قائدها في ريف حلب.", "ACCUSE");
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
        Assert.Equal("NUSRA", e.Actor2?.Id);
    }

    [Fact]
    public void Men_belonging_to_a_group_named_by_a_condemnation_are_never_the_condemner()
    {
        var e = Single("استنكر الأهالي قيام عناصر تابعة لتنظيم داعش بإحراق المحاصيل في الرقة.", "ACCUSE");
        Assert.NotEqual("ISIL", e.Actor1?.Id);
    }
}
