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
    /// <param name="pipeline">The pipeline whose candidates are learned from (the default one when null).</param>
    public static ChoiceOutcome Train(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, BinaryModel? actor1, TextWriter progress, MarsadPipeline? pipeline = null)
    {
        pipeline ??= MarsadPipeline.CreateDefault();
        var (rows, positives, groups) = ChoiceTraining.Label(train, pipeline, actor1, (_, gold, log) =>
            log.TypeRows.GroupBy(r => r.Group).Select(options =>
            {
                var g = GoldSpans.TieByTrigger(gold, options.First().Trigger);
                return g is null || !TypeChoice.Applies(g.Event.Type) ? [] : options.Select(o => (o.Features, string.Equals(o.Option, g.Event.Type, StringComparison.Ordinal))).ToList();
            }));
        progress.WriteLine($"{EventModels.TypeName}: {rows.Count} options of {groups} candidates tied to coded events, {positives} positive");
        return ChoiceTraining.Fit(EventModels.TypeName, TypeChoice.Count, rows, positives, train.Count, m => EventKeepTrainer.Evaluate(dev, pipeline, null, actor1, m), "the rules' type", progress);
    }
}
