using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Trains the type choice from the annotated corpus: a candidate whose trigger overlaps a coded
/// event's trigger, with the coded type among the options, teaches that the option naming the
/// coded type is right and the others wrong. Candidates tied to nothing teach nothing: whether
/// they are events at all is the keep decision's question.
/// </summary>
internal static class TypeChoiceTrainer
{
    /// <summary>
    /// The choice ships on <see cref="ChoiceGate"/> (its types on the tied candidates of dev and of
    /// the cross-fitted train), not on a dev event F1 that one kept or dropped event flips, as long
    /// as dev event F1 under the rules' keep does not fall by more than <see cref="ModelTraining.ShipMargin"/>.
    /// </summary>
    /// <param name="pipeline">The pipeline whose candidates are learned from (the default one when null).</param>
    public static ChoiceOutcome Train(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, BinaryModel? actor1, TextWriter progress, MarsadPipeline? pipeline = null)
    {
        pipeline ??= MarsadPipeline.CreateDefault();
        var (trainGroups, rows, positives) = ChoiceGate.TrainingSet(Groups(train, pipeline, actor1));
        progress.WriteLine($"{EventModels.TypeName}: {rows.Count} options of {trainGroups.Count} candidates tied to coded events, {positives} positive");
        var outcome = ChoiceTraining.Fit(EventModels.TypeName, TypeChoice.Count, rows, positives, train.Count, m => EventKeepTrainer.Evaluate(dev, pipeline, null, actor1, m), "the rules' type", progress);
        var gate = ChoiceGate.Judge(EventModels.TypeName, TypeChoice.Count, outcome.Model, trainGroups, Groups(dev, pipeline, actor1), progress);
        var noWorse = (outcome.Dev.F1 ?? 0) >= (outcome.DevWithout.F1 ?? 0) - ModelTraining.ShipMargin;
        return outcome with { Helps = gate.Passes && noWorse };
    }

    /// <summary>The candidates of a type the choice may change, tied by trigger to a coded event of such a type.</summary>
    internal static List<ChoiceGate.Group> Groups(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, BinaryModel? actor1) =>
        ChoiceGate.Collect(articles, pipeline, () => new CandidateLog { Actor1 = actor1 }, (gold, log) =>
            log.TypeRows.GroupBy(r => r.Group).Select(options =>
            {
                var g = GoldSpans.TieByTrigger(gold, options.First().Trigger);
                return g is null || !TypeChoice.Applies(g.Event.Type) ? []
                    : options.Select(o => new ChoiceGate.Option(o.Features, string.Equals(o.Option, g.Event.Type, StringComparison.Ordinal), string.Equals(o.Option, o.RulesType, StringComparison.Ordinal), o.Admitted)).ToList();
            }));
}
