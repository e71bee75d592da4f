namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 9 (s26-placefine): a village or quarter the sources lack is put at the town its sentence
/// tells it by («بلدة المزاريب قرب مدينة درعا», «حي الحاضر بمدينة حماة»), with the town's
/// coordinates and region precision; the text still names a finer place than the town, and the
/// event is placed there, whether the place follows the trigger or frames the clause before it.
/// </summary>
public class VillageByTownPlaceTests
{
    [Fact]
    public void A_village_shelled_near_a_town_is_the_place_not_the_town()
    {
        var shelling = Events.Of("قتل ثلاثة مدنيين بقصف صاروخي لقوات النظام اليوم على بلدة المزاريب قرب مدينة درعا.")
            .Single(e => e.Type == "REMOTE");

        Assert.Equal("المزاريب", shelling.Location?.Name);
    }

    [Fact]
    public void A_quarter_told_by_its_city_is_the_place_of_an_attack_in_it()
    {
        var attack = Events.Of("واقتحم مسلحون مدرسة في حي الحاضر بمدينة حماة وأطلقوا النار على الحراس.")
            .First(e => e.Type is "ASSAULT" or "ATTACK_CIVILIANS");

        Assert.Equal("الحاضر", attack.Location?.Name);
    }

    [Fact]
    public void A_village_framing_the_clause_before_the_trigger_is_the_place()
    {
        var shelling = Events.Of("وفي بلدة المزاريب قرب مدينة درعا، قصفت قوات النظام المنازل بالصواريخ صباح اليوم.")
            .Single(e => e.Type == "REMOTE");

        Assert.Equal("المزاريب", shelling.Location?.Name);
    }

    [Fact]
    public void A_compass_phrase_beside_its_town_is_no_village()
    {
        var shelling = Events.Of("وقصفت قوات النظام بالمدفعية مواقع في مدينة درعا وشرق مدينة درعا.")
            .First(e => e.Type == "REMOTE");

        Assert.Equal("درعا", shelling.Location?.Name);
    }
}
