using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Trains the keep/drop decision over the rules' candidate events from the annotated corpus: the
/// candidate that, as linked, a coded event takes under SPEC §5 is a positive (one per coded
/// event, <see cref="EventKeepLabels"/>); every other candidate is a negative. The decision
/// threshold is the one that gives the best event F1 with the real scorer on dev pooled with
/// out-of-fold train articles (<see cref="KeepThreshold"/>), not the one that best separates
/// candidates.
/// </summary>
internal static class EventKeepTrainer
{
    private const double PlateauF1 = 0.01;

    /// <summary>
    /// How the keep model is grown: each tree on 70 % of the rows and each split on half the
    /// features, 150 trees. Retrained four times without another tenth of the training data, the
    /// project's default trees (250, all rows and features) gave dev F1 0.344 ± 0.013 at the
    /// threshold 0.30, these 0.356 ± 0.008 and a steadier curve (docs/learning.md, "A steadier
    /// keep model"); fewer trees also cost fewer tree walks per candidate.
    /// </summary>
    internal static readonly LgbmOptions Options = LgbmOptions.Default with { Trees = 150, FeatureFraction = 0.5, Subsample = 0.7 };

    /// <summary>
    /// Weight factor of a positive placed only at the article's focus: it matches a coded event at
    /// the country or governorate level (or one coded with no place), a weaker sign that the
    /// candidate is a report than a match at its own place. Tried: 1, 0.5, 0.25 (dev F1 0.367,
    /// 0.355, 0.354); only at 0.25 do short one-sentence reports (the routes tests' articles) keep
    /// scores over the threshold, so 0.25 is taken (docs/learning.md).
    /// </summary>
    private const float FocusWeight = 0.25f;

    private static readonly int FocusFeature = EventFeatures.Names.ToList().IndexOf("placesource_focus");

    internal static readonly double[] Thresholds = [0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6];

    /// <summary>
    /// How many seeds the keep model averages. One subsampled model moved dev F1 by ±0.01–0.02
    /// and its pick by a grid step from seed to seed; the mean of five moves less
    /// (docs/learning.md, s13-keep). Scoring walks five times the trees for this one decision.
    /// </summary>
    internal const int BagSize = 5;

    /// <summary>How a keep model is grown and its threshold picked: the trees, the bag, the fold salt of the out-of-fold pool and the pick rule.</summary>
    /// <param name="FoldSalt">null: the trainer's salt.</param>
    /// <param name="Smoothed">Pick on the pool curve smoothed over neighbours (<see cref="KeepThreshold.PickSmoothed"/>), else the pool's best point.</param>
    /// <param name="OtherCut">Also try a lower cut for the candidates that are not asserted (<see cref="PickOther"/>).</param>
    internal sealed record Growth(LgbmOptions Options, int Bag, string? FoldSalt, bool Smoothed, bool OtherCut = true)
    {
        public static Growth Shipped { get; } = new(EventKeepTrainer.Options, BagSize, null, Smoothed: true);

        public string Describe() => Bag > 1
            ? Options.Describe() + FormattableString.Invariant($"; a bag of {Bag} such models, seeds {Options.Seed}–{Options.Seed + Bag - 1}, probabilities averaged")
            : Options.Describe();
    }

    internal sealed record Outcome(byte[] Zip, ModelCard Card, EventCounts Dev, EventCounts DevWithout)
    {
        /// <summary>The zips of the bag's other models (seed order), written beside <see cref="Zip"/>.</summary>
        public IReadOnlyList<byte[]> BagZips { get; init; } = [];

        /// <summary>Dev and pool (dev plus out-of-fold train; dev alone without it) counts at each of <see cref="Thresholds"/>.</summary>
        public EventCounts[] DevCurve { get; init; } = [];

        /// <inheritdoc cref="DevCurve"/>
        public EventCounts[] PoolCurve { get; init; } = [];

