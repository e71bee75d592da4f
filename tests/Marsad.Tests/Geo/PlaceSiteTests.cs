using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

public class PlaceSiteTests
{
    private static ExtractionContext Run(string body, bool facilities = true)
    {
        var article = ArticleReader.Default.ReadString(body, "test");
        var context = new ExtractionContext(article, AnalyzedText.Analyze(article.Body));
        new PlaceStage { Facilities = facilities }.Run(context);
        return context;
    }

    // The tagger decides whether the words after the head are a name; the sentence is one it reads
    // as one, since what these tests pin is where a found site is placed, not the tagger's recall.
    // «قرب جسر الرئيس في دمشق» stopped being read so by the twelfth retrain's tagger; «على … وسط» is
    // read by it and by the eleventh's.
    private const string Bridge = "سقطت قذيفة هاون على جسر الرئيس وسط دمشق صباح اليوم.";

    [Fact]
    public void A_bridge_the_gazetteer_lacks_is_a_site_located_at_the_city_of_its_sentence()
    {
        var context = Run(Bridge);
        var site = Assert.Single(context.Sites);
        Assert.Equal("جسر الرئيس", site.Mention.Text);
        var damascus = context.Places.Single(p => p.Mention.Text == "دمشق").Mention;
        Assert.Equal(damascus.Lat, site.Mention.Lat);
        Assert.Equal(damascus.Lon, site.Mention.Lon);
        Assert.Equal("SY", site.Mention.Country);
        Assert.Null(site.Mention.GazetteerId);
    }

    [Fact]
    public void A_site_is_not_offered_to_the_event_stage_as_a_place()
    {
        var context = Run(Bridge);
        Assert.NotEmpty(context.Sites);
        Assert.DoesNotContain(context.Places, p => p.Mention.Text.StartsWith("جسر", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_facilities_no_site_is_looked_for()
    {
        Assert.Empty(Run(Bridge, facilities: false).Sites);
    }

    [Fact]
    public void A_head_noun_alone_names_no_site()
    {
        Assert.Empty(Run("نقل الجرحى إلى المستشفى في مدينة حلب مساء أمس.").Sites);
    }

    [Fact]
    public void A_site_without_any_located_place_around_it_is_left_out()
    {
        Assert.Empty(Run("انفجرت عبوة قرب جسر الرئيس.").Sites);
    }
}
