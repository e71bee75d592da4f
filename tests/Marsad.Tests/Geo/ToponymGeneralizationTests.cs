using Marsad.Geo;
using Marsad.Learning;
using Marsad.Text;

namespace Marsad.Tests.Geo;

/// <summary>What keeps the toponym tagger from learning one source's convention against another's.</summary>
public class ToponymGeneralizationTests
{
    private static readonly PlaceStage Rules = new() { Tagger = null };

    [Fact]
    public void NewsFane_buildings_and_roads_are_read_as_unlabelled_spans_and_not_as_places()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file,
            [
                "نقل\tO",
                "الجرحى\tO",
                "إلى\tO",
                "مستشفى\tB-Building-Grounds",
                "الشفاء\tI-Building-Grounds",
                "في\tO",
                "غزة\tB-Population-Center",
                string.Empty,
            ]);
            var doc = Assert.Single(ToponymData.ReadNewsFane(file));
            var place = Assert.Single(doc.Gold);
            Assert.Equal("غزة", doc.Text[place.Start..place.End]);
            var site = Assert.Single(doc.Unlabelled);
            Assert.Equal("مستشفى الشفاء", doc.Text[site.Start..site.End]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Tokens_of_an_unlabelled_span_get_the_unlabelled_tag()
    {
        const string text = "نقل الجرحى إلى مستشفى الشفاء في غزة .";
        var doc = new PlaceDoc("newsfane", "nf0", text, [new GoldPlace(32, 35, "Population-Center")]) { Unlabelled = [(15, 28)] };
        var (tokens, gold) = ToponymTraining.Sentences(Rules, doc).Single();
        // Tokens: نقل الجرحى إلى مستشفى الشفاء في غزة .
        Assert.Equal(8, tokens.Length);
        Assert.Equal([ToponymTagger.O, ToponymTagger.O, ToponymTagger.O, ToponymTagger.Unlabelled, ToponymTagger.Unlabelled, ToponymTagger.O, ToponymTagger.B, ToponymTagger.O], gold);
    }

    [Fact]
    public void A_tagger_is_never_corrected_on_unlabelled_tokens()
    {
        var text = AnalyzedText.Analyze("مستشفى الشفاء");
        var tokens = ToponymFeatures.Tokens(text, []);
        var gold = new int[tokens.Length];
        Array.Fill(gold, ToponymTagger.Unlabelled);
        var card = new ToponymCard { FeatureVersion = ToponymFeatures.Version };
        var tagger = ToponymTagger.Train([(tokens, gold)], 3, 12, card);
        var tags = new int[tokens.Length];
        var p = new float[tokens.Length];
        tagger.Tag(tokens, tags, p);
        // No update was made: every score is zero, every tag O, and «in a place» is an even bet.
        Assert.All(tags, t => Assert.Equal(ToponymTagger.O, t));
        Assert.All(p, x => Assert.Equal(0.5f, x, 3));
    }
}
