using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Those a verbal noun happened to, named before it, are not its doer: the subject of «تعرض» and
/// the dead and wounded of «قتل … بانفجار». A casualty clause keeps actor1 null (docs/annotation.md
/// 6.3); an undergone noun takes the doer «من» names after it. A doer the clause does name is still read.
/// </summary>
public class PatientBeforeTests
{
    [Fact]
    public void The_subject_of_a_verb_of_undergoing_is_not_read_as_the_doer_of_the_shelling()
    {
        var e = Single("قال الجيش الحر إن مواقع قوات النظام تعرضت لقصف عنيف في بلدة خان شيخون صباح اليوم.", "REMOTE");
        Assert.NotEqual("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void A_shelling_undergone_takes_the_forces_named_after_from_as_the_doer()
    {
        var e = Single("وتعرضت أحياء في مدينة حرستا لقصف عنيف من القوات النظامية مساء أمس.", "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void A_shelling_undergone_still_takes_the_doer_named_by_min_qibal()
    {
        var e = Single("وتعرضت بلدة خان شيخون لقصف من قبل قوات النظام صباح اليوم.", "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void Soldiers_killed_by_a_shelling_are_not_its_doer()
    {
        var e = Single("وقتل ثلاثة جنود عراقيين بقصف صاروخي على قاعدة قرب بعقوبة.", "REMOTE");
        Assert.Null(e.Actor1);
    }

    [Fact]
    public void A_force_named_right_after_the_killing_verb_is_the_doer_of_the_shelling()
    {
        var e = Single("وقتل الجيش العراقي عشرين مسلحا بقصف مدفعي على بلدة قرب بعقوبة.", "REMOTE");
        Assert.Equal("IRQ-MIL", e.Actor1?.Id);
    }
}