        /// <summary>The fitted model at its chosen threshold, for scoring right away (cross-validation).</summary>
        public BinaryModel? Model { get; init; }

        /// <summary>Event counts of dev and the out-of-fold train articles at the chosen threshold (dev alone without them).</summary>
        public EventCounts? Pool { get; init; }
    }

    /// <summary>Weight of a gsr «difficult no» sentence's negative: one annotator of several read the event there.</summary>
    private const float DifficultNoWeight = 0.5f;

    /// <param name="actor1">The actor1 model the pipeline runs with (its candidates are the ones kept or dropped), or null.</param>
    /// <param name="gsr">Sentence-level gold to learn from as well (see <see cref="AddGsrRows"/>), or null.</param>
    /// <param name="type">The type choice the pipeline runs with, or null.</param>
    /// <param name="place">The place choice the pipeline runs with, or null.</param>
    /// <param name="pipeline">The pipeline whose candidates are learned from (the default one when null).</param>
    /// <param name="modality">The modality choice the pipeline runs with, or null.</param>
    /// <param name="actor2">The actor2 choice the pipeline runs with, or null.</param>
    public static Outcome Train(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, BinaryModel? actor1, BinaryModel? type, TextWriter progress, IReadOnlyList<GsrSentence>? gsr = null, MarsadPipeline? pipeline = null, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null)
    {
        pipeline ??= MarsadPipeline.CreateDefault();
        var data = Prepare(train, actor1, type, progress, gsr, pipeline, place, modality, actor2);
        return Fit(data.Rows, data.Positives, data.TrainedOn, dev, pipeline, actor1, progress, data.Tune, type, place, modality, actor2, data.ByArticle, data.GsrRows);
    }

    /// <summary>The rows <see cref="Train"/> learns from (see its parameters), extracted once: every corpus row (by article, for the out-of-fold pool) and the gsr rows after them.</summary>
    internal static (List<ModelInput> Rows, int Positives, string TrainedOn, List<(GoldArticle Article, List<ModelInput> Rows)> ByArticle, List<ModelInput>? GsrRows, List<GsrSentence>? Tune) Prepare(IReadOnlyList<GoldArticle> train, BinaryModel? actor1, BinaryModel? type, TextWriter progress, IReadOnlyList<GsrSentence>? gsr, MarsadPipeline pipeline, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null)
    {
        // Rows by article, so that the threshold can be picked on out-of-fold train articles too.
        var byArticle = train.Select(a => (a, CorpusRows([a], pipeline, actor1, type, place, modality, actor2).Rows)).ToList();
        var rows = byArticle.SelectMany(x => x.Rows).ToList();
        var positives = rows.Count(r => r.Label);
        progress.WriteLine($"{EventModels.KeepName}: {rows.Count} candidates from {train.Count} train articles, {positives} positive");
        var trainedOn = $"{train.Count} articles: data/gold/corpus/train and the directories given by marsad train --also (data/gold/dev and the seed article by default)";
        if (gsr is not { Count: > 0 })
        {
            return (rows, positives, trainedOn, byArticle, null, null);
        }
        var (learn, tune) = SplitForTuning(gsr);
        var before = (rows.Count, positives);
        foreach (var s in learn)
        {
            positives += AddGsrRows(s, pipeline, actor1, rows, type, place, modality, actor2);
        }
        progress.WriteLine($"{EventModels.KeepName}: {rows.Count - before.Count} candidates from {learn.Count} gsr sentences, {positives - before.positives} positive; {tune.Count} gsr sentences held out to pick the threshold");
        trainedOn += $"; {learn.Count} arabic_event_gsr sentences (training half; {tune.Count} more held out to pick the threshold)";
        return (rows, positives, trainedOn, byArticle, rows.GetRange(before.Count, rows.Count - before.Count), tune);
    }

