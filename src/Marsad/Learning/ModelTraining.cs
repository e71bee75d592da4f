using System.Text.Json;
using Marsad.Evaluation;

namespace Marsad.Learning;

/// <summary>One model built by <c>marsad train</c>: its dev event F1 with and without it, whether it ships, and the committed card's dev F1 when checking.</summary>
public sealed record TrainedModel(string Name, int TrainingRows, int Positives, double Threshold, double DevF1, double DevF1Without, bool Shipped, double? CommittedDevF1)
{
    /// <summary>When checking a shipped model that is committed: whether the files a retrain would write (card, model, bag) equal the committed ones byte for byte.</summary>
    public bool? SameFiles { get; init; }
}

/// <summary>What <c>marsad train</c> built: the event models and the toponym tagger.</summary>
public sealed record ModelTrainingResult(IReadOnlyList<TrainedModel> Events, ToponymTrainingSummary Toponyms);

/// <summary>
/// <c>marsad train</c>: rebuilds every shipped model from the annotated corpus
/// (data/gold/corpus/train, tuned on dev; the texts come from the shared corpora) and writes it to
/// data/models, or, with check, proves that a retrain gives the dev scores of the committed models.
/// The test split is never read. The toponym tagger is trained first (NewsFANE, IDRISI and the
/// train split's place mentions, <see cref="ToponymTraining"/>), and the event models learn from
/// the places it gives, so one run leaves a consistent set. The actor1 choice is trained next (judged
/// by <see cref="ChoiceGate"/>, shipped only with <c>--actor1-choice</c>), then the type, place and modality choices on the
/// candidates linked with it, cross-fitted on train (<see cref="ActorChoiceTrainer"/>); the keep/drop decision is trained on
/// the candidates that the pipeline links with them, and the decision a model makes ships only when
/// it raises dev event F1 (the type and modality choices: when they pass <see cref="ChoiceGate"/> on
/// the tied candidates of dev and the cross-fitted train, and their paired dev gain under the keep models
/// trained with and without them does not fall below -<see cref="ShipMargin"/>); the toll choice last, with them all in place (it ships when dev fatality
/// accuracy rises, event F1 does not fall and no event coded without a toll gains one).
/// </summary>
public static class ModelTraining
{
    /// <param name="extraTrain">More gold directories to learn from besides the corpus train split (the older dev gold, the seed article).</param>
    /// <param name="gsrDir">The arabic_event_gsr sentences (training half) the keep model also learns from, or null.</param>
    /// <param name="noPlaceChoice">Judge the place choice but never ship it (the rules place every event): a choice that passes the dev margin may still break the seed article's gate.</param>
    /// <param name="actor1Choice">Ship the actor1 choice when it passes its gate; by default it is judged and left out, and everything after it is trained on the rules' doer (see <see cref="ActorChoiceTrainer.Train"/>).</param>
    public static ModelTrainingResult Run(string corpusDir, string sharedRoot, string modelsDir, bool check, TextWriter progress, IReadOnlyList<string>? extraTrain = null, string? gsrDir = null, bool noPlaceChoice = false, bool actor1Choice = false)
    {
        // Every model is trained on the ones trained before it in this run, never on the shipped
        // ones, so a retrain is a function of the corpus and ../shared, whatever was embedded.
        using var shipped = ShippedModels.Refuse("marsad train");
        var toponyms = ToponymTraining.Run(sharedRoot, modelsDir, check, progress, Path.Combine(corpusDir, "train"));
        var pipeline = new Pipeline.MarsadPipeline(Pipeline.DefaultStages.Create(toponyms: toponyms.Tagger));
        var loader = new GoldLoader(sharedRoot);
        var train = loader.LoadDirectory(Path.Combine(corpusDir, "train")).ToList();
        foreach (var dir in extraTrain ?? [])
        {
            var more = loader.LoadDirectory(dir);
            progress.WriteLine($"training also on {dir}: {more.Count} articles");
            train.AddRange(more);
        }
        var dev = loader.LoadDirectory(Path.Combine(corpusDir, "dev"));
        if (train.Count == 0 || dev.Count == 0)
        {
            throw new InvalidDataException($"{corpusDir}: the train and dev splits must both hold gold files");
        }
        var actor = ActorChoiceTrainer.Train(train, dev, progress, pipeline, leaveOut: !actor1Choice);
        // Cross-fitted: every model below is labelled on train with the doer a fold model that
        // never saw the article chooses, as on dev and on unseen news.
        var actorModel = actor.Helps ? actor.Model : null;
        var actor2 = Actor2ChoiceTrainer.Train(train, dev, actorModel, progress, pipeline);
        var gsr = gsrDir is null ? null : GsrSentences.Load(gsrDir);
        var type = TypeChoiceTrainer.Train(train, dev, actorModel, progress, pipeline);
        type = TypeOnTop(type, train, dev, actorModel, progress, gsr, pipeline);
        var typeModel = type.Helps ? type.Model : null;
        var place = PlaceChoiceTrainer.Train(train, dev, actorModel, progress, pipeline);
        var modality = ModalityChoiceTrainer.Train(train, dev, actorModel, typeModel, progress, pipeline);
        // The place choice is judged with the keep decision trained on top of it, not under the
        // hand rules: the rules drop an event whose place is a country or only its sentence's, so
        // under them a better place can cost an event the keep model would have kept.
        var keepWithout = EventKeepTrainer.Train(train, dev, actorModel, typeModel, progress, gsr, pipeline);
        var keepWith = EventKeepTrainer.Train(train, dev, actorModel, typeModel, progress, gsr, pipeline, place.Model);
        // The seed article (SPEC's own gold, in the training data) is a gate, not a target: a
        // choice that passes the dev margin but takes it below SeedFloor is left out, since a
        // dev split of 128 articles can reward a choice that breaks behaviour the contract pins.
        var seed = Directory.Exists(Path.Combine(sharedRoot, "gold")) ? loader.LoadDirectory(Path.Combine(sharedRoot, "gold")) : [];
        double? SeedF1(EventKeepTrainer.Outcome with, BinaryModel? placeModel, BinaryModel? modalityModel, BinaryModel? actor2Model) =>
            seed.Count == 0 ? null : EventKeepTrainer.Evaluate(seed, pipeline, with.Model, actorModel, typeModel, placeModel, modalityModel, actor2Model).F1 ?? 0;
        // The keep model retrained on top of a choice differs from the one without it in more than
        // the choice (2026-12-04: the place choice's +0.026 dev was the keep retrain's, 0.414 with
        // the same keep model and no place choice, and the seed article's 0.857 too). So the choice
        // is also measured under the keep model trained with it, with and without it: on dev (its
        // own gain, which must not be negative) and on the seed article (logged); the seed gate
        // leaves the choice out only when the seed falls below the floor and below what ships
        // without it (the keep model trained without it), not for a keep retrain's fault. And under
        // the keep model trained without it: the two paired gains judge the choice, not which keep
        // retrain drew better (Paired; the modality and actor2 choices below alike).
        var placePaired = Paired(EventModels.PlaceName, keepWith, keepWithout, progress,
            () => EventKeepTrainer.Evaluate(dev, pipeline, keepWith.Model, actorModel, typeModel),
            () => EventKeepTrainer.Evaluate(dev, pipeline, keepWithout.Model, actorModel, typeModel, place.Model));
        double? SeedOwn()
        {
            if (seed.Count == 0)
            {
                return null;
            }
            var f1 = EventKeepTrainer.Evaluate(seed, pipeline, keepWith.Model, actorModel, typeModel).F1 ?? 0;
            progress.WriteLine(FormattableString.Invariant($"{EventModels.PlaceName}: seed article event F1 {f1:F3} under the same keep model without it (what the choice itself costs)"));
            // The gate compares with what ships instead: the keep model trained without the choice.
            return SeedF1(keepWithout, null, null, null);
        }
        (place, var keep) = OnTop(EventModels.PlaceName, place, keepWith, keepWithout, placePaired, progress, () => SeedF1(keepWith, place.Model, null, null), SeedOwn);
        if (noPlaceChoice && place.Helps)
        {
            progress.WriteLine($"{EventModels.PlaceName}: left out (--no-place-choice)");
            (place, keep) = (place with { Helps = false }, keepWithout);
        }
        var placeModel = place.Helps ? place.Model : null;
        // The modality choice is judged like the place choice: with the keep decision retrained on
        // top of it, since a candidate whose modality changes is a different row for the keep model.
        // It must first pass the gate on tied candidates (ChoiceGate, its Helps as trained); a choice
        // that fails it is left out before a keep retrain and two dev evaluations are spent on a verdict already made.
        if (modality.Helps)
        {
            var keepModality = EventKeepTrainer.Train(train, dev, actorModel, typeModel, progress, gsr, pipeline, placeModel, modality.Model);
            var keepBefore = keep;
            // Since the gate has judged its gain, the keep model on top need only not lower dev F1, in pairs, by more than ShipMargin.
            var modalityPaired = Paired(EventModels.ModalityName, keepModality, keepBefore, progress,
                () => EventKeepTrainer.Evaluate(dev, pipeline, keepModality.Model, actorModel, typeModel, placeModel),
                () => EventKeepTrainer.Evaluate(dev, pipeline, keepBefore.Model, actorModel, typeModel, placeModel, modality.Model));
            (modality, keep) = OnTop(EventModels.ModalityName, modality, keepModality, keepBefore, modalityPaired, progress, () => SeedF1(keepModality, placeModel, modality.Model, null), margin: -ShipMargin);
        }
        else
        {
            progress.WriteLine($"{EventModels.ModalityName}: left out (the gate on tied candidates), not judged on top of the keep model");
        }
        var modalityModel = modality.Helps ? modality.Model : null;
        // The actor2 choice too: it changes the type where force meets civilians and what the keep model reads.
        var keepActor2 = EventKeepTrainer.Train(train, dev, actorModel, typeModel, progress, gsr, pipeline, placeModel, modalityModel, actor2.Model);
        // Event F1 does not score actor2 (SPEC §5 matches on actor1), so the actor2 choice is not asked
        // to raise it, only not to lower it by more than ShipMargin, in pairs: the fourteenth merge's
        // retrain gave dev F1 0.438 with and without it and actor2 right on 64/156 dev events with it
        // against 20/156 with the rules; the fifteenth's 0.449 against 0.454, the keep model's draw,
        // not a cost of actor2, which the paired gain leaves out.
        var keepNoActor2 = keep;
        var actor2Paired = Paired(EventModels.Actor2Name, keepActor2, keepNoActor2, progress,
            () => EventKeepTrainer.Evaluate(dev, pipeline, keepActor2.Model, actorModel, typeModel, placeModel, modalityModel),
            () => EventKeepTrainer.Evaluate(dev, pipeline, keepNoActor2.Model, actorModel, typeModel, placeModel, modalityModel, actor2.Model));
        (actor2, keep) = OnTop(EventModels.Actor2Name, actor2, keepActor2, keepNoActor2, actor2Paired, progress, () => SeedF1(keepActor2, placeModel, modalityModel, actor2.Model), margin: -ShipMargin);
        var keepHelps = (keep.Dev.F1 ?? 0) > (keep.DevWithout.F1 ?? 0);
        // The toll is chosen for the events the other decisions keep, so it is trained and judged last, with them in place.
        var toll = TollChoiceTrainer.Train(train, dev, actorModel, typeModel, placeModel, keepHelps ? keep.Model : null, progress, pipeline);
        var results = new List<TrainedModel>
        {
            Summary(actor.Card, actor.Dev, actor.DevWithout, actor.Helps, modelsDir, check, actor.Zip),
            Summary(actor2.Card, actor2.Dev, actor2.DevWithout, actor2.Helps, modelsDir, check, actor2.Zip),
            Summary(type.Card, type.Dev, type.DevWithout, type.Helps, modelsDir, check, type.Zip),
            Summary(place.Card, place.Dev, place.DevWithout, place.Helps, modelsDir, check, place.Zip),
            Summary(modality.Card, modality.Dev, modality.DevWithout, modality.Helps, modelsDir, check, modality.Zip),
            Summary(keep.Card, keep.Dev, keep.DevWithout, keepHelps, modelsDir, check, keep.Zip, keep.BagZips),
            Summary(toll.Card, toll.Dev.Events, toll.DevWithout.Events, toll.Helps, modelsDir, check, toll.Zip),
        };
        if (!check)
        {
            Directory.CreateDirectory(modelsDir);
            Write(modelsDir, actor.Card, actor.Zip, actor.Helps);
            Write(modelsDir, actor2.Card, actor2.Zip, actor2.Helps);
            Write(modelsDir, type.Card, type.Zip, type.Helps);
            Write(modelsDir, place.Card, place.Zip, place.Helps);
            Write(modelsDir, modality.Card, modality.Zip, modality.Helps);
            Write(modelsDir, keep.Card, keep.Zip, keepHelps, keep.BagZips);
            Write(modelsDir, toll.Card, toll.Zip, toll.Helps);
        }
        return new ModelTrainingResult(results, toponyms);
    }

