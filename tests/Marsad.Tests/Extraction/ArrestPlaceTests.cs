using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// An arrest the article places nowhere below a country is coded in the country of the state whose
/// forces made it, at country precision, when the article names that country; never in the article's
/// focus abroad, and never dropped as a country-level commentary (issue 9).
/// </summary>
public class ArrestPlaceTests
{
    private const string IraqNews = "قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد والموصل وتكريت.\n\n";

    [Fact]
    public void An_arrest_by_a_named_state_abroad_is_placed_in_that_state()
    {
        var arrests = Of(IraqNews + "وأعلنت السلطات الكويتية اعتقال ثلاثة مطلوبين بعد أن شهدت الكويت تفجيرا مماثلا.").Where(e => e.Type == "ARREST").ToList();
        var arrest = Assert.Single(arrests);
        Assert.Equal("KW", arrest.Location?.Country);
        Assert.Equal("country", arrest.Location?.Precision);
    }

    [Fact]
    public void An_arrest_told_without_a_place_by_a_state_named_elsewhere_is_placed_in_that_state()
    {
        // The arrest's sentence names no place; «الكويت» stands only in the sentence before, so only the
        // doer's state (PlaceInDoerState) can place it there rather than at the Iraqi focus.
        var arrests = Of(IraqNews + "ورفعت الكويت حالة التأهب على حدودها.\n\nواعتقلت السلطات الكويتية ثلاثة مطلوبين.").Where(e => e.Type == "ARREST").ToList();
        var arrest = Assert.Single(arrests);
        Assert.Equal("KW", arrest.Location?.Country);
    }

    [Fact]
    public void An_arrest_by_a_state_the_article_never_names_as_a_place_is_not_placed_there()
    {
        var arrests = Of(IraqNews + "وأعلنت السلطات الكويتية اعتقال ثلاثة مطلوبين.").Where(e => e.Type == "ARREST");
        Assert.DoesNotContain(arrests, e => e.Location?.Country == "KW");
    }

    [Fact]
    public void An_arrest_with_a_town_of_its_own_keeps_the_town()
    {
        var arrest = Single(IraqNews + "وأعلنت السلطات الكويتية اعتقال ثلاثة مطلوبين في مدينة الجهراء بعد أن شهدت الكويت تفجيرا.", "ARREST");
        Assert.Equal("point", arrest.Location?.Precision);
    }
}
