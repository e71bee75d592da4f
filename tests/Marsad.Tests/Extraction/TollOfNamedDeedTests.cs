namespace Marsad.Tests.Extraction;

/// <summary>
/// A count of dead in another clause of the sentence that names what they died of («قتل خمسة في هجوم», «إثر
/// انفجار») is that deed's toll, not the toll of a trigger in another clause (docs/events.md, "s22b-fatal").
/// </summary>
public class TollOfNamedDeedTests
{
    [Fact]
    public void A_shelling_does_not_take_the_dead_of_a_bombing_told_after_a_comma()
    {
        var events = Events.Of("قصفت قوات النظام مناطق في بلدة داريا، فيما قتل سبعة أشخاص في انفجار سيارة مفخخة في مدينة حمص.");

        var shelling = Assert.Single(events, e => e.Evidence.Text.Contains("قصفت", StringComparison.Ordinal));
        Assert.Null(shelling.Fatalities);
    }

    [Fact]
    public void A_shelling_still_takes_the_dead_its_sentence_tells_of_it_by_name()
    {
        var events = Events.Of("قصفت قوات النظام مناطق في بلدة داريا، وقتل سبعة أشخاص في القصف.");

        var shelling = Assert.Single(events, e => e.Evidence.Text.Contains("قصفت", StringComparison.Ordinal));
        Assert.Equal(7, shelling.Fatalities);
    }

    [Fact]
    public void A_shelling_still_takes_the_dead_of_its_consequence_clause()
    {
        var e = Events.Single("قصفت الطائرات مواقع المسلحين في مدينة حلب، ما أسفر عن مقتل 12 مسلحا.", "REMOTE");

        Assert.Equal(12, e.Fatalities);
    }
}
