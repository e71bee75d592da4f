using Marsad.Evaluation;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// Trains the actor1 choice from the annotated corpus. A candidate is tied to the coded event
/// whose trigger it falls on (or, of the same type, inside whose evidence it stands); its option
/// naming the coded actor1 (or "nobody" when the coder left actor1 null) is the positive, the
/// other options negatives. A candidate tied to no coded event, or whose coded actor no option
/// names, teaches nothing and is left out.
/// </summary>
internal static class ActorChoiceTrainer
{
    /// <param name="pipeline">The pipeline whose candidates are learned from (the default one when null).</param>
    public static ChoiceOutcome Train(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, TextWriter progress, MarsadPipeline? pipeline = null)
    {
        pipeline ??= MarsadPipeline.CreateDefault();
        var (rows, positives, groups) = ChoiceTraining.Label(train, pipeline, () => new CandidateLog(), (_, gold, log) =>
            log.ActorRows.GroupBy(r => r.Group).Select(options =>
            {
                var first = options.First();
                var g = GoldSpans.Tie(gold, first.Trigger, first.Type);
                return g is null ? [] : options.Select(o => (o.Features[..ActorChoice.Actor1Count], string.Equals(o.ActorId, g.Event.Actor1, StringComparison.Ordinal))).ToList();
            }));
        progress.WriteLine($"{EventModels.Actor1Name}: {rows.Count} options of {groups} candidates tied to coded events, {positives} positive");
        var outcome = ChoiceTraining.Fit(EventModels.Actor1Name, ActorChoice.Actor1Count, rows, positives, train.Count, m => EventKeepTrainer.Evaluate(dev, pipeline, null, m), "the rules' doer", progress);
        progress.WriteLine(ActorAccuracy.Measure(dev, pipeline, null, null).Describe("dev, the rules' doer"));
        progress.WriteLine(ActorAccuracy.Measure(dev, pipeline, outcome.Model, null).Describe("dev, " + EventModels.Actor1Name));
        return outcome;
    }
}

/// <summary>The gold events' evidence and trigger as spans of the cleaned body the pipeline reads.</summary>
internal static class GoldSpans
{
    internal sealed record Span(GoldEvent Event, TextSpan Evidence, TextSpan? Trigger);

    /// <summary>
    /// The corpus offsets point into the raw text, so the verbatim evidence is looked up in the
    /// body; an event whose evidence the cleaning cut is left out.
    /// </summary>
    public static List<Span> Of(GoldArticle a)
    {
        var body = a.Article.Body;
        var spans = new List<Span>();
        foreach (var e in a.Gold.Events)
        {
            if (string.IsNullOrEmpty(e.Evidence) || body.IndexOf(e.Evidence, StringComparison.Ordinal) is not (var at and >= 0))
            {
                continue;
            }
            TextSpan? trigger = null;
            if (!string.IsNullOrEmpty(e.Trigger) && e.Evidence.IndexOf(e.Trigger, StringComparison.Ordinal) is var t and >= 0)
            {
                trigger = new TextSpan(at + t, at + t + e.Trigger.Length);
            }
            spans.Add(new Span(e, new TextSpan(at, at + e.Evidence.Length), trigger));
        }
        return spans;
    }

    /// <summary>The coded event a candidate trigger stands for: the one whose trigger it overlaps (core first), else one of its type whose evidence holds it.</summary>
    public static Span? Tie(List<Span> gold, TextSpan trigger, string type) =>
        TieByTrigger(gold, trigger)
        ?? gold.OrderBy(g => g.Event.Optional).FirstOrDefault(g => string.Equals(g.Event.Type, type, StringComparison.Ordinal) && trigger.Start >= g.Evidence.Start && trigger.End <= g.Evidence.End);

    /// <summary>The coded event whose trigger the candidate trigger overlaps, core events first; null when none.</summary>
    public static Span? TieByTrigger(List<Span> gold, TextSpan trigger) =>
        gold.OrderBy(g => g.Event.Optional).FirstOrDefault(g => g.Trigger is { } t && trigger.Start < t.End && t.Start < trigger.End);
}
