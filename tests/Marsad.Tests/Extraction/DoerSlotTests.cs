using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Where the doer of a deed stands in its clause, and what cannot be it (docs/learning.md,
/// "Actors, eighth step, s8-actor").
/// </summary>
public class DoerSlotTests
{
    [Fact]
    public void Civilians_named_between_the_gunmen_and_their_verb_do_not_hide_the_gunmen()
    {
        var e = Single("قال مصدر في الشرطة إن مسلحين مجهولين يركبون دراجة مدنية أطلقوا النار على دورية في حي المنصور ببغداد.", "ASSAULT");
        Assert.Equal("UNIDENTIFIED-ARMED", e.Actor1?.Id);
    }

    [Fact]
    public void A_cell_belonging_to_a_group_is_arrested_and_its_group_is_the_target_not_the_doer()
    {
        var e = Single("أعلنت الشرطة التركية اعتقال خلية تابعة لتنظيم داعش في مدينة إسطنبول.", "ARREST");
        Assert.NotEqual("ISIL", e.Actor1?.Id);
        Assert.Equal("ISIL", e.Actor2?.Id);
    }

    [Fact]
    public void A_convoy_belonging_to_a_body_is_still_that_body_deed()
    {
        var e = Single("وصلت قافلة مساعدات تابعة للهلال الأحمر السوري إلى مدينة مضايا.", "AID");
        Assert.Equal("SARC", e.Actor1?.Id);
    }
}
