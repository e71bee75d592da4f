using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s32b-namesake): a lone place in a country nothing else of the article names, far from
/// every other place it names, is a namesake, not where the article is: it sets no focus.
/// </summary>
public class LoneFarNamesakeFocusTests
{
    private static PlaceHit Place(string text, string? country, string precision, double lat, double lon) =>
        new(0, 1, new TextSpan(0, text.Length), new PlaceMention { Text = text, Name = text, Country = country, Precision = precision, GazetteerId = "t:" + text, Lat = lat, Lon = lon });

    [Fact]
    public void A_lone_iranian_namesake_in_a_report_on_kashmir_does_not_make_iran_the_focus()
    {
        var focus = DocumentFocus.Of(
            [Place("باكستان", "PK", "country", 30.33, 71.25), Place("الهند", "IN", "country", 22.35, 78.67), Place("كشمير", null, "region", 34.1, 75), Place("خوي", "IR", "point", 38.55, 44.95)], []);
        Assert.NotEqual("IR", focus.Country);
        Assert.Contains(focus.Country, new[] { "IN", "PK" });
    }

    [Fact]
    public void A_lone_town_near_a_region_the_article_names_still_sets_the_focus()
    {
        var focus = DocumentFocus.Of(
            [Place("باكستان", "PK", "country", 30.33, 71.25), Place("الهند", "IN", "country", 22.35, 78.67), Place("كشمير", null, "region", 34.1, 75), Place("بارامولا", "XK", "point", 34.2, 74.34)], []);
        Assert.Equal("XK", focus.Country);
    }

    [Fact]
    public void A_lone_town_with_only_countries_beside_it_still_sets_the_focus()
    {
        var focus = DocumentFocus.Of(
            [Place("الولايات المتحدة", "US", "country", 39.8, -98.6), Place("الرمادي", "IQ", "point", 33.42, 43.3), Place("روسيا", "RU", "country", 61.5, 105.3)], []);
        Assert.Equal("IQ", focus.Country);
    }

    [Fact]
    public void A_lone_town_sets_the_focus_when_the_article_names_no_other_country()
    {
        var focus = DocumentFocus.Of([Place("خوي", "IR", "point", 38.55, 44.95)], []);
        Assert.Equal("IR", focus.Country);
    }

    [Fact]
    public void A_clash_on_the_kashmir_line_is_not_placed_in_iran_through_a_sector_named_like_an_iranian_town()
    {
        var result = MarsadPipeline.CreateRulesOnly().Extract(ArticleReader.Default.ReadString(
            "أعلن الجيش الهندي أن قواته قتلت جنديا باكستانيا عبر الحدود في منطقة كشمير. "
            + "وقال مسؤول في باكستان إن الجندي قتل ليلا قرب خط المراقبة في قطاع خوي، وإن السلطات الهندية لم تسلم جثته بعد.", "test"));
        Assert.DoesNotContain(result.Events, e => e.Location?.Country == "IR");
        Assert.DoesNotContain(result.Actors, a => a.Id == "IRN");
    }
}
