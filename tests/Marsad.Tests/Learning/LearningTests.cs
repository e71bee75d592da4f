using Marsad.Extraction;
using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;
using Microsoft.ML;

namespace Marsad.Tests.Learning;

public class EventFeaturesTests
{
    private static readonly DateOnly Published = new(2016, 2, 18);

    private static List<CandidateRow> Candidates(string body) => CandidateLogs.Of(body, Published).Rows;

    private static float Feature(CandidateRow row, string name) => row.Features[IndexOf(name)];

    private static int IndexOf(string name)
    {
        var i = EventFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return i;
    }

    [Fact]
    public void Every_feature_has_a_name_and_the_names_are_unique()
    {
        Assert.Equal(EventFeatures.Count, EventFeatures.Names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_candidate_carries_its_type_its_modality_and_what_the_rules_decided()
    {
        var row = Assert.Single(Candidates("قصفت الطائرات الروسية مدينة إدلب أمس."));

        Assert.Equal(1, Feature(row, "type_REMOTE"));
        Assert.Equal(0, Feature(row, "type_ASSAULT"));
        Assert.Equal(1, Feature(row, "modality_asserted"));
        Assert.Equal(1, Feature(row, "rule_None"));
        Assert.Equal(1, Feature(row, "date_text"));
        Assert.Equal(1, Feature(row, "place_point"));
    }

    [Fact]
    public void A_rule_that_drops_a_candidate_is_a_feature_not_the_decision()
    {
        var row = Assert.Single(Candidates("في عام 1982 قصفت القوات مدينة حماة."));

        Assert.False(row.RulesKeep);
        Assert.Equal(1, Feature(row, "rule_History"));
        Assert.Equal(0, Feature(row, "rule_None"));
        Assert.True(Feature(row, "date_days_before") > 5, "an event 34 years old is far from the news day");
    }

    [Fact]
    public void Signs_of_history_and_opinion_in_the_sentence_and_the_article_are_counted()
    {
        var row = Assert.Single(Candidates("هل نعتقد أن الذكرى تعيد إلينا يوم سيطر التنظيم على الرقة؟"));

        Assert.Equal(1, Feature(row, "sentence_history"));
        Assert.Equal(1, Feature(row, "sentence_question"));
        Assert.Equal(1, Feature(row, "sentence_firstperson"));
        Assert.True(Feature(row, "doc_question") > 0);
        Assert.Equal(0, Feature(row, "sentence_total"));
    }

    [Fact]
    public void The_same_trigger_word_with_or_without_clitics_falls_in_the_same_bucket()
    {
        var a = Candidates("قصف الطيران مدينة حلب أمس.");
        var b = Candidates("وقصف الطيران مدينة حلب أمس.");
        int Bucket(CandidateRow r) => Enumerable.Range(0, EventFeatures.Count).Single(i => EventFeatures.Names[i].StartsWith("trigger_word#", StringComparison.Ordinal) && r.Features[i] == 1);

        Assert.Equal(Bucket(Assert.Single(a)), Bucket(Assert.Single(b)));
    }
}

public class BinaryModelTests
{
    private static (byte[] Zip, ModelCard Card) TrainOnFirstFeature(int features)
    {
        var ml = new MLContext(seed: 1);
        var rows = Enumerable.Range(0, 200).Select(i =>
        {
            var f = new float[features];
            f[0] = i % 2;
            f[1] = i % 7;
            return new ModelInput { Features = f, Label = i % 2 == 1 };
        }).ToList();
        var data = ml.Data.LoadFromEnumerable(rows, ModelInput.Schema(features));
        var model = ml.BinaryClassification.Trainers.LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer.Options
        {
            NumberOfIterations = 20,
            MinimumExampleCountPerLeaf = 5,
            NumberOfThreads = 1,
            Seed = 1,
            Silent = true,
        }).Fit(data);
        using var zip = new MemoryStream();
        ml.Model.Save(model, data.Schema, zip);
        return (zip.ToArray(), new ModelCard { Name = "t", Features = features, Threshold = 0.5 });
    }

    private static MemoryStream Card(ModelCard card) => new(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(card, ModelCard.JsonOptions)));

    [Fact]
    public void A_saved_model_loads_back_and_scores_what_it_learned()
    {
        var (zip, card) = TrainOnFirstFeature(4);

        var model = BinaryModel.Load(new MemoryStream(zip), Card(card), "t", 4);

        Assert.True(model.Score([1, 3, 0, 0]) > 0.8);
        Assert.True(model.Score([0, 3, 0, 0]) < 0.2);
        Assert.Equal(0.5, model.Threshold);
    }

    [Fact]
    public void A_model_trained_on_other_features_than_the_code_computes_is_refused()
    {
        var (zip, card) = TrainOnFirstFeature(4);

        var e = Assert.Throws<InvalidDataException>(() => BinaryModel.Load(new MemoryStream(zip), Card(card), "t", 5));

        Assert.Contains("marsad train", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scoring_from_many_threads_gives_the_answers_of_one()
    {
        var (zip, card) = TrainOnFirstFeature(4);
        var model = BinaryModel.Load(new MemoryStream(zip), Card(card), "t", 4);
        var expected = model.Score([1, 2, 0, 0]);

        var scores = new float[64];
        Parallel.For(0, scores.Length, i => scores[i] = model.Score([1, 2, 0, 0]));

        Assert.All(scores, s => Assert.Equal(expected, s));
    }

    [Fact]
    public void Explaining_a_score_names_the_feature_that_decides_it()
    {
        var (zip, card) = TrainOnFirstFeature(4);
        var model = BinaryModel.Load(new MemoryStream(zip), Card(card), "t", 4);

        var top = model.Explain([1, 3, 0, 0], ["first", "second", "third", "fourth"], top: 1).Single();

        Assert.Equal("first", top.Name);
    }
}

public class ShippedModelsTests
{
    [Fact]
    public void The_shipped_keep_model_loads_and_was_trained_on_the_features_the_code_computes()
    {
        var model = EventModels.Keep;

        Assert.NotNull(model);
        Assert.Equal(EventFeatures.Count, model!.Card.Features);
        Assert.InRange(model.Threshold, 0.01, 0.99);
    }

    [Fact]
    public void With_the_model_deciding_every_event_of_the_seed_article_carries_a_score_at_or_above_the_threshold()
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "samples", "khanaser-goals.txt");
        var article = ArticleReader.Default.ReadBytes(File.ReadAllBytes(seed), seed, new DateOnly(2016, 2, 24));

        var events = MarsadPipeline.CreateDefault().Extract(article).Events;

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.InRange(e.Confidence, Math.Round(EventModels.Keep!.Threshold, 2), 1.0));
    }
}
