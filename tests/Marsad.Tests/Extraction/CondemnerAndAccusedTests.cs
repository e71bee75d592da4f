using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The party that condemns or accuses is neither the doer of the deed it speaks of nor the party it accuses; a
/// condemnation in a statement that was blocked was never made (issue 9, s33-condemn).
/// </summary>
public class CondemnerAndAccusedTests
{
    private static readonly DateOnly February = new(2013, 2, 23);

    [Fact]
    public void A_list_of_accused_right_after_the_verb_is_not_the_accuser()
    {
        var events = Of("وقال الرئيس التركي إن بلاده ستواصل ضرب الإرهاب. كما اتهم حزب العمال الكردستاني وتنظيم داعش بأن هدفهما واحد هو إضعاف تركيا.", February);
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id is "PKK" or "ISIL");
    }
}
