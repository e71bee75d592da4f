using System.Globalization;
using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// <c>marsad train --keep-study</c>: how much the keep model's dev F1 moves from one retrain to the
/// next, and whether a way of growing it is better beyond that spread. Each variant is trained
/// several times, each time without a tenth of the training articles and gsr documents (another
/// tenth each run: the small input changes that move a retrain) and, for a subsampled variant,
/// with another seed; every model is scored on dev by the real pipeline over the trainer's
/// thresholds. Pick rules are judged across two dev halves: each picks on one half (with the run's
/// out-of-fold train articles where it uses them) and is scored on the other. The candidates are
/// those of the shipped actor1 and place choices, computed once.
/// </summary>
internal static class EventKeepStudy
{
    /// <param name="PositiveWeight">Factor on every positive row's weight (a class weight).</param>
    /// <param name="GsrWeight">Factor on every gsr sentence row's weight.</param>
    /// <param name="Without">Features zeroed in every training row, to weigh what they add against the retrain spread.</param>
    internal sealed record Variant(string Name, LgbmOptions Options, float PositiveWeight = 1, float GsrWeight = 1, IReadOnlyList<string>? Without = null);

    private const string Salt = "#study";

    public static IReadOnlyList<Variant> Variants { get; } =
    [
        new("shipped", EventKeepTrainer.Options),
        new("7 leaves, min 20", LgbmOptions.Default with { Leaves = 7, MinPerLeaf = 20 }),
        new("15 leaves, min 30, L2 10", LgbmOptions.Default with { MinPerLeaf = 30, L2 = 10 }),
        new("150 trees, ff 0.5, subsample 0.7", LgbmOptions.Default with { Trees = 150, FeatureFraction = 0.5, Subsample = 0.7 }),
        new("7 leaves, min 20, ff 0.5, subsample 0.7, L2 5", LgbmOptions.Default with { Leaves = 7, MinPerLeaf = 20, FeatureFraction = 0.5, Subsample = 0.7, L2 = 5 }),
        new("positives x2", LgbmOptions.Default, PositiveWeight: 2),
        new("gsr x0.5", LgbmOptions.Default, GsrWeight: 0.5f),
        new("250 trees, ff 0.5, subsample 0.7", LgbmOptions.Default with { FeatureFraction = 0.5, Subsample = 0.7 }),
        new("150 trees", LgbmOptions.Default with { Trees = 150 }),
        new("150 trees, ff 0.5", LgbmOptions.Default with { Trees = 150, FeatureFraction = 0.5 }),
        new("150 trees, subsample 0.7", LgbmOptions.Default with { Trees = 150, Subsample = 0.7 }),
        new("100 trees, ff 0.5, subsample 0.7", LgbmOptions.Default with { Trees = 100, FeatureFraction = 0.5, Subsample = 0.7 }),
        new("150 trees, ff 0.3, subsample 0.7", LgbmOptions.Default with { Trees = 150, FeatureFraction = 0.3, Subsample = 0.7 }),
        new("150 trees, ff 0.5, subsample 0.7, gsr x0.5", LgbmOptions.Default with { Trees = 150, FeatureFraction = 0.5, Subsample = 0.7 }, GsrWeight: 0.5f),
        new("250 trees (the project's defaults)", LgbmOptions.Default),
        // Many small steps on random halves of the rows and features average over many subsamples
        // within one model, as a bag of seeds would, without a new model format.
        new("600 trees, learning rate 0.0125, ff 0.5, subsample 0.7", EventKeepTrainer.Options with { Trees = 600, LearningRate = 0.0125 }),
        new("300 trees, learning rate 0.025, ff 0.5, subsample 0.5, min 20", EventKeepTrainer.Options with { Trees = 300, LearningRate = 0.025, Subsample = 0.5, MinPerLeaf = 20 }),
    ];

