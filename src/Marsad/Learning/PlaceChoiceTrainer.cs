using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Trains the place choice from the annotated corpus. A candidate is tied to the coded event
/// whose trigger it falls on (or, of the same type, inside whose evidence it stands); its options
/// within the SPEC §5 tolerance of the coded place (or an alternative; for a country place, in
/// that country) are the positives, the others negatives. A candidate tied to no coded event, to
/// one coded without a place (any place matches), or whose coded place no option reaches, teaches
/// nothing and is left out.
/// </summary>
internal static class PlaceChoiceTrainer
{
    /// <param name="actor1">The actor1 model the pipeline runs with (its candidates' doers are the options' context), or null.</param>
    /// <param name="pipeline">The pipeline whose candidates are learned from (the default one when null).</param>
    public static ChoiceOutcome Train(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, BinaryModel? actor1, TextWriter progress, MarsadPipeline? pipeline = null)
    {
        pipeline ??= MarsadPipeline.CreateDefault();
        var (rows, positives, groups) = ChoiceTraining.Label(train, pipeline, actor1, (a, gold, log) =>
            log.PlaceRows.GroupBy(r => r.Group).Select(options =>
            {
                var first = options.First();
                var g = GoldSpans.Tie(gold, first.Trigger, first.Type);
                return g?.Event.Place is null ? [] : options.Select(o => (o.Features, EventMatcher.CheckLocation(a.Gold, g.Event, o.Location).Ok)).ToList();
            }));
        progress.WriteLine($"{EventModels.PlaceName}: {rows.Count} options of {groups} candidates tied to coded events with a place, {positives} positive");
        return ChoiceTraining.Fit(EventModels.PlaceName, PlaceChoice.Count, rows, positives, train.Count, m => EventKeepTrainer.Evaluate(dev, pipeline, null, actor1, place: m), "the rules' place", progress);
    }
}
