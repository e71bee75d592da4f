using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>A gathering or a court named by its town («مؤتمر جنيف», «محادثات موسكو», «محكمة «كاتانيا»») puts the town on the map.</summary>
public class PlaceVenueTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_foreign_city_named_by_its_conference_in_a_syrian_report_is_a_place()
    {
        var places = Places("قصفت الطائرات مدينة حلب، وقال المعارض إن مؤتمر جنيف لم يوقف الحرب في سوريا.");
        var geneva = Assert.Single(places, p => p.Text == "جنيف");
        Assert.Equal("CH", geneva.Country);
    }

    [Fact]
    public void A_conference_noun_behind_a_conjunction_still_introduces_its_town()
    {
        var places = Places("قصفت الطائرات مدينة حلب، وطالب المعارض بتطبيق القرارات الدولية ومؤتمرات جنيف.");
        Assert.Contains(places, p => p.Text == "جنيف" && p.Country == "CH");
    }

    [Fact]
    public void A_capital_that_names_talks_is_the_town_not_its_government()
    {
        var places = Places("اتفق الوفدان في ختام محادثات موسكو على وقف إطلاق النار في حلب.");
        Assert.Contains(places, p => p.Text == "موسكو" && p.Country == "RU");
    }

    [Theory]
    [InlineData("قال الوزير في دمشق بعد ستة ايام من زيارته موسكو إن الحل سياسي.")]
    [InlineData("قال رئيس الحزب الليبي إنه سيزور موسكو قريبا لبحث الأوضاع.")]
    public void A_capital_that_is_visited_is_the_town_not_its_government(string sentence)
    {
        // A capital is a place only after a preposition word or a cue; a visit names the town visited.
        Assert.Contains(Places(sentence), p => p.Text == "موسكو" && p.Country == "RU");
    }

    [Fact]
    public void A_town_in_quotes_after_a_court_is_no_title()
    {
        var places = Places("نظرت محكمة «كاتانيا» في قضية المهربين السوريين.");
        Assert.Contains(places, p => p.Text == "كاتانيا" && p.Country == "IT");
    }

    [Fact]
    public void A_capital_as_the_sayer_stays_its_government()
    {
        var places = Places("قالت موسكو إن محادثات السلام فشلت.");
        Assert.DoesNotContain(places, p => p.Text == "موسكو");
    }
}
