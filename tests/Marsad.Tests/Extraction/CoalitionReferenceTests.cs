using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A bare «الائتلاف» repeats the noun of a body's name («الائتلاف الوطني السوري»): it refers back to the
/// last actor so named, and to no other body when none was (docs/events.md, s25-speaker).
/// </summary>
public class CoalitionReferenceTests
{
    [Fact]
    public void The_coalition_after_the_Syrian_national_coalition_is_the_Syrian_opposition()
    {
        var result = Extract("عقد الائتلاف الوطني السوري اجتماعا في إسطنبول أمس. وكان الائتلاف ندد في بيان بالدعم الروسي للنظام.");
        var reference = Assert.Single(result.Actors, a => a.Text == "الائتلاف");
        Assert.Equal("SYR-OPP", reference.Id);
    }

    [Fact]
    public void A_coalition_with_none_so_named_before_it_is_no_actor_though_another_body_was_named()
    {
        var result = Extract("دعت الأمم المتحدة إلى الحوار في بغداد، وقال نائب عن الائتلاف إن الانتخابات ستجري في موعدها.");
        Assert.DoesNotContain(result.Actors, a => a.Text.EndsWith("الائتلاف", StringComparison.Ordinal));
    }

    [Fact]
    public void The_coalition_speaks_the_condemnation_its_sentence_tells()
    {
        var accuse = Single("عقد الائتلاف الوطني السوري اجتماعا في إسطنبول أمس. وكان الائتلاف قد ندد في بيان بالدعم الروسي للنظام السوري.", "ACCUSE");
        Assert.Equal("SYR-OPP", accuse.Actor1?.Id);
    }
}
