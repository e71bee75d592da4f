using Marsad.Geo;
using Marsad.Learning;
using Marsad.Text;

namespace Marsad.Tests.Geo;

public class ToponymTaggerTests
{
    private static readonly PlaceStage Rules = new() { Tagger = null };

    private static readonly string[] Sentences =
    [
        "وصل الوفد إلى بيروت صباح اليوم.",
        "قصفت الطائرات مدينة حلب بعنف.",
        "عاد الرئيس من القاهرة أمس.",
        "تظاهر السكان في عمان ضد الغلاء.",
        "وقال الوزير إن المفاوضات مستمرة.",
        "وأكد المتحدث أن الاجتماع انتهى.",
    ];

    private static List<PlaceDoc> Docs()
    {
        var docs = new List<PlaceDoc>();
        foreach (var s in Sentences)
        {
            var gold = new List<GoldPlace>();
            foreach (var name in new[] { "بيروت", "حلب", "القاهرة", "عمان" })
            {
                var at = s.IndexOf(name, StringComparison.Ordinal);
                if (at >= 0)
                {
                    gold.Add(new GoldPlace(at, at + name.Length, "CITY"));
                }
            }
            docs.Add(new PlaceDoc("test", s, s, gold));
        }
        return docs;
    }

    private static ToponymTagger TrainSmall() =>
        ToponymTraining.Train(Rules, new Dictionary<string, List<PlaceDoc>>(StringComparer.Ordinal) { ["test"] = Docs() });

    [Fact]
    public void Gold_spans_become_begin_tags_on_their_tokens_and_outside_tags_elsewhere()
    {
        var (tokens, gold) = ToponymTraining.Sentences(Rules, Docs()[0]).Single();
        var beirut = Array.FindIndex(tokens, t => t.Norm == "بيروت");
        Assert.Equal(ToponymTagger.B, gold[beirut]);
        Assert.Equal(1, gold.Count(g => g != ToponymTagger.O));
    }

    [Fact]
    public void A_token_carrying_a_clitic_is_marked_with_its_stem_and_clitic()
    {
        var text = AnalyzedText.Analyze("وبحلب");
        var t = ToponymFeatures.Tokens(text, []).Single();
        Assert.Equal("حلب", t.Stem);
        Assert.Equal("وب", t.Clitic);
    }

    [Fact]
    public void The_gazetteer_candidate_marks_its_tokens()
    {
        var text = AnalyzedText.Analyze("وصل إلى حلب");
        var tokens = ToponymFeatures.Tokens(text, Rules.Candidates(text));
        Assert.Equal(1, tokens[2].GazPos);
        Assert.NotEqual(string.Empty, tokens[2].GazClass);
    }

    [Fact]
    public void Feature_hashes_stay_those_the_shipped_tagger_was_trained_on()
    {
        // Gazetteer marks (first and inner words, two classes), punctuation, a hashtag, words with
        // and without the article, a number: every template, summed in order over every previous
        // tag. The value is the one the templates gave when the shipped model was trained.
        var text = AnalyzedText.Analyze("#دمشق: وصلت القوات إلى مدينة حلب الشهباء، ثم انسحبت نحو ريف إدلب!! 12 قتيلا");
        var tokens = ToponymFeatures.Tokens(text, [(1, 2, "CITY", false), (8, 10, "CITY", true), (15, 17, "REGION", false)]);
        ulong sum = 0;
        var f = new ulong[ToponymFeatures.MaxFeatures];
        for (var i = 0; i < tokens.Length; i++)
        {
            for (var prev = 0; prev < 3; prev++)
            {
                var n = ToponymFeatures.Extract(tokens, i, prev, f);
                for (var k = 0; k < n; k++)
                {
                    sum = unchecked((sum * 31) + f[k]);
                }
            }
        }
        Assert.Equal(19, tokens.Length);
        Assert.Equal(3567440767528408980UL, sum);
    }

    [Fact]
    public void Training_twice_gives_the_same_bytes()
    {
        Assert.Equal(TrainSmall().ToZip(), TrainSmall().ToZip());
    }

