using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A vague plural's floor gives way to the count the next sentence gives (docs/events.md, s7-fatal).</summary>
public class VagueTollTests
{
    [Fact]
    public void Tens_of_bodies_then_a_count_of_them_take_the_count()
    {
        var events = Of("وعثر السكان على عشرات الجثث في مدينة حلب يبدو أن أصحابها أعدموا.\nوقال ناشطون إنهم عثروا على 40 جثة قرب النهر.");
        Assert.Contains(events, e => e.Fatalities == 40);
        Assert.DoesNotContain(events, e => e.Fatalities == 10);
    }

    [Fact]
    public void Tens_of_dead_then_a_smaller_count_keep_the_floor()
    {
        // Three is not "tens": the next sentence counts something else, the floor stands.
        var events = Of("وعثر السكان على عشرات الجثث في مدينة حلب يبدو أن أصحابها أعدموا.\nوقال ناشطون إنهم عثروا على 3 جثث قرب النهر.");
        Assert.Contains(events, e => e.Fatalities == 10);
    }
}