    /// <summary>
    /// The gsr sentences learned from and the ones held out to pick the threshold: a fifth of the
    /// source documents, by a hash of their id salted apart from the cross-validation folds.
    /// </summary>
    internal static (List<GsrSentence> Learn, List<GsrSentence> Tune) SplitForTuning(IEnumerable<GsrSentence> gsr)
    {
        var learn = new List<GsrSentence>();
        var tune = new List<GsrSentence>();
        foreach (var s in gsr)
        {
            (GsrSentences.FoldOf(s.Document + TuningSalt, 5) == 0 ? tune : learn).Add(s);
        }
        return (learn, tune);
    }

    private const string TuningSalt = "#threshold";

    /// <summary>Every candidate of the train articles, labelled one-to-one by the SPEC §5 match against the coded events (<see cref="EventKeepLabels"/>).</summary>
    internal static (List<ModelInput> Rows, int Positives) CorpusRows(IReadOnlyList<GoldArticle> train, MarsadPipeline pipeline, BinaryModel? actor1, BinaryModel? type = null, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null)
    {
        var rows = new List<ModelInput>();
        var positives = 0;
        foreach (var a in train)
        {
            var log = new CandidateLog { Actor1 = actor1, Type = type, Place = place, Modality = modality, Actor2 = actor2 };
            pipeline.Extract(a.Article, log);
            var weights = EventKeepLabels.Of(a.Gold, log.Rows, out var retelling);
            for (var i = 0; i < log.Rows.Count; i++)
            {
                var row = log.Rows[i];
                var weight = weights[i];
                if (row.Features[FocusFeature] == 1)
                {
                    weight *= FocusWeight;
                }
                positives += weight > 0 ? 1 : 0;
                rows.Add(new ModelInput { Features = row.Features, Label = weight > 0, Weight = weight > 0 ? weight : retelling[i] ? EventKeepLabels.RetellingWeight : 1f });
            }
        }
        return (rows, positives);
    }

    /// <summary>
    /// The rows one gsr sentence gives, added to <paramref name="rows"/>; returns how many are
    /// positive. The sentence label says only whether an event of its type is told, so only the
    /// asserted candidates of a matching type are labelled: positive in a «yes» sentence,
    /// negative in a «no» one (half weight for «difficult no»). Candidates of other types, and
    /// intended or negated ones, say nothing the label knows; ambiguous sentences give nothing.
    /// </summary>
    internal static int AddGsrRows(GsrSentence s, MarsadPipeline pipeline, BinaryModel? actor1, List<ModelInput> rows, BinaryModel? type = null, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null)
    {
        if (s.IsAmbiguous)
        {
            return 0;
        }
        var log = new CandidateLog { Actor1 = actor1, Type = type, Place = place, Modality = modality, Actor2 = actor2 };
        pipeline.Extract(GsrScoring.ToArticle(s), log);
        var positives = 0;
        foreach (var row in log.Rows)
        {
            if (!GsrScoring.Matches(s.EventType, row.Type) || !string.Equals(row.Modality, "asserted", StringComparison.Ordinal))
            {
                continue;
            }
            positives += s.IsYes ? 1 : 0;
            rows.Add(new ModelInput { Features = row.Features, Label = s.IsYes, Weight = s.IsDifficultNo ? DifficultNoWeight : 1f });
        }
        return positives;
    }