    /// <summary>The keep model's retrain spread and its variants (<see cref="EventKeepStudy"/>), on the shipped actor1 and place choices; writes nothing.</summary>
    public static void KeepStudy(string corpusDir, string sharedRoot, IReadOnlyList<string> extraTrain, string? gsrDir, int runs, TextWriter output)
    {
        var loader = new GoldLoader(sharedRoot);
        var train = loader.LoadDirectory(Path.Combine(corpusDir, "train")).ToList();
        foreach (var dir in extraTrain)
        {
            train.AddRange(loader.LoadDirectory(dir));
        }
        var dev = loader.LoadDirectory(Path.Combine(corpusDir, "dev"));
        var only = Environment.GetEnvironmentVariable("MARSAD_KEEP_VARIANTS");
        IReadOnlyList<EventKeepStudy.Variant> variants = only is null ? EventKeepStudy.Variants : EventKeepStudy.Variants.Where((_, i) => only.Split(',').Contains(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (EventKeepStudy.Ablation(Environment.GetEnvironmentVariable("MARSAD_KEEP_WITHOUT")) is { } ablation)
        {
            variants = [.. variants, ablation];
        }
        EventKeepStudy.Run(train, dev, gsrDir is null ? null : GsrSentences.Load(gsrDir), variants, runs, output);
    }

    /// <summary>
    /// <c>marsad train --keep-seeds N</c>: the keep model's retrain swing. On the shipped actor1,
    /// type and place choices (the candidates the committed keep model learned), the keep model is
    /// fitted N times with other seeds and another fold assignment of the out-of-fold pool, once as
    /// a single model and once as a bag, and each run's picked threshold (the pool's best point and
    /// the smoothed pool's best) with its dev and pool F1 is printed; then the spread of each.
    /// Seed set 1 of the single model with the pool's best is what the trainer did before this
    /// session; seed set 1 of the bag with the smoothed pick is what it does now. Writes nothing.
    /// </summary>
    public static void KeepSeeds(string corpusDir, string sharedRoot, IReadOnlyList<string> extraTrain, string? gsrDir, int runs, TextWriter output)
    {
        var loader = new GoldLoader(sharedRoot);
        var train = loader.LoadDirectory(Path.Combine(corpusDir, "train")).ToList();
        foreach (var dir in extraTrain)
        {
            train.AddRange(loader.LoadDirectory(dir));
        }
        var dev = loader.LoadDirectory(Path.Combine(corpusDir, "dev"));
        var pipeline = Pipeline.MarsadPipeline.CreateDefault();
        // The shipped doer is cross-fitted on train as marsad train labels the keep model with it.
        var (actor1, type, place) = (EventModels.Actor1 is { } a ? ActorChoiceTrainer.CrossFitted(a, train, pipeline) : null, EventModels.Type, EventModels.Place);
        var data = EventKeepTrainer.Prepare(train, actor1, type, output, gsrDir is null ? null : GsrSentences.Load(gsrDir), pipeline, place);
        var bags = (Environment.GetEnvironmentVariable("MARSAD_KEEP_BAGS") ?? FormattableString.Invariant($"1,{EventKeepTrainer.BagSize}"))
            .Split(',').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var grid = EventKeepTrainer.Thresholds;
        foreach (var bag in bags)
        {
            var picks = new List<(double Raw, EventCounts RawDev, double RawPool, double Smooth, EventCounts SmoothDev, double SmoothPool)>();
            // MARSAD_KEEP_FIRST_RUN=4: runs 4, 5, … beside an earlier process's 1, 2, 3.
            var first = int.TryParse(Environment.GetEnvironmentVariable("MARSAD_KEEP_FIRST_RUN"), System.Globalization.CultureInfo.InvariantCulture, out var f) ? f : 1;
            for (var run = first; run < first + runs; run++)
            {
                // Run 1 is the trainer's own seeds and folds; each later run other seeds and another fold assignment.
                var growth = new EventKeepTrainer.Growth(EventKeepTrainer.Options with { Seed = 1 + ((run - 1) * bag) }, bag, run == 1 ? null : FormattableString.Invariant($"#keep-oof{run}"), Smoothed: false, OtherCut: false);
                var fit = EventKeepTrainer.Fit(data.Rows, data.Positives, data.TrainedOn, dev, pipeline, actor1, TextWriter.Null, data.Tune, type, place, null, null, data.ByArticle, data.GsrRows, growth);
                var raw = KeepThreshold.Pick(fit.PoolCurve, null, 0);
                var smooth = KeepThreshold.PickSmoothed(fit.PoolCurve);
                picks.Add((grid[raw], fit.DevCurve[raw], fit.PoolCurve[raw].F1 ?? 0, grid[smooth], fit.DevCurve[smooth], fit.PoolCurve[smooth].F1 ?? 0));
                output.WriteLine(FormattableString.Invariant($"bag {bag} run {run}: dev F1 {string.Join(' ', fit.DevCurve.Select((c, i) => $"{grid[i]:F2}:{c.F1 ?? 0:F3}"))}"));
                output.WriteLine(FormattableString.Invariant($"bag {bag} run {run}: pool F1 {string.Join(' ', fit.PoolCurve.Select((c, i) => $"{grid[i]:F2}:{c.F1 ?? 0:F3}"))}"));
                var (r, s) = (picks[^1].RawDev, picks[^1].SmoothDev);
                output.WriteLine(FormattableString.Invariant($"bag {bag} run {run}: pool best {grid[raw]:F2} (pool {picks[^1].RawPool:F3}, dev P {r.Precision:F3} R {r.Recall:F3} F1 {r.F1 ?? 0:F3} tp {r.Tp} fp {r.Fp}); smoothed {grid[smooth]:F2} (pool {picks[^1].SmoothPool:F3}, dev P {s.Precision:F3} R {s.Recall:F3} F1 {s.F1 ?? 0:F3} tp {s.Tp} fp {s.Fp})"));
            }
            static string Spread(IEnumerable<double> xs)
            {
                var l = xs.ToList();
                return FormattableString.Invariant($"{l.Average():F3} (min {l.Min():F3} max {l.Max():F3})");
            }
            output.WriteLine(FormattableString.Invariant($"SUMMARY bag {bag}, {runs} runs: pool best: thresholds {string.Join(' ', picks.Select(p => p.Raw.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}, dev F1 {Spread(picks.Select(p => p.RawDev.F1 ?? 0))}, pool F1 {Spread(picks.Select(p => p.RawPool))}")
                + FormattableString.Invariant($" | smoothed: thresholds {string.Join(' ', picks.Select(p => p.Smooth.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}, dev F1 {Spread(picks.Select(p => p.SmoothDev.F1 ?? 0))}, pool F1 {Spread(picks.Select(p => p.SmoothPool))}"));
        }
    }

    /// <summary>
    /// Retrains the toll choice alone, on the shipped event models and toponym tagger (the toll is
    /// chosen after every other decision, so they stay as they are); writes it when it helps.
    /// </summary>
    public static TrainedModel RunToll(string corpusDir, string sharedRoot, string modelsDir, bool check, TextWriter progress, IReadOnlyList<string>? extraTrain = null)
    {
        var loader = new GoldLoader(sharedRoot);
        var train = loader.LoadDirectory(Path.Combine(corpusDir, "train")).ToList();
        foreach (var dir in extraTrain ?? [])
        {
            train.AddRange(loader.LoadDirectory(dir));
        }
        var dev = loader.LoadDirectory(Path.Combine(corpusDir, "dev"));
        var toll = TollChoiceTrainer.Train(train, dev, EventModels.Actor1, EventModels.Type, EventModels.Place, EventModels.Keep, progress);
        if (!check)
        {
            Directory.CreateDirectory(modelsDir);
            Write(modelsDir, toll.Card, toll.Zip, toll.Helps);
        }
        return Summary(toll.Card, toll.Dev.Events, toll.DevWithout.Events, toll.Helps, modelsDir, check, toll.Zip);
    }

    /// <summary>
    /// How far a choice judged on top of the keep model must raise dev event F1 to ship: two
    /// retrains of the keep model on the same rows differ by about this much (docs/learning.md, "A
    /// steadier keep model"), and choices that won by less (modality, actor2) were seen to cost
    /// the seed article a third of its F1 on the next retrain.
    /// </summary>
    public const double ShipMargin = 0.01;

    /// <summary>The least event F1 the seed article keeps with a choice shipped (issue 9's gate).</summary>
    public const double SeedFloor = 0.90;

    /// <summary>
    /// The dev counts a choice judged on top of the keep model is measured by, each pair under one keep model: with
    /// and without the choice under the keep model trained with it, and under the one trained without it.
    /// </summary>
    internal sealed record PairedDev(EventCounts WithUnderWith, EventCounts WithoutUnderWith, EventCounts WithUnderWithout, EventCounts WithoutUnderWithout)
    {
        /// <summary>The mean of the two gains (<see cref="PairedGain"/>).</summary>
        public double Gain => PairedGain(WithUnderWith, WithoutUnderWith, WithUnderWithout, WithoutUnderWithout);

        /// <summary>The gain under the keep model trained with the choice.</summary>
        public double OwnGain => (WithUnderWith.F1 ?? 0) - (WithoutUnderWith.F1 ?? 0);
    }

    /// <summary>
    /// Measures a choice in pairs (<see cref="PairedDev"/>) and logs both pairs: two more dev evaluations, the choice
    /// left out under the keep model trained with it (<paramref name="withoutUnderWith"/>) and put in under the one
    /// trained without it (<paramref name="withUnderWithout"/>).
    /// </summary>
    private static PairedDev Paired(string name, EventKeepTrainer.Outcome keepWith, EventKeepTrainer.Outcome keepWithout, TextWriter progress, Func<EventCounts> withoutUnderWith, Func<EventCounts> withUnderWithout)
    {
        var own = withoutUnderWith();
        progress.WriteLine(FormattableString.Invariant($"{name}: dev event F1 {keepWith.Dev.F1:F3} (tp {keepWith.Dev.Tp}, fp {keepWith.Dev.Fp}) with it, {own.F1:F3} (tp {own.Tp}, fp {own.Fp}) without it under the same keep model (its own gain)"));
        var cross = withUnderWithout();
        progress.WriteLine(FormattableString.Invariant($"{name}: dev event F1 {cross.F1:F3} (tp {cross.Tp}, fp {cross.Fp}) with it, {keepWithout.Dev.F1:F3} (tp {keepWithout.Dev.Tp}, fp {keepWithout.Dev.Fp}) without it under the keep model trained without it"));
        return new PairedDev(keepWith.Dev, own, cross, keepWithout.Dev);
    }

    /// <summary>
    /// Whether a choice judged on top of the keep model passes on dev, by its paired gain (<see cref="PairedDev"/>):
    /// with a positive <paramref name="margin"/> (the place choice) the gain must exceed it and the gain under the
    /// keep model trained with the choice must not be negative; with a margin of 0 or below (a choice of a field event
    /// F1 does not score, or one a gate on tied candidates has judged: modality, actor2) it must not fall below it.
    /// Never the unpaired difference of the two keep models: two keep retrains on rows one candidate apart differ on
    /// dev by more than the margin (2026-12-07: the modality choice's keep model drew 0.640 against 0.654, the actor2
    /// choice's 0.651 against 0.654, whatever the choice itself did).
    /// </summary>
    internal static bool PassesOnTop(PairedDev dev, double margin) =>
        margin > 0 ? dev.Gain > margin && dev.OwnGain >= 0 : dev.Gain >= margin;

    /// <summary>
    /// A choice judged with the keep decision retrained on top of it (<paramref name="with"/>)
    /// against the keep decision without it: it ships when it passes on dev in pairs
    /// (<see cref="PassesOnTop"/>) and the seed article's F1 with it (<paramref name="seedF1"/>, asked
    /// only then; null without the seed) stays at or above <see cref="SeedFloor"/>. The keep model
    /// that goes with the verdict is returned with it.
    /// </summary>
    /// <param name="paired">The choice's dev counts under each keep model (<see cref="Paired"/>).</param>
    /// <param name="seedF1Own">The seed article's F1 of what ships without the choice (the keep model trained without it), or null: a choice is left out only when it takes the seed below the floor and below that.</param>
    /// <param name="margin">The dev gain asked (<see cref="ShipMargin"/>); 0 or below for a choice of a field event F1 does not score, which ships when its paired gain does not fall by more than -margin.</param>
    private static (ChoiceOutcome Choice, EventKeepTrainer.Outcome Keep) OnTop(string name, ChoiceOutcome choice, EventKeepTrainer.Outcome keepWith, EventKeepTrainer.Outcome keepWithout, PairedDev paired, TextWriter progress, Func<double?> seedF1, Func<double?>? seedF1Own = null, double margin = ShipMargin)
    {
        var helps = PassesOnTop(paired, margin);
        var rule = margin > 0 ? "above +" + margin.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)
            : margin < 0 ? "when not lower than -" + (-margin).ToString("F3", System.Globalization.CultureInfo.InvariantCulture) : "when not lower";
        progress.WriteLine(FormattableString.Invariant($"{name}: dev event F1 {keepWith.Dev.F1:F3} with it and the keep model, {keepWithout.Dev.F1:F3} without it; its paired gain {paired.Gain:+0.000;-0.000}, which (ships {rule})"));
        // Shown, not judged: on the out-of-fold train articles the choice itself is in-sample (it
        // learned them), so the pool would favour every choice.
        progress.WriteLine(FormattableString.Invariant($"{name}: dev and out-of-fold train F1 {keepWith.Pool?.F1 ?? 0:F3} with it, {keepWithout.Pool?.F1 ?? 0:F3} without it (not a gate)"));
        if (helps && seedF1() is { } f1)
        {
            progress.WriteLine(FormattableString.Invariant($"{name}: seed article event F1 {f1:F3} with it (gate {SeedFloor:F2})"));
            var without = f1 < SeedFloor ? seedF1Own?.Invoke() : null;
            if (without is { } w)
            {
                progress.WriteLine(FormattableString.Invariant($"{name}: seed article event F1 {w:F3} without it (the keep model trained without it)"));
            }
            if (f1 < SeedFloor && !(without >= f1))
            {
                progress.WriteLine($"{name}: left out (the seed article's gate)");
                helps = false;
            }
        }
        var judged = choice with
        {
            Card = choice.Card with { DevScores = EventKeepTrainer.Scores(keepWith.Dev, keepWithout.Dev) },
            Dev = keepWith.Dev,
            DevWithout = keepWithout.Dev,
            Helps = helps,
        };
        return (judged, helps ? keepWith : keepWithout);
    }

    private static TrainedModel Summary(ModelCard card, EventCounts with, EventCounts without, bool shipped, string modelsDir, bool check, byte[] zip, IReadOnlyList<byte[]>? bag = null)
    {
        double? committed = null;
        var cardPath = Path.Combine(modelsDir, card.Name + ".json");
        if (check && File.Exists(cardPath))
        {
            var c = JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(cardPath), ModelCard.JsonOptions);
            committed = c?.DevScores is { } s && s.TryGetValue("f1", out var f) ? f : null;
        }
        return new TrainedModel(card.Name, card.TrainingRows, card.Positives, card.Threshold,
            Math.Round(with.F1 ?? 0, 4), Math.Round(without.F1 ?? 0, 4), shipped, committed)
        {
            SameFiles = check && shipped && File.Exists(cardPath) ? SameFiles(modelsDir, card, zip, bag ?? []) : null,
        };
    }

