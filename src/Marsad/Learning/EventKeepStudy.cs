using System.Globalization;
using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// <c>marsad train --keep-study</c>: how much the keep model's dev F1 moves from one retrain to the
/// next, and whether a way of growing it is better beyond that spread. Each variant is trained
/// several times, each time without a tenth of the training articles and gsr documents (another
/// tenth each run: the small input changes that move a retrain) and, for a subsampled variant,
/// with another seed; every model is scored on dev by the real pipeline at a few thresholds. The
/// candidates are those of the shipped actor1 and place choices, computed once.
/// </summary>
internal static class EventKeepStudy
{
    /// <param name="PositiveWeight">Factor on every positive row's weight (a class weight).</param>
    /// <param name="GsrWeight">Factor on every gsr sentence row's weight.</param>
    /// <param name="Without">Features zeroed in every training row, to weigh what they add against the retrain spread.</param>
    internal sealed record Variant(string Name, LgbmOptions Options, float PositiveWeight = 1, float GsrWeight = 1, IReadOnlyList<string>? Without = null);

    private static readonly double[] Thresholds = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4];

    private const string Salt = "#study";

    public static IReadOnlyList<Variant> Variants { get; } =
    [
        new("shipped", LgbmOptions.Default),
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
    ];

    public static void Run(IReadOnlyList<GoldArticle> train, IReadOnlyList<GoldArticle> dev, IReadOnlyList<GsrSentence>? gsr, IReadOnlyList<Variant> variants, int runs, TextWriter o)
    {
        var pipeline = MarsadPipeline.CreateDefault();
        var actor1 = EventModels.Actor1;
        var place = EventModels.Place;
        var groups = new List<(string Key, List<ModelInput> Rows, bool Gsr)>();
        var tune = gsr is { Count: > 0 } ? EventKeepTrainer.SplitForTuning(gsr).Tune : [];
        foreach (var a in train)
        {
            groups.Add((a.GoldPath, EventKeepTrainer.CorpusRows([a], pipeline, actor1, place: place).Rows, false));
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
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"keep study: {groups.Sum(g => g.Rows.Count)} rows from {groups.Count} articles and sentences; {runs} runs per variant, thresholds {string.Join(' ', Thresholds)}"));
        foreach (var v in variants)
        {
            var curves = new List<EventCounts[]>();
            var zeroed = Columns(v.Without);
            var gsrCurves = new List<double[]>();
            // MARSAD_KEEP_FIRST_RUN=4 with 4 runs leaves out the tenths 4–7: a second set of runs beside a first.
            var first = int.TryParse(Environment.GetEnvironmentVariable("MARSAD_KEEP_FIRST_RUN"), CultureInfo.InvariantCulture, out var f) ? f : 0;
            for (var k = first; k < first + runs; k++)
            {
                var rows = new List<ModelInput>();
                foreach (var (key, list, isGsr) in groups)
                {
                    if ((runs > 1 || first > 0) && GsrSentences.FoldOf(Path.GetFileName(key) + Salt, 10) == k % 10)
                    {
                        continue;
                    }
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
                        rows.Add(new ModelInput { Features = features, Label = r.Label, Weight = w });
                    }
                }
                var options = v.Options.Subsample < 1 || v.Options.FeatureFraction < 1 ? v.Options with { Seed = k + 1 } : v.Options;
                var (model, ml, _) = Lgbm.Train(rows, EventFeatures.Count, options);
                var card = new ModelCard { Name = EventModels.KeepName, Features = EventFeatures.Count, Threshold = 0.5 };
                var curve = Thresholds.Select(t => EventKeepTrainer.Evaluate(dev, pipeline, new BinaryModel(model, ml, card with { Threshold = t }), actor1, place: place)).ToArray();
                curves.Add(curve);
                // The held-out gsr sentences are a scored target too; their F1 is what picks among the dev plateau's thresholds.
                var gsrF1 = tune.Count > 0 ? Thresholds.Select(t => GsrScoring.Run(tune, pipeline, new BinaryModel(model, ml, card with { Threshold = t }), actor1, place: place).F1).ToArray() : [];
                gsrCurves.Add(gsrF1);
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{v.Name} run {k}: {string.Join("  ", curve.Select(Describe))} | gsr {string.Join(' ', gsrF1.Select(f => f.ToString("F3", CultureInfo.InvariantCulture)))}"));
            }
            o.WriteLine(Summary(v.Name, curves));
            if (tune.Count > 0)
            {
                o.WriteLine($"SUMMARY {v.Name} gsr held-out F1: {string.Join("; ", Thresholds.Select((t, i) => string.Create(CultureInfo.InvariantCulture, $"{t:F2} {gsrCurves.Average(c => c[i]):F3}")))}");
            }
        }
    }

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

    /// <summary>Per threshold the mean dev F1 ± its spread (max − min) over the runs; then the same for each run's best threshold and for the threshold picked as training does (the lowest within 0.01 of the best).</summary>
    internal static string Summary(string name, IReadOnlyList<EventCounts[]> curves)
    {
        var cells = new List<string>();
        for (var t = 0; t < Thresholds.Length; t++)
        {
            cells.Add(Stat(Thresholds[t].ToString("F2", CultureInfo.InvariantCulture), curves.Select(c => c[t])));
        }
        var best = curves.Select(c => c.MaxBy(x => x.F1 ?? 0)!);
        var picked = curves.Select(c => c.First(x => (x.F1 ?? 0) >= c.Max(y => y.F1 ?? 0) - 0.01));
        return $"SUMMARY {name}: {string.Join("; ", cells)} | {Stat("best", best)} | {Stat("picked", picked)}";
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