    public static void Run(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, IReadOnlyList<GsrSentence>? gsr, IReadOnlyList<Variant> variants, int runs, TextWriter o)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        var actor1 = EventModels.Actor1;
        var place = EventModels.Place;
        var groups = new List<(string Key, List<ModelInput> Rows, bool Gsr)>();
        var articles = new Dictionary<string, GoldArticle>(StringComparer.Ordinal);
        var tune = gsr is { Count: > 0 } ? EventKeepTrainer.SplitForTuning(gsr).Tune : [];
        foreach (var a in train)
        {
            groups.Add((a.GoldPath, EventKeepTrainer.CorpusRows([a], pipeline, actor1, place: place).Rows, false));
            articles[a.GoldPath] = a;
        }
        if (gsr is { Count: > 0 })
        {
            foreach (var s in EventKeepTrainer.SplitForTuning(gsr).Learn)
            {
                var rows = new List<ModelInput>();
                EventKeepTrainer.AddGsrRows(s, pipeline, actor1, rows, place: place);
                groups.Add((s.Document, rows, true));
            }
        }
        if (Environment.GetEnvironmentVariable("MARSAD_KEEP_DUMP") is { } dumpPath)
        {
            var names = EventFeatures.Names;
            using var w = new StreamWriter(dumpPath);
            w.WriteLine("key\tgsr\tlabel\tweight\t" + string.Join('\t', names));
            foreach (var (key, list, isGsr) in groups)
            {
                foreach (var r in list)
                {
                    w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(key)}\t{isGsr}\t{r.Label}\t{r.Weight}\t{string.Join('\t', r.Features.Select(f => f.ToString(CultureInfo.InvariantCulture)))}"));
                }
            }
            return;
        }
        var grid = EventKeepTrainer.Thresholds;
        var devA = dev.Where(a => GsrSentences.FoldOf(Path.GetFileName(a.GoldPath) + "#dev-half", 2) == 0).ToList();
        var devB = dev.Where(a => GsrSentences.FoldOf(Path.GetFileName(a.GoldPath) + "#dev-half", 2) != 0).ToList();
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"keep study: {groups.Sum(g => g.Rows.Count)} rows from {groups.Count} articles and sentences; {runs} runs per variant, thresholds {string.Join(' ', grid)}"));
        foreach (var v in variants)
        {
            var runsOf = new List<StudyRun>();
            var zeroed = Columns(v.Without);
            // MARSAD_KEEP_FIRST_RUN=4 with 4 runs leaves out the tenths 4–7: a second set of runs beside a first.
            var first = int.TryParse(Environment.GetEnvironmentVariable("MARSAD_KEEP_FIRST_RUN"), CultureInfo.InvariantCulture, out var f) ? f : 0;
            for (var k = first; k < first + runs; k++)
            {
                var rows = new List<ModelInput>();
                var gsrRows = new List<ModelInput>();
                var byArticle = new List<(GoldArticle, List<ModelInput>)>();
                foreach (var (key, list, isGsr) in groups)
                {
                    if ((runs > 1 || first > 0) && GsrSentences.FoldOf(Path.GetFileName(key) + Salt, 10) == k % 10)
                    {
                        continue;
                    }
                    var own = new List<ModelInput>();
                    foreach (var r in list)
                    {
                        var w = r.Weight * (r.Label ? v.PositiveWeight : 1) * (isGsr ? v.GsrWeight : 1);
                        var features = r.Features;
                        if (zeroed.Length > 0)
                        {
                            features = (float[])features.Clone();
                            foreach (var i in zeroed)
                            {
                                features[i] = 0;
                            }
                        }
                        own.Add(new ModelInput { Features = features, Label = r.Label, Weight = w });
                    }
                    rows.AddRange(own);
                    if (isGsr)
                    {
                        gsrRows.AddRange(own);
                    }
                    else
                    {
                        byArticle.Add((articles[key], own));
                    }
                }
                var options = v.Options.Subsample < 1 || v.Options.FeatureFraction < 1 ? v.Options with { Seed = k + 1 } : v.Options;
                var (model, ml, _) = Lgbm.Train(rows, EventFeatures.Count, options);
                var scorer = new BinaryModel(model, ml, new ModelCard { Name = EventModels.KeepName, Features = EventFeatures.Count, Threshold = 0.5 });
                // Dev in two halves: a rule picks on one half (with the out-of-fold pool where it
                // uses it) and is scored on the other, so no pick is judged on what it was picked on.
                var curveA = KeepThreshold.Curve(devA, pipeline, scorer, grid, actor1, place: place);
                var curveB = KeepThreshold.Curve(devB, pipeline, scorer, grid, actor1, place: place);
                var devCurve = KeepThreshold.Sum(curveA, curveB);
                // MARSAD_KEEP_FOLDS=10: fold models nearer the full model (nine tenths of the rows), at twice the fits.
                var foldCount = int.TryParse(Environment.GetEnvironmentVariable("MARSAD_KEEP_FOLDS"), CultureInfo.InvariantCulture, out var fc) ? fc : KeepThreshold.Folds;
                var oof = KeepThreshold.OutOfFold(byArticle, gsrRows, options, pipeline, grid, actor1, place: place, count: foldCount);
                // The held-out gsr sentences are a scored target too; their F1 is what picks among a plateau's thresholds.
                var gsrF1 = new Dictionary<int, double>();
                double Gsr(int i)
                {
                    if (!gsrF1.TryGetValue(i, out var g))
                    {
                        g = GsrScoring.Run(tune, pipeline, new BinaryModel(scorer, grid[i]), actor1, place: place).F1;
                        gsrF1[i] = g;
                    }
                    return g;
                }
                Func<int, double>? gsrPick = tune.Count > 0 ? Gsr : null;
                var picks = new List<(int A, int B)>();
                foreach (var (_, rule) in Rules)
                {
                    picks.Add((rule(curveA, oof, gsrPick), rule(curveB, oof, gsrPick)));
                }
                var run = new StudyRun(devCurve, curveA, curveB, picks);
                runsOf.Add(run);
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{v.Name} run {k}: dev {string.Join("  ", Shown.Select(t => $"{grid[t]:F2} {Describe(devCurve[t])}"))} | out-of-fold train {string.Join(' ', Shown.Select(t => (oof[t].F1 ?? 0).ToString("F3", CultureInfo.InvariantCulture)))} | picks (half A/B) {string.Join(", ", Rules.Select((r, x) => $"{r.Name} {grid[picks[x].A]:F2}/{grid[picks[x].B]:F2} {run.Cross(x).F1 ?? 0:F3}"))}"));
            }
            o.WriteLine(Summary(v.Name, runsOf));
        }
    }

    /// <summary>One retrain of the study: dev and pool curves over the trainer's grid, and the index each pick rule chose.</summary>
    internal sealed record StudyRun(EventCounts[] Dev, EventCounts[] A, EventCounts[] B, IReadOnlyList<(int A, int B)> Picks)
    {
        /// <summary>Rule <paramref name="x"/> scored across the halves: picked on A and counted on B, plus picked on B and counted on A.</summary>
        public EventCounts Cross(int x) => B[Picks[x].A] + A[Picks[x].B];
    }

    /// <summary>
    /// The pick rules compared: each gets one dev half's curve, the out-of-fold train curve and the
    /// gsr tie-break, and returns a grid index.
    /// </summary>
    internal static readonly (string Name, Func<EventCounts[], EventCounts[], Func<int, double>?, int> Rule)[] Rules =
    [
        ("dev+gsr", (half, _, gsr) => KeepThreshold.Pick(half, gsr, 0.01)),
        ("pool+gsr", (half, oof, gsr) => KeepThreshold.Pick(KeepThreshold.Sum(half, oof), gsr, 0.01)),
        ("pool best", (half, oof, _) => KeepThreshold.Pick(KeepThreshold.Sum(half, oof), null, 0)),
        ("dev plateau, pool decides", (half, oof, _) => KeepThreshold.Pick(half, i => (half[i] + oof[i]).F1 ?? 0, 0.01)),
        ("out-of-fold best", (_, oof, _) => KeepThreshold.Pick(oof, null, 0)),
        ("fixed 0.30", (_, _, _) => Array.IndexOf(EventKeepTrainer.Thresholds, 0.3)),
    ];

    /// <summary>The grid points shown per run and in the summary (0.15–0.40).</summary>
    private static readonly int[] Shown = [.. Enumerable.Range(0, EventKeepTrainer.Thresholds.Length).Where(i => EventKeepTrainer.Thresholds[i] is >= 0.149 and <= 0.401)];

    /// <summary>
    /// MARSAD_KEEP_WITHOUT="name,name": the shipped trees trained with these keep features zeroed,
    /// to run beside the shipped trees (variant 3) and see whether new features beat the spread.
    /// </summary>
    internal static Variant? Ablation(string? names) =>
        string.IsNullOrWhiteSpace(names) ? null : new($"shipped trees without {names}", EventKeepTrainer.Options, Without: names.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The columns of the named keep features; an unknown name is an error, not a silent no-op.</summary>
    internal static int[] Columns(IReadOnlyList<string>? names)
    {
        var all = EventFeatures.Names.ToList();
        return [.. (names ?? []).Select(n => all.IndexOf(n) is var i and >= 0 ? i : throw new ArgumentException($"no keep feature named {n}", nameof(names)))];
    }

    private static string Describe(EventCounts c) => string.Create(CultureInfo.InvariantCulture, $"{c.F1 ?? 0:F3} ({c.Tp}/{c.System})");

    /// <summary>
    /// Per threshold the mean dev F1 ± its spread (half of max − min) over the runs; then the same
    /// for each run's best dev threshold, and for the threshold each pick rule chose: the dev
    /// plateau with the gsr tie-break (as training did), the pool's plateau with it (as it does
    /// now), the pool's lowest within 0.01, the pool's best; each with the thresholds picked.
    /// </summary>
    internal static string Summary(string name, IReadOnlyList<StudyRun> runs)
    {
        var grid = EventKeepTrainer.Thresholds;
        var cells = Shown.Select(t => Stat(grid[t].ToString("F2", CultureInfo.InvariantCulture), runs.Select(r => r.Dev[t]))).ToList();
        var best = runs.Select(r => r.Dev.MaxBy(x => x.F1 ?? 0)!);
        string Picked(int x) => Stat(Rules[x].Name, runs.Select(r => r.Cross(x)))
            + " at " + string.Join(' ', runs.Select(r => string.Create(CultureInfo.InvariantCulture, $"{grid[r.Picks[x].A]:F2}/{grid[r.Picks[x].B]:F2}")));
        return $"SUMMARY {name}: {string.Join("; ", cells)} | {Stat("best", best)} | across dev halves: {string.Join(" | ", Rules.Select((_, x) => Picked(x)))}";
    }

    private static string Stat(string label, IEnumerable<EventCounts> counts)
    {
        var list = counts.ToList();
        var f = list.Select(c => c.F1 ?? 0).ToList();
        var p = list.Average(c => c.Precision ?? 0);
        var r = list.Average(c => c.Recall ?? 0);
        return string.Create(CultureInfo.InvariantCulture, $"{label} F1 {f.Average():F3} ±{(f.Max() - f.Min()) / 2:F3} (P {p:F3} R {r:F3})");
    }
}