    /// <summary>Whether the files <see cref="Write"/> would write for a shipped model equal the ones in <paramref name="dir"/> byte for byte (model zips are reproducible: <see cref="Lgbm.Reproducible"/>).</summary>
    private static bool SameFiles(string dir, ModelCard card, byte[] zip, IReadOnlyList<byte[]> bag)
    {
        static bool Same(string path, byte[] bytes) => File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
        var cardBytes = System.Text.Encoding.UTF8.GetBytes(JsonSerializer.Serialize(card, ModelCard.JsonOptions) + "\n");
        var committedBag = Directory.EnumerateFiles(dir, card.Name + ".bag*.zip").Count();
        return Same(Path.Combine(dir, card.Name + ".json"), cardBytes) && Same(Path.Combine(dir, card.Name + ".zip"), zip)
            && committedBag == bag.Count && bag.Select((b, k) => Same(Path.Combine(dir, BinaryModel.BagMemberName(card.Name, k + 2) + ".zip"), b)).All(x => x);
    }

    /// <summary>
    /// A choice's dev gain measured in pairs, each under one keep model: the mean of its gain under the keep model
    /// trained with it (<paramref name="withUnderWith"/> against <paramref name="withoutUnderWith"/>) and under the one
    /// trained without it (<paramref name="withUnderWithout"/> against <paramref name="withoutUnderWithout"/>). Two keep
    /// retrains on rows one candidate apart differ on dev by as much as the margin (2026-12-07: with s39b-doers merged,
    /// the keep model without the place choice drew 0.626 instead of 0.609, and the choice, +0.022 under either keep
    /// model, missed the +0.010 asked of the unpaired difference by 0.001 and was dropped); a paired gain moves only
    /// with the choice.
    /// </summary>
    internal static double PairedGain(EventCounts withUnderWith, EventCounts withoutUnderWith, EventCounts withUnderWithout, EventCounts withoutUnderWithout) =>
        ((withUnderWith.F1 ?? 0) - (withoutUnderWith.F1 ?? 0) + (withUnderWithout.F1 ?? 0) - (withoutUnderWithout.F1 ?? 0)) / 2;