    /// <summary>
    /// Fits the model on <paramref name="rows"/> and picks its threshold by event F1 on the dev
    /// split pooled with the train articles scored out of fold (<see cref="KeepThreshold"/>).
    /// </summary>
    /// <param name="tune">Held-out gsr sentences: among the thresholds the pool cannot tell apart, the one with their best F1 is taken.</param>
    /// <param name="byArticle">The train articles with their rows, for the out-of-fold pool; null: dev alone picks.</param>
    /// <param name="gsrRows">The gsr rows among <paramref name="rows"/>, learned by every fold model.</param>
    internal static Outcome Fit(List<ModelInput> rows, int positives, string trainedOn, IReadOnlyList<GoldArticle> dev, MarsadPipeline pipeline, BinaryModel? actor1, TextWriter progress, IReadOnlyList<GsrSentence>? tune = null, BinaryModel? type = null, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null,
        IReadOnlyList<(GoldArticle Article, List<ModelInput> Rows)>? byArticle = null, IReadOnlyList<ModelInput>? gsrRows = null, Growth? growth = null)
    {
        growth ??= Growth.Shipped;
        var card = new ModelCard
        {
            Name = EventModels.KeepName,
            Features = EventFeatures.Count,
            Threshold = 0.5,
            Trainer = growth.Describe(),
            TrainedOn = trainedOn,
            TrainingRows = rows.Count,
            Positives = positives,
        };
        var (full, zips) = KeepThreshold.Bag(rows, growth.Options, growth.Bag, card);
        card = full.Card;
        var without = Evaluate(dev, pipeline, null, actor1, type, place, modality, actor2);
        var devCurve = KeepThreshold.Curve(dev, pipeline, full, Thresholds, actor1, type, place, modality, actor2);
        var folds = byArticle is null ? null : KeepThreshold.FoldModels(byArticle, gsrRows ?? [], growth.Options, KeepThreshold.Folds, growth.Bag, growth.FoldSalt);
        var oof = folds is null ? null : KeepThreshold.OutOfFold(folds, pipeline, Thresholds, actor1, type, place, modality, actor2);
        var pool = oof is null ? devCurve : KeepThreshold.Sum(devCurve, oof);
        var gsrF1 = new Dictionary<int, double>();
        for (var i = 0; i < Thresholds.Length; i++)
        {
            var counts = devCurve[i];
            progress.WriteLine(FormattableString.Invariant($"{EventModels.KeepName}: threshold {Thresholds[i]:F2}: dev P {counts.Precision:F3} R {counts.Recall:F3} F1 {counts.F1 ?? 0:F3}")
                + (oof is null ? "" : FormattableString.Invariant($"; out-of-fold train F1 {oof[i].F1 ?? 0:F3}; pool F1 {pool[i].F1 ?? 0:F3}")));
        }
        // A few hundred dev events cannot tell 0.20 from 0.30, and the pick used to move from one
        // retrain to the next with the ship gates behind it; the pool holds about five times as
        // many events. Without the pool (gsr cross-validation), within PlateauF1 of dev's best the
        // held-out gsr sentences decide.
        double Gsr(int i)
        {
            if (!gsrF1.TryGetValue(i, out var f))
            {
                f = GsrScoring.Run(tune!, pipeline, new BinaryModel(full, Thresholds[i]), actor1, type, place, modality, actor2).F1;
                gsrF1[i] = f;
                progress.WriteLine(FormattableString.Invariant($"{EventModels.KeepName}: threshold {Thresholds[i]:F2}: held-out gsr F1 {f:F3}"));
            }
            return f;
        }
        // On the pool the gsr sentences do not decide: across dev halves, letting them pick inside
        // a 0.01 plateau of the pool scored 0.358 ±0.010 and 0.393 ±0.021 in two studies, the
        // pool's best 0.360 ±0.013 and 0.402 ±0.013 (docs/learning.md, s9-keep). The pool's curve
        // is flat near its top, so its best point moved by a step between retrains; the smoothed
        // curve's best is the middle of the plateau (s13-keep).
        var best = oof is null
            ? KeepThreshold.Pick(pool, tune is { Count: > 0 } ? Gsr : null, PlateauF1)
            : growth.Smoothed ? KeepThreshold.PickSmoothed(pool) : KeepThreshold.Pick(pool, null, 0);
        var (devAt, poolAt) = (devCurve[best], pool[best]);
        double? other = null;
        if (folds is not null && growth.OtherCut)
        {
            // The candidates that are not asserted are few (intended, negated…) and the model
            // learned mostly asserted reports, so their scores sit lower: a lower cut for them is
            // tried, the asserted cut held where it was picked (docs/learning.md, s12-keep).
            var devOther = KeepThreshold.Curve(dev, pipeline, full, Thresholds, actor1, type, place, modality, actor2, Thresholds[best]);
            var oofOther = KeepThreshold.OutOfFold(folds, pipeline, Thresholds, actor1, type, place, modality, actor2, Thresholds[best]);
            var poolOther = KeepThreshold.Sum(devOther, oofOther);
            for (var i = 0; i < Thresholds.Length; i++)
            {
                progress.WriteLine(FormattableString.Invariant($"{EventModels.KeepName}: not asserted at {Thresholds[i]:F2}: dev P {devOther[i].Precision:F3} R {devOther[i].Recall:F3} F1 {devOther[i].F1 ?? 0:F3}; out-of-fold train F1 {oofOther[i].F1 ?? 0:F3}; pool F1 {poolOther[i].F1 ?? 0:F3}"));
            }
            var pick = PickOther(poolOther, best);
            if (pick != best)
            {
                other = Thresholds[pick];
                (devAt, poolAt) = (devOther[pick], poolOther[pick]);
            }
        }
        card = card with { Threshold = Thresholds[best], OtherThreshold = other, DevScores = Scores(devAt, without) };
        if (oof is not null)
        {
            card.DevScores!["pool_f1"] = Math.Round(poolAt.F1 ?? 0, 4);
        }
        progress.WriteLine(FormattableString.Invariant($"{EventModels.KeepName}: threshold {Thresholds[best]:F2} picked") + (other is { } o ? FormattableString.Invariant($", {o:F2} for the candidates that are not asserted") : ""));
        return new Outcome(zips[0], card, devAt, without) { Model = new BinaryModel(full, card.Threshold, card.OtherThreshold), Pool = poolAt, BagZips = zips.Skip(1).ToList(), DevCurve = devCurve, PoolCurve = pool };
    }

