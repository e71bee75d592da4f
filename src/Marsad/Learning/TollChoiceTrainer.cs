using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Dev figures of the toll choice: event counts, fatalities and dates right over matched events, and
/// of the matched events the coder gave no toll, how many got one (the scorer does not count those).
/// </summary>
internal sealed record TollScores(EventCounts Events, Fraction Fatalities, Fraction Dates, Fraction Unstated);

/// <summary>The trained toll choice, its card, its dev scores with and without it, and whether it ships.</summary>
internal sealed record TollOutcome(byte[] Zip, ModelCard Card, TollScores Dev, TollScores DevWithout, bool Helps);

/// <summary>
/// Trains the toll attachment from the annotated corpus. A killing candidate is tied to the coded
/// event whose trigger it falls on (or, of the same type, inside whose evidence it stands); its
/// options whose count is the coded fatalities are the positives ("none" when the coder gave none),
/// the others negatives. A candidate with only the "none" option, tied to no coded event, or whose
/// coded toll no option gives (a total divided among events, a sum of two statements), teaches
/// nothing and is left out. It runs with every other shipped decision in place, as it will run, and
/// ships only when dev fatality accuracy rises, dev event F1 does not fall, and no more matched
/// events coded without a toll get one.
/// </summary>
internal static class TollChoiceTrainer
{
    public static TollOutcome Train(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, BinaryModel? actor1, BinaryModel? type, BinaryModel? place, BinaryModel? keep, TextWriter progress, MarsadPipeline? pipeline = null)
    {
        pipeline ??= MarsadPipeline.CreateDefault();
        var (trainGroups, rows, positives) = ChoiceGate.TrainingSet(Groups(train, pipeline, actor1, type, place, keep));
        progress.WriteLine($"{EventModels.TollName}: {rows.Count} options of {trainGroups.Count} killing candidates tied to coded events, {positives} positive");
        var (model, ml, zip) = Lgbm.Train(rows, TollChoice.Count);
        var card = new ModelCard
        {
            Name = EventModels.TollName,
            Features = TollChoice.Count,
            Threshold = 0,
            Trainer = Lgbm.Description + "; the best-scoring option wins",
            TrainedOn = $"{train.Count} articles: data/gold/corpus/train and the directories given by marsad train --also (data/gold/dev and the seed article by default)",
            TrainingRows = rows.Count,
            Positives = positives,
        };
        var without = Evaluate(dev, pipeline, actor1, type, place, keep, null);
        var with = Evaluate(dev, pipeline, actor1, type, place, keep, new BinaryModel(model, ml, card));
        progress.WriteLine(FormattableString.Invariant(
            $"{EventModels.TollName}: dev fatalities {with.Fatalities.Hits}/{with.Fatalities.Total} with it, {without.Fatalities.Hits}/{without.Fatalities.Total} with the rules' toll; dev event F1 {with.Events.F1:F3} / {without.Events.F1:F3}; a toll on {with.Unstated.Hits}/{with.Unstated.Total} / {without.Unstated.Hits}/{without.Unstated.Total} matched events coded without one"));
        // A toll given to an event the coder gave none is another event's or a total: the scorer does not
        // see it, so it is checked apart, and a model that adds such tolls does not ship.
        // The gate on tied candidates (ChoiceGate) judges the toll where it acts; a toll given where
        // the coder gave none is a loss there too ("none" is the right option).
        var gate = ChoiceGate.Judge(EventModels.TollName, TollChoice.Count, new BinaryModel(model, ml, card), trainGroups, Groups(dev, pipeline, actor1, type, place, keep), progress);
        var helps = gate.Passes && (with.Fatalities.Value ?? 0) > (without.Fatalities.Value ?? 0) && (with.Events.F1 ?? 0) >= (without.Events.F1 ?? 0)
            && with.Unstated.Hits <= without.Unstated.Hits;
        var scores = EventKeepTrainer.Scores(with.Events, without.Events);
        scores["fatalities"] = Math.Round(with.Fatalities.Value ?? 0, 4);
        scores["fatalities_without"] = Math.Round(without.Fatalities.Value ?? 0, 4);
        card = card with { DevScores = scores };
        return new TollOutcome(zip, card, with, without, helps);
    }

    /// <summary>The killing candidates of two options or more tied to a coded event; the rules' option is the one its <c>rules_choice</c> feature marks.</summary>
    private static List<ChoiceGate.Group> Groups(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, BinaryModel? actor1, BinaryModel? type, BinaryModel? place, BinaryModel? keep) =>
        ChoiceGate.Collect(articles, pipeline, () => new CandidateLog { Actor1 = actor1, Type = type, Place = place, Keep = keep }, (gold, log) =>
            log.TollRows.GroupBy(r => r.Group).Select(options =>
            {
                var first = options.First();
                return options.Count() < 2 || GoldSpans.Tie(gold, first.Trigger, first.Type) is not { } g
                    ? []
                    : options.Select(o => new ChoiceGate.Option(o.Features, o.Count == g.Event.Fatalities, o.Features[RulesChoice] == 1, Admitted: true)).ToList();
            }));

    private static readonly int RulesChoice = TollChoice.Names.ToList().IndexOf("rules_choice");

    /// <summary>Dev scores with the given decisions in place (a null toll model: the rules' toll).</summary>
    public static TollScores Evaluate(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, BinaryModel? actor1, BinaryModel? type, BinaryModel? place, BinaryModel? keep, BinaryModel? toll)
    {
        var events = EventCounts.Zero;
        var fatalities = Fraction.Zero;
        var dates = Fraction.Zero;
        var unstated = Fraction.Zero;
        foreach (var a in articles)
        {
            var score = GoldScorer.Score(a.Gold, pipeline.Extract(a.Article, new CandidateLog { Actor1 = actor1, Type = type, Place = place, Keep = keep, Toll = toll }));
            events += score.Events;
            fatalities += score.Fatalities;
            dates += score.Dates;
            var silent = score.GoldEvents.Where(o => o.System is not null && o.Gold.Fatalities is null && TollChoice.Applies(o.Gold.Type)).ToList();
            unstated += new Fraction(silent.Count(o => o.System!.Fatalities is not null), silent.Count);
        }
        return new TollScores(events, fatalities, dates, unstated);
    }
}
