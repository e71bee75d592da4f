using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// Where the keep decision's threshold comes from. A dev split of ~130 articles cannot tell one
/// threshold of a wide band from the next, so the pick moved from retrain to retrain and took the
/// ship gates with it. The threshold is picked on a pool about four times larger: dev plus the
/// train articles scored out of fold (each fold by a keep model that did not learn it).
/// </summary>
internal static class KeepThreshold
{
    /// <summary>Folds of the out-of-fold pool: each fold model learns four fifths of the train articles.</summary>
    public const int Folds = 5;

    private const string FoldSalt = "#keep-oof";

    /// <summary>
    /// Event counts of <paramref name="articles"/> at each of <paramref name="thresholds"/>, as the
    /// real pipeline gives them. An article is extracted again only at a threshold that changes
    /// one of its keep decisions: while every candidate's score stays on the same side, each later
    /// candidate reads the same kept siblings, gets the same features and score, and the output is
    /// the same, so the counts are exactly those of one extraction per threshold.
    /// </summary>
    /// <param name="assertedAt">When given, the asserted candidates are cut there and the thresholds move only the cut of the others (intended, negated…).</param>
    public static EventCounts[] Curve(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, BinaryModel keep, IReadOnlyList<double> thresholds,
        BinaryModel? actor1, BinaryModel? type = null, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null, double? assertedAt = null)
    {
        var models = thresholds.Select(t => assertedAt is { } a ? new BinaryModel(keep, a, t) : new BinaryModel(keep, t)).ToArray();
        var curve = Enumerable.Repeat(EventCounts.Zero, thresholds.Count).ToArray();
        foreach (var a in articles)
        {
            EventCounts? last = null;
            float[] scores = [];
            bool[] fixedCut = [];
            var at = 0.0;
            for (var i = 0; i < thresholds.Count; i++)
            {
                if (last is null || !SameDecisions(scores, fixedCut, at, thresholds[i]))
                {
                    var log = new CandidateLog { Keep = models[i], Actor1 = actor1, Type = type, Place = place, Modality = modality, Actor2 = actor2 };
                    last = GoldScorer.Score(a.Gold, pipeline.Extract(a.Article, log)).Events;
                    scores = [.. log.Rows.Select(r => keep.Score(r.Features))];
                    // A candidate whose cut does not move with the thresholds decides the same at each.
                    fixedCut = [.. log.Rows.Select(r => assertedAt is not null && string.Equals(r.Modality, "asserted", StringComparison.Ordinal))];
                    at = thresholds[i];
                }
                curve[i] += last;
            }
        }
        return curve;
    }

    /// <summary>Whether every score falls on the same side of both thresholds (the keep rule is score ≥ threshold).</summary>
    internal static bool SameDecisions(IReadOnlyList<float> scores, double a, double b) => SameDecisions(scores, [], a, b);

