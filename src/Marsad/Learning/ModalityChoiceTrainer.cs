using System.Globalization;
using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Trains the modality choice from the annotated corpus: a candidate whose trigger overlaps a coded
/// event's trigger teaches that the option naming the coded modality is right and the other four
/// wrong. Candidates tied to nothing teach nothing: whether an op-ed's habit or a history is an
/// event at all is the keep decision's question, not the modality's.
/// </summary>
internal static class ModalityChoiceTrainer
{
    /// <param name="pipeline">The pipeline whose candidates are learned from (the default one when null).</param>
    public static ChoiceOutcome Train(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, BinaryModel? actor1, BinaryModel? type, TextWriter progress, MarsadPipeline? pipeline = null)
    {
        pipeline ??= MarsadPipeline.CreateDefault();
        var rules = new Accuracy();
        // Learned on candidates linked with actor1 alone, as before the gate (the model stays the one it was).
        var (trainGroups, rows, positives) = ChoiceGate.TrainingSet(Groups(train, pipeline, actor1, null, rules));
        progress.WriteLine($"{EventModels.ModalityName}: {rows.Count} options of {trainGroups.Count} candidates tied to coded events, {positives} positive; train, the rules' modality: {rules}");
        var outcome = ChoiceTraining.Fit(EventModels.ModalityName, ModalityChoice.Count, rows, positives, train.Count, m => EventKeepTrainer.Evaluate(dev, pipeline, null, actor1, type, modality: m), "the rules' modality", progress);
        progress.WriteLine($"{EventModels.ModalityName}: dev, the rules' modality: {OnTied(dev, pipeline, actor1, type, null)}");
        progress.WriteLine($"{EventModels.ModalityName}: dev, the learned modality: {OnTied(dev, pipeline, actor1, type, outcome.Model)}");
        // Helps here is the gate on tied candidates (ChoiceGate); ModelTraining then judges the
        // choice with the keep model retrained on top, which must not lower dev F1 by more than ShipMargin.
        var gate = ChoiceGate.Judge(EventModels.ModalityName, ModalityChoice.Count, outcome.Model, trainGroups, Groups(dev, pipeline, actor1, type, null), progress);
        return outcome with { Helps = gate.Passes };
    }

    /// <summary>The candidates tied by trigger to a coded event, with their modality options.</summary>
    private static List<ChoiceGate.Group> Groups(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, BinaryModel? actor1, BinaryModel? type, Accuracy? rules) =>
        ChoiceGate.Collect(articles, pipeline, () => new CandidateLog { Actor1 = actor1, Type = type }, (gold, log) =>
            log.ModalityRows.GroupBy(r => r.Group).Select(options =>
            {
                var g = GoldSpans.TieByTrigger(gold, options.First().Trigger);
                if (g is null)
                {
                    return [];
                }
                rules?.Add(g.Event.Modality, options.First().RulesModality);
                return options.Select(o => new ChoiceGate.Option(o.Features, string.Equals(o.Option, g.Event.Modality, StringComparison.Ordinal), string.Equals(o.Option, o.RulesModality, StringComparison.Ordinal), Admitted: true)).ToList();
            }).ToList());

    /// <summary>The modality of every candidate tied to a coded event by its trigger, against the coded one.</summary>
    internal static Accuracy OnTied(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, BinaryModel? actor1, BinaryModel? type, BinaryModel? modality)
    {
        var accuracy = new Accuracy();
        foreach (var a in articles)
        {
            var log = new CandidateLog { Actor1 = actor1, Type = type, Modality = modality };
            pipeline.Extract(a.Article, log);
            var gold = GoldSpans.Of(a);
            foreach (var row in log.Rows)
            {
                if (GoldSpans.TieByTrigger(gold, row.Trigger) is { } g)
                {
                    accuracy.Add(g.Event.Modality, row.Modality);
                }
            }
        }
        return accuracy;
    }

    /// <summary>Right / tied, and the coded→given pairs where they differ.</summary>
    internal sealed class Accuracy
    {
        private readonly SortedDictionary<string, int> _wrong = new(StringComparer.Ordinal);

        public int Right { get; private set; }

        public int Tied { get; private set; }

        public void Add(string coded, string given)
        {
            Tied++;
            if (string.Equals(coded, given, StringComparison.Ordinal))
            {
                Right++;
                return;
            }
            var key = coded + "->" + given;
            _wrong[key] = _wrong.GetValueOrDefault(key) + 1;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"right on {Right}/{Tied} tied candidates; coded->given: {string.Join(", ", _wrong.Select(kv => $"{kv.Key} {kv.Value}"))}");
    }
}
