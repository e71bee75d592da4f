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
        var rows = new List<ModelInput>();
        var positives = 0;
        var groups = 0;
        foreach (var a in train)
        {
            var log = new CandidateLog { Actor1 = actor1 };
            pipeline.Extract(a.Article, log);
            var gold = GoldSpans.Of(a);
            foreach (var options in log.TypeRows.GroupBy(r => r.Group))
            {
                var first = options.First();
                var g = gold.FirstOrDefault(s => s.Trigger is { } t && first.Trigger.Start < t.End && t.Start < first.Trigger.End && !s.Event.Optional)
                    ?? gold.FirstOrDefault(s => s.Trigger is { } t && first.Trigger.Start < t.End && t.Start < first.Trigger.End);
                if (g is null || !TypeChoice.Applies(g.Event.Type))
                {
                    continue;
                }
                groups++;
                foreach (var o in options)
                {
                    var label = string.Equals(o.Option, g.Event.Type, StringComparison.Ordinal);
                    positives += label ? 1 : 0;
                    rows.Add(new ModelInput { Features = o.Features, Label = label });
                }
            }
        }
        progress.WriteLine($"{EventModels.TypeName}: {rows.Count} options of {groups} candidates tied to coded events, {positives} positive");
        return ChoiceTraining.Fit(EventModels.TypeName, TypeChoice.Count, rows, positives, train.Count, m => EventKeepTrainer.Evaluate(dev, pipeline, null, actor1, m), "the rules' type", progress);
    }
}
