using Marsad.Geo;
using Marsad.Output;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s33-places): the place of the deed. A compass adjective with the article belongs to the
/// noun before it and opens no relative place; a region two countries dispute is no foreign country
/// of an article that names either of them; the town of a hospital where the hurt lie is not where
/// they were hurt.
/// </summary>
public class PlaceDeedSceneTests
{
    [Fact]
    public void A_sector_called_eastern_before_east_of_ramadi_gives_east_of_ramadi_once()
    {
        var places = PlaceStageRun.Places("شنت القوات هجوما على مواقع التنظيم في القاطع الشرقي شرقي الرمادي.");
        Assert.DoesNotContain(places, p => p.Text.StartsWith("شرقي شرقي", StringComparison.Ordinal));
        var east = Assert.Single(places, p => p.Text.Contains("الرمادي", StringComparison.Ordinal));
        Assert.Equal("شرقي الرمادي", east.Text);
    }

    [Fact]
    public void A_bare_compass_word_before_a_town_still_opens_a_relative_place()
    {
        var places = PlaceStageRun.Places("قتل جنديان في هجوم شرقي الرمادي.");
        Assert.Single(places, p => p.Text == "شرقي الرمادي");
    }

    [Fact]
    public void A_clash_in_kashmir_stays_in_kashmir_when_the_article_names_india_and_pakistan()
    {
        var result = Extract("قال مسؤولون في الهند وباكستان إن القوات الهندية قتلت جنديا باكستانيا في منطقة كشمير.");
        var e = Assert.Single(result.Events, x => x.Type == "ASSAULT");
        Assert.Equal("ft:shared-in-pk-kashmir", e.Location!.GazetteerId);
    }

    [Theory]
    [InlineData("ft:shared-in-pk-kashmir", "IN", "PK")]
    [InlineData("ft:shared-ru-ua-crimea", "RU", "UA")]
    public void A_shared_region_id_names_its_two_countries(string id, string a, string b)
    {
        Assert.Equal((a, b), CountryGuard.BorderCountries(id));
    }

    [Fact]
    public void A_soldier_who_died_of_his_wounds_in_a_hospital_was_not_hurt_at_its_town()
    {
        var events = Of("توفي جندي اليوم بمستشفى الرمادي متأثرا بجروح أصيب بها في هجوم على رتل عسكري أمس.");
        Assert.DoesNotContain(events, e => e.Location?.Name?.Contains("الرمادي", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_hospital_struck_by_the_planes_is_placed_at_its_town()
    {
        var e = Single("قصفت الطائرات مستشفى حلب الوطني فقتل خمسة مدنيين.", "REMOTE");
        Assert.Equal("حلب", e.Location?.Name);
    }
}
