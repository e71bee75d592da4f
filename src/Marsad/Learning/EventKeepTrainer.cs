using Marsad.Evaluation;
using Marsad.Pipeline;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;

namespace Marsad.Learning;

/// <summary>
/// Trains the keep/drop decision over the rules' candidate events from the annotated corpus: a
/// candidate that, as linked, matches a coded event under SPEC §5 is a positive; every other
/// candidate is a negative. LightGBM (ML.NET) learns it on
/// the train split; the decision threshold is the one that gives the best event F1 on the dev
/// split with the real scorer (SPEC §5), not the one that best separates candidates.
/// </summary>
internal static class EventKeepTrainer
{
    /// <summary>Weight of a candidate that only an optional gold event makes positive: fair to find or to miss.</summary>
    private const float OptionalWeight = 0.5f;

    private static readonly double[] Thresholds = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];

    internal sealed record Outcome(BinaryModel Model, byte[] Zip, ModelCard Card, EventCounts Dev, EventCounts DevRulesOnly);

    public static Outcome Train(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, TextWriter progress)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        var rows = Collect(train, pipeline, out var positives);
        progress.WriteLine($"event-keep: {rows.Count} candidates from {train.Count} train articles, {positives} positive");
        var ml = new MLContext(seed: 1);
        var schema = ModelInput.Schema(EventFeatures.Count);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
        {
            LabelColumnName = nameof(ModelInput.Label),
            FeatureColumnName = nameof(ModelInput.Features),
            ExampleWeightColumnName = nameof(ModelInput.Weight),
            NumberOfLeaves = 15,
            MinimumExampleCountPerLeaf = 8,
            LearningRate = 0.05,
            NumberOfIterations = 250,
            Seed = 1,
            NumberOfThreads = 1,
            Silent = true,
        });
        var transformer = trainer.Fit(data);
        using var buffer = new MemoryStream();
        ml.Model.Save(transformer, data.Schema, buffer);
        var zip = buffer.ToArray();

        var card = new ModelCard
        {
            Name = EventModels.KeepName,
            Features = EventFeatures.Count,
            Threshold = 0.5,
            Trainer = "ML.NET LightGBM binary (15 leaves, 250 iterations, learning rate 0.05, seed 1, 1 thread)",
            TrainedOn = $"data/gold/corpus/train ({train.Count} articles)",
            TrainingRows = rows.Count,
            Positives = positives,
        };
        var devRules = Score(dev, pipeline, null);
        var best = (Threshold: 0.5, Counts: EventCounts.Zero, F1: -1.0);
        foreach (var t in Thresholds)
        {
            var candidate = new BinaryModel(transformer, ml, card with { Threshold = t });
            var counts = Score(dev, pipeline, candidate);
            var f1 = counts.F1 ?? 0;
            progress.WriteLine(FormattableString.Invariant($"event-keep: dev threshold {t:F2}: P {counts.Precision:F3} R {counts.Recall:F3} F1 {f1:F3}"));
            if (f1 > best.F1 + 1e-9)
            {
                best = (t, counts, f1);
            }
        }
        card = card with
        {
            Threshold = best.Threshold,
            DevScores = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["precision"] = Math.Round(best.Counts.Precision ?? 0, 4),
                ["recall"] = Math.Round(best.Counts.Recall ?? 0, 4),
                ["f1"] = Math.Round(best.F1, 4),
                ["rules_only_f1"] = Math.Round(devRules.F1 ?? 0, 4),
            },
        };
        return new Outcome(new BinaryModel(transformer, ml, card), zip, card, best.Counts, devRules);
    }

    /// <summary>Event counts over <paramref name="articles"/> with <paramref name="model"/> deciding (null: the rules).</summary>
    public static EventCounts Score(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, BinaryModel? model)
    {
        var total = EventCounts.Zero;
        foreach (var a in articles)
        {
            var log = new CandidateLog { RulesOnly = model is null, Model = model };
            total += GoldScorer.Score(a.Gold, pipeline.Extract(a.Article, log)).Events;
        }
        return total;
    }

    private static List<ModelInput> Collect(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, out int positives)
    {
        var rows = new List<ModelInput>();
        positives = 0;
        foreach (var a in articles)
        {
            var log = new CandidateLog();
            pipeline.Extract(a.Article, log);
            foreach (var row in log.Rows)
            {
                // A positive is a candidate that, as the rules linked it, is a coded event under the
                // SPEC §5 matching (type, modality, actor1, place): keeping it can only be right.
                var weight = 0f;
                foreach (var g in a.Gold.Events)
                {
                    if (EventMatcher.Matches(a.Gold, g, row.Record))
                    {
                        weight = Math.Max(weight, g.Optional ? OptionalWeight : 1f);
                    }
                }
                var label = weight > 0;
                positives += label ? 1 : 0;
                rows.Add(new ModelInput { Features = row.Features, Label = label, Weight = label ? weight : 1f });
            }
        }
        return rows;
    }
}
