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
    public static int FoldOf(GoldArticle a, int folds = Folds, string? salt = null) => GsrSentences.FoldOf(Path.GetFileName(a.GoldPath) + (salt ?? FoldSalt), folds);

    /// <summary>
    /// The train articles' event counts at each threshold, each fold scored by a keep model grown
    /// (with <paramref name="options"/>) on the other folds' rows and on <paramref name="always"/>
    /// (the gsr sentences, which are never scored here).
    /// </summary>
    public static EventCounts[] OutOfFold(IReadOnlyList<(GoldArticle Article, List<ModelInput> Rows)> train, IReadOnlyList<ModelInput> always, LgbmOptions options,
        MarsadPipeline pipeline, IReadOnlyList<double> thresholds, BinaryModel? actor1, BinaryModel? type = null, BinaryModel? place = null, BinaryModel? modality = null, BinaryModel? actor2 = null, int count = Folds) =>
        OutOfFold(FoldModels(train, always, options, count), pipeline, thresholds, actor1, type, place, modality, actor2);

    /// <summary>The held-out articles of each fold with the keep model grown without them, so that one set of fold models can give several curves.</summary>
    /// <param name="bag">How many seeds each fold model averages, as the shipped model does, so that the held-out scores have its spread.</param>
    /// <param name="salt">Salt of the fold hash (null: the trainer's): another salt is another assignment of articles to folds.</param>
    public static List<(List<GoldArticle> Held, BinaryModel Model)> FoldModels(IReadOnlyList<(GoldArticle Article, List<ModelInput> Rows)> train, IReadOnlyList<ModelInput> always, LgbmOptions options, int count = Folds, int bag = 1, string? salt = null)
    {
        var folds = train.Select(x => FoldOf(x.Article, count, salt)).ToArray();
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
            models.Add((held, Bag(rows, options, bag, new ModelCard { Name = EventModels.KeepName, Features = EventFeatures.Count, Threshold = 0.5 }).Model));
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

    /// <summary>
    /// <paramref name="bag"/> models grown on <paramref name="rows"/> with the seeds
    /// <paramref name="options"/>.Seed, +1, …, scored by the mean of their probabilities; the
    /// zips in seed order. A bag of one is the single model, as before.
    /// </summary>
    public static (BinaryModel Model, List<byte[]> Zips) Bag(IReadOnlyList<ModelInput> rows, LgbmOptions options, int bag, ModelCard card)
    {
        var members = new List<BinaryModel>();
        var zips = new List<byte[]>();
        for (var k = 0; k < Math.Max(1, bag); k++)
        {
            var (model, ml, zip) = Lgbm.Train(rows, card.Features, options with { Seed = options.Seed + k });
            members.Add(new BinaryModel(model, ml, card));
            zips.Add(zip);
        }
        var withBag = members.Count > 1 ? card with { Bag = members.Count } : card;
        return (members.Count > 1 ? new BinaryModel(members[0], members.Skip(1).ToList(), withBag) : members[0], zips);
    }

    /// <summary>
    /// The threshold to ship from a flat pooled curve: the best F1 of the curve smoothed over each
    /// point and its two neighbours on the grid (an edge point over itself and its one neighbour),
    /// the lowest between equals. The raw curve's best moved from 0.20 to 0.25 between two
    /// retrains for a pool F1 difference of 0.002 (a couple of events of ~870); the smoothed curve
    /// asks that the neighbours agree, which puts the pick in the middle of a plateau rather than
    /// on its highest bump (docs/learning.md, s13-keep).
    /// </summary>
    public static int PickSmoothed(IReadOnlyList<EventCounts> pool)
    {
        var f1 = pool.Select(c => c.F1 ?? 0).ToArray();
        var best = 0;
        var top = double.MinValue;
        for (var i = 0; i < f1.Length; i++)
        {
            var from = Math.Max(0, i - 1);
            var to = Math.Min(f1.Length - 1, i + 1);
            var mean = 0.0;
            for (var j = from; j <= to; j++)
            {
                mean += f1[j];
            }
            mean /= to - from + 1;
            // A smoothed value within rounding of the best is a tie: the lowest threshold stays.
            if (mean > top + 1e-9)
            {
                (best, top) = (i, mean);
            }
        }
        return best;
    }

    /// <summary>The counts of two curves over the same thresholds, summed.</summary>
    public static EventCounts[] Sum(IReadOnlyList<EventCounts> a, IReadOnlyList<EventCounts> b) => [.. a.Zip(b, (x, y) => x + y)];
}