    [Fact]
    public void A_trained_tagger_tags_the_places_it_learned_and_not_the_words_around_them()
    {
        var tagger = TrainSmall();
        var spans = ToponymTraining.TaggerSpans(tagger, Rules, "وصل الوفد إلى بيروت صباح اليوم.");
        var p = Assert.Single(spans);
        Assert.Equal("بيروت", "وصل الوفد إلى بيروت صباح اليوم."[p.Start..p.End]);
    }

    [Fact]
    public void A_saved_tagger_loads_back_with_its_card_and_decisions()
    {
        var tagger = TrainSmall();
        using var zip = new MemoryStream(tagger.ToZip());
        using var card = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(tagger.CardJson()));
        var back = ToponymTagger.Load(zip, card);
        Assert.Equal(tagger.Card.TrainedOn["test"], back.Card.TrainedOn["test"]);
        Assert.Equal(ToponymTraining.TaggerSpans(tagger, Rules, "عاد الرئيس من القاهرة أمس."), ToponymTraining.TaggerSpans(back, Rules, "عاد الرئيس من القاهرة أمس."));
    }

    [Fact]
    public void A_model_of_other_feature_templates_is_refused()
    {
        var tagger = TrainSmall();
        using var zip = new MemoryStream(tagger.ToZip());
        var stale = tagger.CardJson().Replace($"\"feature_version\": {ToponymFeatures.Version}", "\"feature_version\": 0", StringComparison.Ordinal);
        using var card = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stale));
        Assert.Throws<InvalidDataException>(() => ToponymTagger.Load(zip, card));
    }

    [Fact]
    public void Shipped_toponym_model_loads()
    {
        var tagger = ToponymTagger.Default;
        Assert.NotNull(tagger);
        Assert.Equal(ToponymFeatures.Version, tagger.Card.FeatureVersion);
        Assert.True(tagger.Card.TrainedOn["newsfane"][1] > 1000);
    }

    [Fact]
    public void Idrisi_spans_match_up_to_proclitics_only()
    {
        const string text = "امطار بلبنان اليوم";
        var gold = new GoldPlace(6, 12, "CTRY");
        Assert.True(RecognitionScore.Same(new PredictedPlace(7, 12), gold, text));
        Assert.False(RecognitionScore.Same(new PredictedPlace(9, 12), gold, text));
        Assert.False(RecognitionScore.Same(new PredictedPlace(7, 11), gold, text));
    }

    [Fact]
    public void Folds_keep_one_tweet_in_one_fold()
    {
        Assert.Equal(ToponymData.FoldOf("1290753108801392640", 5), ToponymData.FoldOf("1290753108801392640", 5));
        Assert.InRange(ToponymData.FoldOf("x", 5), 0, 4);
    }

    [Fact]
    public void Corpus_place_mentions_are_read_when_the_split_exists_and_skipped_when_not()
    {
        Assert.Empty(ToponymData.ReadCorpus(Path.Combine(Path.GetTempPath(), "no-such-corpus-" + Guid.NewGuid().ToString("N")), "."));
        var dir = Directory.CreateTempSubdirectory("marsad-corpus");
        try
        {
            var shared = Path.Combine(dir.FullName, "shared");
            Directory.CreateDirectory(Path.Combine(shared, "data", "news"));
            File.WriteAllText(Path.Combine(shared, "data", "news", "c.jsonl"), "{\"id\": \"a1\", \"text\": \"قصف على حلب اليوم\"}\n");
            var train = Path.Combine(dir.FullName, "train");
            Directory.CreateDirectory(train);
            File.WriteAllText(Path.Combine(train, "a1.json"),
                "{\"article_ref\": {\"corpus\": \"data/news/c.jsonl\", \"id\": \"a1\"}, \"place_mentions\": [{\"place\": \"حلب\", \"text\": \"حلب\", \"start\": 8, \"end\": 11}]}");
            var doc = Assert.Single(ToponymData.ReadCorpus(train, shared));
            var g = Assert.Single(doc.Gold);
            Assert.Equal("حلب", doc.Text[g.Start..g.End]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
