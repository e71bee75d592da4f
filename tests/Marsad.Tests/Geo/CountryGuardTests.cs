using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

public class CountryGuardTests
{
    private static ExtractionContext Context(string body, params (string Text, string Country, string Precision)[] places)
    {
        var article = new Article { Source = "test", Body = body };
        var context = new ExtractionContext(article, AnalyzedText.Analyze(body));
        foreach (var (text, cc, precision) in places)
        {
            var at = body.IndexOf(text, StringComparison.Ordinal);
            context.Places.Add(new PlaceHit(0, 1, new TextSpan(at, at + text.Length),
                new PlaceMention { Text = text, Start = at, End = at + text.Length, Name = text, Country = cc, Precision = precision, GazetteerId = "t:" + text }));
        }
        return context;
    }

    private static EventRecord Event(string name, string country) => new()
    {
        Type = "REMOTE", Modality = "asserted", Confidence = 0.9, Evidence = new Evidence(0, 1, "قصف"),
        Location = new LocationRef { Name = name, Country = country, Lat = 34.09, Lon = 49.69, Precision = "point" },
    };

    [Fact]
    public void An_event_in_a_country_the_article_never_names_moves_to_the_articles_focus()
    {
        var context = Context("قصفت الطائرات حلب وإدلب في سوريا، وقال باراك إن الوضع خطير.", ("حلب", "SY", "point"), ("إدلب", "SY", "point"), ("سوريا", "SY", "country"), ("اراك", "IR", "point"));
        context.Events.Add(Event("اراك", "IR"));
        new CountryGuard().Run(context);
        var e = Assert.Single(context.Events);
        Assert.Equal("SY", e.Location!.Country);
        Assert.Equal("country", e.Location.Precision);
        Assert.True(e.Confidence < 0.9);
    }

    [Fact]
    public void An_event_in_a_country_an_actor_implies_stays()
    {
        var context = Context("قصفت الطائرات حلب وإدلب، وشن الحوثيون هجوما على صعدة.", ("حلب", "SY", "point"), ("إدلب", "SY", "point"), ("صعدة", "YE", "point"));
        context.Actors.Add(new ActorHit(0, 1, new TextSpan(0, 1), "HOUTHI"));
        context.Events.Add(Event("صعدة", "YE"));
        new CountryGuard().Run(context);
        Assert.Equal("YE", Assert.Single(context.Events).Location!.Country);
    }

    [Fact]
    public void An_event_in_a_named_country_stays()
    {
        var context = Context("قصفت الطائرات حلب وإدلب، وسقطت قذائف على الحدود مع تركيا في كلس.", ("حلب", "SY", "point"), ("إدلب", "SY", "point"), ("تركيا", "TR", "country"), ("كلس", "TR", "point"));
        context.Events.Add(Event("كلس", "TR"));
        new CountryGuard().Run(context);
        Assert.Equal("TR", Assert.Single(context.Events).Location!.Country);
    }

    [Fact]
    public void An_accusation_made_in_a_city_abroad_stays_there_and_does_not_move_to_the_country_it_speaks_of()
    {
        var context = Context("قصفت الطائرات حلب وإدلب في سوريا، وأدان الوزير القصف في ميونيخ.", ("حلب", "SY", "point"), ("إدلب", "SY", "point"), ("سوريا", "SY", "country"), ("ميونيخ", "DE", "point"));
        context.Events.Add(Event("ميونيخ", "DE") with { Type = "ACCUSE" });
        new CountryGuard().Run(context);
        Assert.Equal("DE", Assert.Single(context.Events).Location!.Country);
    }

    [Fact]
    public void An_accusation_placed_in_a_region_abroad_loses_its_place_rather_than_taking_the_focus()
    {
        var context = Context("قصفت الطائرات حلب وإدلب في سوريا، وأدان الوزير القصف.", ("حلب", "SY", "point"), ("إدلب", "SY", "point"), ("سوريا", "SY", "country"));
        context.Events.Add(Event("بافاريا", "DE") with { Type = "ACCUSE", Location = new LocationRef { Name = "بافاريا", Country = "DE", Lat = 48.9, Lon = 11.4, Precision = "region" } });
        new CountryGuard().Run(context);
        Assert.Null(Assert.Single(context.Events).Location);
    }

    [Fact]
    public void An_event_abroad_in_an_article_with_no_focus_is_dropped()
    {
        var context = Context("قال باراك إن الوضع خطير.");
        context.Events.Add(Event("اراك", "IR"));
        new CountryGuard().Run(context);
        Assert.Empty(context.Events);
    }

    [Fact]
    public void The_whole_pipeline_puts_no_event_in_iran_for_barak()
    {
        var result = MarsadPipeline.CreateDefault().Extract(ArticleReader.Default.ReadString(
            "قصفت الطائرات الحربية مدينة حلب اليوم. وقال إيهود باراك إن الطائرات قصفت باراك بعنف.", "test"));
        Assert.DoesNotContain(result.Events, e => e.Location?.Country == "IR");
    }

    [Fact]
    public void An_event_in_a_region_of_no_one_country_moves_to_the_focus()
    {
        var context = Context("قصفت الطائرات حلب وإدلب، في أعنف تصعيد يشهده الشرق الأوسط.", ("حلب", "SY", "point"), ("إدلب", "SY", "point"));
        context.Events.Add(Event("الشرق الأوسط", null!) with { Location = new LocationRef { Name = "الشرق الأوسط", Lat = 29, Lon = 41, Precision = "region" } });
        new CountryGuard().Run(context);
        Assert.Equal("SY", Assert.Single(context.Events).Location!.Country);
    }
}
