using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Aircraft, artillery or warships as the subject right before a verb of attacking make the deed a strike, REMOTE,
/// whoever was linked as its doer (s29-type, issue 9).
/// </summary>
public class StrikerSubjectTests
{
    [Fact]
    public void Warplanes_that_launch_attacks_on_camps_make_a_strike()
    {
        var events = Of("وقال الجيش التركي إن طائرات مقاتلة تركية شنت هجمات على معسكرات لحزب العمال الكردستاني في جبال قنديل.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Fighting_factions_that_launch_an_attack_make_no_strike()
    {
        var events = Of("وقال المرصد إن فصائل إسلامية ومقاتلة تشن هجوما عنيفا منذ صباح اليوم على أحياء مدينة درعا.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }
}
