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
}
