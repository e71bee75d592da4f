using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

public class DocumentFocusTests
{
    private static PlaceHit Place(string text, string country, string? admin1, string precision) =>
        new(0, 1, new TextSpan(0, text.Length), new PlaceMention { Text = text, Name = text, Country = country, Admin1 = admin1, Precision = precision, GazetteerId = "t:" + text });

    [Fact]
    public void An_article_whose_towns_lie_in_one_governorate_is_focused_on_that_governorate()
    {
        var focus = DocumentFocus.Of(
            [Place("معرة النعمان", "SY", "إدلب", "point"), Place("سراقب", "SY", "إدلب", "point"), Place("أريحا", "SY", "إدلب", "point"), Place("دمشق", "SY", "دمشق", "point")], []);
        Assert.Equal("SY", focus.Country);
        Assert.Equal("إدلب", focus.Governorate);
        Assert.Equal("region", focus.Location!.Precision);
        Assert.Equal("SY", focus.Location.Country);
    }

    [Fact]
    public void An_article_spread_over_governorates_is_focused_on_its_country()
    {
        var focus = DocumentFocus.Of([Place("حلب", "SY", "حلب", "point"), Place("درعا", "SY", "درعا", "point"), Place("سوريا", "SY", null, "country")], []);
        Assert.Equal("SY", focus.Country);
        Assert.Null(focus.Governorate);
        Assert.Equal("country", focus.Location!.Precision);
    }

    [Fact]
    public void An_article_with_no_place_and_no_actor_of_a_country_has_no_focus()
    {
        var focus = DocumentFocus.Of([], []);
        Assert.Null(focus.Country);
        Assert.Null(focus.Location);
    }

    [Fact]
    public void An_event_told_without_a_place_is_coded_at_the_articles_focus_not_dropped()
    {
        // «توعد» names no place: the threat is still an event, coded in the country the article is about
        // (an accusation takes no place at all unless its venue is said, docs/annotation.md 6.4).
        var result = MarsadPipeline.CreateRulesOnly().Extract(ArticleReader.Default.ReadString(
            "قصفت الطائرات الحربية مدينة حلب اليوم وقتل عشرة مدنيين. وتوعد الائتلاف السوري المعارض قوات النظام بالرد.", "test"));
        var threat = Assert.Single(result.Events, e => e.Type == "THREATEN");
        Assert.Equal("SY", threat.Location!.Country);
        Assert.Equal("country", threat.Location.Precision);
    }

    [Fact]
    public void The_focus_is_less_sure_when_the_article_is_shared_between_countries()
    {
        var alone = DocumentFocus.Of([Place("حلب", "SY", "حلب", "point"), Place("درعا", "SY", "درعا", "point")], []);
        var shared = DocumentFocus.Of([Place("حلب", "SY", "حلب", "point"), Place("درعا", "SY", "درعا", "point"), Place("الموصل", "IQ", "نينوى", "point")], []);
        Assert.Equal(1.0, alone.Location!.Confidence);
        Assert.True(shared.Location!.Confidence < 0.7, $"confidence {shared.Location.Confidence}");
    }

    [Fact]
    public void Every_event_location_carries_its_precision_and_a_confidence()
    {
        var result = MarsadPipeline.CreateRulesOnly().Extract(ArticleReader.Default.ReadString(
            "قصفت الطائرات الحربية مدينة حلب اليوم وقتل عشرة مدنيين. وتوعد الائتلاف السوري المعارض قوات النظام بالرد.", "test"));
        Assert.NotEmpty(result.Events);
        Assert.All(result.Events, e =>
        {
            Assert.NotNull(e.Location);
            Assert.Contains(e.Location.Precision, new[] { "point", "region", "country" });
            Assert.InRange(e.Location.Confidence ?? -1, 0.01, 1.0);
        });
    }
}
