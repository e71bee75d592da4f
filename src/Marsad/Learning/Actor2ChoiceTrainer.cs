using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Trains the actor2 choice from the annotated corpus, as the actor1 choice is trained: a
/// candidate is tied to a coded event (<see cref="GoldSpans.Tie"/>); its option naming the coded
/// actor2 (or "nobody" when the coder left actor2 null) is the positive, the other options
/// negatives. The options are read with the doer the given actor1 model chose, so the rows are
/// the ones the shipped pipeline will score.
/// </summary>
internal static class Actor2ChoiceTrainer
{
    /// <param name="actor1">The actor1 model the pipeline runs with, or null.</param>
    /// <param name="pipeline">The pipeline whose candidates are learned from (the default one when null).</param>
    public static ChoiceOutcome Train(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, BinaryModel? actor1, TextWriter progress, MarsadPipeline? pipeline = null)
    {
        pipeline ??= MarsadPipeline.CreateDefault();
        var (rows, positives, groups) = ChoiceTraining.Label(train, pipeline, actor1, (_, gold, log) =>
            log.Actor2Rows.GroupBy(r => r.Group).Select(options =>
            {
                var first = options.First();
                var g = GoldSpans.Tie(gold, first.Trigger, first.Type);
                return g is null ? [] : options.Select(o => (o.Features, string.Equals(o.ActorId, g.Event.Actor2, StringComparison.Ordinal))).ToList();
            }));
        progress.WriteLine($"{EventModels.Actor2Name}: {rows.Count} options of {groups} candidates tied to coded events, {positives} positive");
        var outcome = ChoiceTraining.Fit(EventModels.Actor2Name, ActorChoice.Count, rows, positives, train.Count, m => EventKeepTrainer.Evaluate(dev, pipeline, null, actor1, actor2: m), "the rules' target", progress);
        progress.WriteLine(ActorAccuracy.Measure(dev, pipeline, actor1, outcome.Model).Describe("dev, " + EventModels.Actor2Name));
        return outcome;
    }
}
