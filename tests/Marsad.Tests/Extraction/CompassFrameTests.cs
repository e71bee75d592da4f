using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A compass part of a country right after a place («محافظة الانبار بغرب العراق») only says where that place lies, with its
/// preposition written on the compass word as with «في شمال البلاد»: the deed's place is the one it locates (docs/events.md s36b-compass).
/// </summary>
public class CompassFrameTests
{
    private static readonly DateOnly July = new(2015, 7, 26);

    [Fact]
    public void A_province_a_compass_part_glued_to_its_preposition_locates_is_the_place_of_the_deed()
    {
        var events = Of("وقالت الشرطة إن مسلحين في محافظة الانبار بغرب العراق هاجموا أمس حاجزا للجيش وقتلوا ثلاثة جنود.", July);
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Location?.Name == "محافظة الانبار");
        Assert.DoesNotContain(events, e => e.Location?.Name == "غرب العراق");
    }
}
