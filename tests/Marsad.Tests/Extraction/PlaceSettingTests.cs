using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Which mention of a sentence is the deed's place: not one in a slogan quoted beside it, and the town a fronted phrase sets.</summary>
public class PlaceSettingTests
{
    [Fact]
    public void A_town_named_in_a_slogan_the_protesters_chant_is_not_where_they_protest()
    {
        var protests = Of("وفي مدينة حلب، تظاهر مئات الأشخاص هاتفين «دمشق لن تركع أبدا».").Where(e => e.Type == "PROTEST").ToList();

        Assert.NotEmpty(protests);
        Assert.All(protests, e => Assert.Equal("حلب", e.Location?.Name));
    }

    [Fact]
    public void A_town_fronted_before_the_deed_in_a_phrase_of_its_own_is_as_sure_a_place_as_one_after_it()
    {
        var fronted = Of("وفي مدينة حلب، تظاهر مئات الأشخاص ضد الحكومة.").Single(e => e.Type == "PROTEST");
        var inside = Of("تظاهر مئات الأشخاص في مدينة حلب ضد الحكومة.").Single(e => e.Type == "PROTEST");

        Assert.Equal("حلب", fronted.Location?.Name);
        Assert.Equal(inside.Confidence, fronted.Confidence);
    }
}
