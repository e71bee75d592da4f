using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A party counted by an indefinite count noun («عددا من الطائرات الحربية التركية») that stands subject of its clause is that
/// clause's subject, and a verb joined by «و» with no subject of its own carries it (docs/events.md s36b-compass).
/// </summary>
public class CountedSubjectTests
{
    private static readonly DateOnly February = new(2013, 2, 10);

    [Fact]
    public void Warplanes_a_count_names_are_the_strikers_of_the_verb_joined_after_their_take_off()
    {
        var events = Of("وذكرت مصادر أمنية اليوم أن عددا من الطائرات الحربية التركية قد أقلعت من قاعدة ديار بكر الجمعة، وقصفت مواقع للمسلحين الأكراد في منطقة شمال العراق.", February);
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "TUR");
    }
}