    /// <summary>
    /// Whether a choice's keep model raises dev event F1 over the keep model trained without it: strictly, since a
    /// tie means the choice changed which events are kept without making them righter, and every later model would
    /// still be trained on its picks.
    /// </summary>
    internal static bool RaisesDev(EventCounts with, EventCounts without) => (with.F1 ?? 0) > (without.F1 ?? 0);

    /// <summary>
    /// A type choice that passes its gate on tied candidates must also raise dev event F1 with the
    /// keep model trained on top of it, as the place choice must: every later model is trained on
    /// the types it picks. 2026-12-07: it passed its gate by net 6 over a margin of 5.7 and gave dev
    /// 0.647 (tp 145, fp 67) against 0.650 (145, 65) without it, and typed a blamed attack apart
    /// from its telling, so the blame made a second event (NamedDoerTests, BlamedDoerTests).
    /// </summary>
    private static ChoiceOutcome TypeOnTop(ChoiceOutcome type, IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, BinaryModel? actorModel, TextWriter progress, IReadOnlyList<GsrSentence>? gsr, Pipeline.MarsadPipeline pipeline)
    {
        if (!type.Helps)
        {
            return type;
        }
        var with = EventKeepTrainer.Train(train, dev, actorModel, type.Model, progress, gsr, pipeline);
        var without = EventKeepTrainer.Train(train, dev, actorModel, null, progress, gsr, pipeline);
        var gains = RaisesDev(with.Dev, without.Dev);
        progress.WriteLine(FormattableString.Invariant($"{type.Card.Name}: dev event F1 {with.Dev.F1:F4} (tp {with.Dev.Tp}, fp {with.Dev.Fp}) with it under the keep model trained on it, {without.Dev.F1:F4} (tp {without.Dev.Tp}, fp {without.Dev.Fp}) without it{(gains ? "" : ": left out")}"));
        return gains ? type : type with { Helps = false };
    }

    /// <summary>A model that does not help on dev is not shipped: its old files are removed so the rules decide.</summary>
    /// <param name="bag">The zips of a bag's other models (<see cref="ModelCard.Bag"/>), written as NAME.bag2.zip, …; an older bag's files are removed first.</param>
    private static void Write(string dir, ModelCard card, byte[] zip, bool ship, IReadOnlyList<byte[]>? bag = null)
    {
        var zipPath = Path.Combine(dir, card.Name + ".zip");
        var cardPath = Path.Combine(dir, card.Name + ".json");
        foreach (var old in Directory.EnumerateFiles(dir, card.Name + ".bag*.zip"))
        {
            File.Delete(old);
        }
        for (var k = 0; ship && k < (bag?.Count ?? 0); k++)
        {
            File.WriteAllBytes(Path.Combine(dir, BinaryModel.BagMemberName(card.Name, k + 2) + ".zip"), bag![k]);
        }
        if (!ship)
        {
            File.Delete(zipPath);
            File.Delete(cardPath);
            return;
        }
        File.WriteAllBytes(zipPath, zip);
        File.WriteAllText(cardPath, JsonSerializer.Serialize(card, ModelCard.JsonOptions) + "\n");
    }
}
