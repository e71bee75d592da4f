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

    [Fact]
    public void Rebels_storming_a_checkpoint_despite_the_air_raids_make_an_assault_not_a_strike()
    {
        // «الطيران» is the genitive of «غارات», no subject of «اقتحمت» (review29 finding 1).
        var events = Of("ورغم كثافة غارات الطيران اقتحم مقاتلو المعارضة حاجزا للجيش في ريف حماة الشمالي أمس.");
        var storming = Assert.Single(events, e => e.Evidence.Text.Contains("اقتحم", StringComparison.Ordinal));
        Assert.Equal("ASSAULT", storming.Type);
    }

    [Fact]
    public void Rebels_answering_the_shelling_of_the_aircraft_by_storming_a_post_make_an_assault_not_a_strike()
    {
        var events = Of("وردت الفصائل المقاتلة على قصف الطيران فاقتحمت حاجزا للجيش قرب بلدة اللطامنة أمس.");
        var storming = Assert.Single(events, e => e.Evidence.Text.Contains("اقتحم", StringComparison.Ordinal));
        Assert.Equal("ASSAULT", storming.Type);
    }
}