    /// <summary>
    /// The cut of the candidates that are not asserted, from the pool's curve over it (the asserted
    /// cut held at <paramref name="shared"/>): the best F1 below the shared cut when it beats the
    /// shared cut's by more than <see cref="OtherMargin"/>, else the shared cut, one threshold as
    /// before. A higher cut is never taken: in the first retrain the pool gained 0.001–0.004 by
    /// raising it (0.30, 0.60), which dropped the seed article's coded intentions (seed F1 0.800
    /// against the gate's 0.90); a lower cut taken for a gain of 0.001 (0.15) cost the seed 0.889
    /// (docs/learning.md, s12-keep). Gains of one or two events out of some 870 are noise.
    /// </summary>
    internal static int PickOther(IReadOnlyList<EventCounts> pool, int shared)
    {
        var best = shared;
        for (var i = 0; i < shared; i++)
        {
            if ((pool[i].F1 ?? 0) > (pool[best].F1 ?? 0))
            {
                best = i;
            }
        }
        return (pool[best].F1 ?? 0) > (pool[shared].F1 ?? 0) + OtherMargin ? best : shared;
    }

    /// <summary>How far a lower cut for the candidates that are not asserted must raise the pool's F1 (about four events of the pool's ~870).</summary>
    internal const double OtherMargin = 0.005;

    /// <summary>Event counts over <paramref name="articles"/> with the given models deciding (null: the rules).</summary>
    public static EventCounts Evaluate(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, BinaryModel? keep, BinaryModel? actor1, BinaryModel? type = null, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null)
    {
        var total = EventCounts.Zero;
        foreach (var a in articles)
        {
            total += GoldScorer.Score(a.Gold, pipeline.Extract(a.Article, new CandidateLog { Keep = keep, Actor1 = actor1, Type = type, Place = place, Modality = modality, Actor2 = actor2 })).Events;
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
