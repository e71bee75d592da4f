using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Marsad.Extraction;
using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Tests.Learning;

/// <summary>
/// <c>marsad train</c> is a function of the corpus, not of the models shipped: inside it no
/// shipped model may be read (each stage gets the ones trained before it in the run), and a model
/// file carries no clock time, so a retrain of the same rows writes the same bytes.
/// </summary>
public class TrainingPurityTests
{
    private const int Features = 4;

    private static readonly Article Strike = new()
    {
        Source = "t",
        Body = "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب أمس، ما أدى إلى مقتل خمسة مدنيين.",
        Published = new DateOnly(2015, 3, 2),
    };

    private static List<ModelInput> Rows()
    {
        var random = new Random(3);
        return [.. Enumerable.Range(0, 200).Select(_ =>
        {
            var f = Enumerable.Range(0, Features).Select(_ => (float)random.NextDouble()).ToArray();
            return new ModelInput { Features = f, Label = f[0] + f[1] > 1 };
        })];
    }

    [Fact]
    public void A_trained_model_file_carries_a_fixed_time_stamp_and_scores_as_the_model_trained()
    {
        var rows = Rows();
        var (model, ml, zip) = Lgbm.Train(rows, Features, LgbmOptions.Default with { Trees = 20 });

        using (var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        {
            Assert.NotEmpty(archive.Entries);
            Assert.All(archive.Entries, e => Assert.Equal(Lgbm.EntryTime.DateTime, e.LastWriteTime.DateTime));
        }
        var card = new ModelCard { Name = "test", Features = Features, Threshold = 0.5 };
        using var cardJson = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(card, ModelCard.JsonOptions)));
        var loaded = BinaryModel.Load(new MemoryStream(zip), cardJson, "test", Features);
        var trained = new BinaryModel(model, ml, card);
        foreach (var r in rows.Take(20))
        {
            Assert.Equal(trained.Score(r.Features), loaded.Score(r.Features));
        }
    }

    [Fact]
    public void Reading_a_shipped_model_while_training_throws()
    {
        using (ShippedModels.Refuse("test"))
        {
            Assert.Throws<InvalidOperationException>(() => EventModels.Keep);
            Assert.Throws<InvalidOperationException>(() => EventModels.Place);
            Assert.Throws<InvalidOperationException>(() => ToponymTagger.Default);
        }
        // Outside the scope the shipped models load as before.
        Assert.NotNull(EventModels.Keep);
    }

    [Fact]
    public void A_place_stage_given_its_tagger_reads_no_shipped_one()
    {
        using var refused = ShippedModels.Refuse("test");

        var stage = new PlaceStage { Tagger = null };

        Assert.Null(stage.Tagger);
    }

    [Fact]
    public void Candidates_logged_for_training_are_made_without_the_shipped_event_models()
    {
        var pipeline = new MarsadPipeline([new PlaceStage { Tagger = null }, ActorStage.Default, EventStage.Default, new CountryGuard()]);
        using var refused = ShippedModels.Refuse("test");

        var log = new CandidateLog();
        pipeline.Extract(Strike, log);

        Assert.Contains(log.Rows, r => r.Type == "REMOTE");
        // Without a log the pipeline decides with the shipped models, which training may not read.
        Assert.Throws<InvalidOperationException>(() => pipeline.Extract(Strike));
    }
}