    /// <summary>Whether every score whose cut moves (<paramref name="fixedCut"/> false or missing) falls on the same side of both thresholds.</summary>
    internal static bool SameDecisions(IReadOnlyList<float> scores, IReadOnlyList<bool> fixedCut, double a, double b)
    {
        for (var i = 0; i < scores.Count; i++)
        {
            var s = scores[i];
            if ((i >= fixedCut.Count || !fixedCut[i]) && s >= a != s >= b)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The fold of a train article in the out-of-fold pool, by a salted hash of its file name.</summary>
    public static int FoldOf(GoldArticle a, int folds = Folds) => GsrSentences.FoldOf(Path.GetFileName(a.GoldPath) + FoldSalt, folds);

    /// <summary>
    /// The train articles' event counts at each threshold, each fold scored by a keep model grown
    /// (with <paramref name="options"/>) on the other folds' rows and on <paramref name="always"/>
    /// (the gsr sentences, which are never scored here).
    /// </summary>
    public static EventCounts[] OutOfFold(IReadOnlyList<(GoldArticle Article, List<ModelInput> Rows)> train, IReadOnlyList<ModelInput> always, LgbmOptions options,
        MarsadPipeline pipeline, IReadOnlyList<double> thresholds, BinaryModel? actor1, BinaryModel? type = null, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null, int count = Folds) =>
        OutOfFold(FoldModels(train, always, options, count), pipeline, thresholds, actor1, type, place, modality, actor2);

    /// <summary>The held-out articles of each fold with the keep model grown without them, so that one set of fold models can give several curves.</summary>
    public static List<(List<GoldArticle> Held, BinaryModel Model)> FoldModels(IReadOnlyList<(GoldArticle Article, List<ModelInput> Rows)> train, IReadOnlyList<ModelInput> always, LgbmOptions options, int count = Folds)
    {
        var folds = train.Select(x => FoldOf(x.Article, count)).ToArray();
        var models = new List<(List<GoldArticle>, BinaryModel)>();
        for (var f = 0; f < count; f++)
        {
            var rows = new List<ModelInput>(always);
            var held = new List<GoldArticle>();
            for (var i = 0; i < train.Count; i++)
            {
                if (folds[i] == f)
                {
                    held.Add(train[i].Article);
                }
                else
                {
                    rows.AddRange(train[i].Rows);
                }
            }
            if (held.Count == 0 || !rows.Exists(r => r.Label) || !rows.Exists(r => !r.Label))
            {
                continue;
            }
            var (model, ml, _) = Lgbm.Train(rows, EventFeatures.Count, options);
            models.Add((held, new BinaryModel(model, ml, new ModelCard { Name = EventModels.KeepName, Features = EventFeatures.Count, Threshold = 0.5 })));
        }
        return models;
    }

    /// <summary>The held-out articles' counts at each threshold, summed over <paramref name="folds"/> (<paramref name="assertedAt"/> as in <see cref="Curve"/>).</summary>
    public static EventCounts[] OutOfFold(IReadOnlyList<(List<GoldArticle> Held, BinaryModel Model)> folds, MarsadPipeline pipeline, IReadOnlyList<double> thresholds,
        BinaryModel? actor1, BinaryModel? type = null, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null, double? assertedAt = null)
    {
        var curve = Enumerable.Repeat(EventCounts.Zero, thresholds.Count).ToArray();
        foreach (var (held, model) in folds)
        {
            curve = Sum(curve, Curve(held, pipeline, model, thresholds, actor1, type, place, modality, actor2, assertedAt));
        }
        return curve;
    }

    /// <summary>
    /// The threshold to ship, from the pooled curve (out-of-fold train plus dev, summed counts).
    /// Within <paramref name="plateau"/> of the pool's best F1 the held-out gsr sentences decide
    /// when there are some (isolated sentences pay for a low threshold in false alarms); otherwise,
    /// and between equals, the lowest threshold is taken, so that where the data cannot tell, an
    /// event is kept rather than lost. Returns the index into the thresholds.
    /// </summary>
    /// <param name="gsrF1">The held-out gsr F1 at a threshold's index, asked only on the plateau; null when there are none.</param>
    public static int Pick(IReadOnlyList<EventCounts> pool, Func<int, double>? gsrF1, double plateau)
    {
        var f1 = pool.Select(c => c.F1 ?? 0).ToArray();
        var top = f1.Max();
        var on = Enumerable.Range(0, f1.Length).Where(i => f1[i] >= top - plateau).ToList();
        if (gsrF1 is null)
        {
            return on[0];
        }
        var gsr = on.ToDictionary(i => i, gsrF1);
        var bestGsr = gsr.Values.Max();
        return on.First(i => gsr[i] >= bestGsr);
    }

    /// <summary>The counts of two curves over the same thresholds, summed.</summary>
    public static EventCounts[] Sum(IReadOnlyList<EventCounts> a, IReadOnlyList<EventCounts> b) => [.. a.Zip(b, (x, y) => x + y)];
}
