using System.Globalization;
using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// The ship gate of a choice among a candidate's options (type, modality), judged where the choice
/// acts: on the candidates tied to a coded event, is the option the model picks the coded one more
/// often than the rules' option? Dev event F1 through the whole pipeline moved by one event
/// between two retrains of the same choice (the type choice shipped on +0.001 after the first wave
/// of the nineteenth session and was dropped on -0.0007 after the second), while the choice itself
/// changed dozens of types. Here every tied candidate of dev (scored by the model trained on all
/// of train) and of train (scored by a model trained on the other folds: cross-fitted, so the pool
/// is out of sample) is a paired trial: a win where the model is right and the rules wrong, a loss
/// the other way. The choice ships when wins exceed losses by more than
/// <see cref="Z"/> standard deviations of a fair coin over the trials that differ (a one-sided
/// sign test), so a gain of a few candidates among many changes does not pass on a draw.
/// </summary>
internal static class ChoiceGate
{
    /// <summary>One option of a tied candidate: its features, whether it names the coded value, whether it is the rules' option, whether SPEC lets it stand.</summary>
    internal readonly record struct Option(float[] Features, bool Right, bool Rules, bool Admitted);

    /// <summary>A candidate tied to a coded event, with the file name of its article (the fold it falls in).</summary>
    internal sealed record Group(string Article, List<Option> Options);

    /// <summary>Folds of the cross-fitted train pool.</summary>
    public const int Folds = 5;

    /// <summary>
    /// How many standard deviations of a fair coin the net wins must clear: one-sided 5 %. A
    /// choice that changes n tied candidates passes with wins − losses above 1.645·√n (n = 60:
    /// 13 net). docs/learning.md (s20-typegate) has the spread of the net over fold assignments.
    /// </summary>
    public const double Z = 1.645;

    /// <summary>The paired outcome of model against rules on tied candidates.</summary>
    internal sealed record Tally(int Tied, int RulesRight, int ModelRight, int Wins, int Losses)
    {
        public double Margin => Z * Math.Sqrt(Wins + Losses);

        public bool Passes => Wins - Losses > Margin;

        public Tally Plus(Tally o) => new(Tied + o.Tied, RulesRight + o.RulesRight, ModelRight + o.ModelRight, Wins + o.Wins, Losses + o.Losses);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"right {ModelRight}/{Tied} with it, {RulesRight}/{Tied} with the rules; {Wins} won, {Losses} lost (net {Wins - Losses}, margin {Margin:F1})");
    }

    /// <summary>The tied candidates of <paramref name="articles"/>, each article extracted once with a fresh log; <paramref name="groupsOf"/> labels them.</summary>
    public static List<Group> Collect(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, Func<CandidateLog> newLog, Func<List<GoldSpans.Span>, CandidateLog, IEnumerable<List<Option>>> groupsOf) =>
        [.. ChoiceTraining.Tied(articles, pipeline, newLog, (_, gold, log) => groupsOf(gold, log), static o => o.Right)
            .Select(t => new Group(Path.GetFileName(t.Article.GoldPath), t.Options))];

    /// <summary>The training rows of <paramref name="groups"/>.</summary>
    public static List<ModelInput> Rows(IEnumerable<Group> groups) =>
        [.. groups.SelectMany(g => g.Options.Select(o => new ModelInput { Features = o.Features, Label = o.Right }))];

    /// <summary>The candidates <paramref name="groups"/> collects from train, their training rows and how many of those are right: what every choice trainer starts from.</summary>
    public static (List<Group> Groups, List<ModelInput> Rows, int Positives) TrainingSet(List<Group> groups)
    {
        var rows = Rows(groups);
        return (groups, rows, rows.Count(r => r.Label));
    }

    /// <summary>
    /// Scores the model on dev's tied candidates and, cross-fitted, on train's; prints both and
    /// returns their sum, whose <see cref="Tally.Passes"/> is the verdict.
    /// </summary>
    /// <param name="salt">Which fold assignment (0: the trainer's; others to measure the gate's spread).</param>
    public static Tally Judge(string name, int features, BinaryModel model, IReadOnlyList<Group> train, IReadOnlyList<Group> dev, TextWriter progress, int salt = 0)
    {
        if (salt == 0)
        {
            Spread(name, features, model, train, dev, progress);
        }
        var suffix = salt == 0 ? "" : "#" + salt.ToString(CultureInfo.InvariantCulture);
        var fold = train.Select(g => FeatureHash.Bucket(g.Article + suffix, Folds)).ToArray();
        var models = new BinaryModel?[Folds];
        for (var k = 0; k < Folds; k++)
        {
            var rest = Rows(train.Where((_, i) => fold[i] != k));
            if (rest.Count > 0 && fold.Contains(k))
            {
                models[k] = FoldModel(name, features, rest);
            }
        }
        return Judge(name, model, models, fold, train, dev, progress, suffix);
    }

    /// <summary>
    /// The same verdict with the cross-fitted models given: <paramref name="folds"/>[k] trained
    /// without the articles of fold k (<see cref="FoldOf"/>), as a trainer that also labels
    /// later decisions with them fits them once.
    /// </summary>
    public static Tally Judge(string name, BinaryModel model, IReadOnlyList<BinaryModel?> folds, IReadOnlyList<Group> train, IReadOnlyList<Group> dev, TextWriter progress)
    {
        Spread(name, model.Card.Features, model, train, dev, progress);
        return Judge(name, model, folds, [.. train.Select(g => FoldOf(g.Article))], train, dev, progress, "");
    }

    /// <summary>
    /// MARSAD_GATE_SALTS=1,2,3: the cross-fitted pool over other fold assignments too, shown only
    /// (the spread that docs/learning.md states the margin against); the verdict is salt 0's.
    /// </summary>
    private static void Spread(string name, int features, BinaryModel model, IReadOnlyList<Group> train, IReadOnlyList<Group> dev, TextWriter progress)
    {
        if (Environment.GetEnvironmentVariable("MARSAD_GATE_SALTS") is { Length: > 0 } salts)
        {
            foreach (var other in salts.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)))
            {
                Judge(name, features, model, train, dev, progress, other);
            }
        }
    }

    /// <summary>The fold of the cross-fitted train pool an article falls in, by its gold file's name.</summary>
    public static int FoldOf(string article) => FeatureHash.Bucket(article, Folds);

    /// <summary>A choice model fitted on the rows of the other folds, as the gate's cross-fitting fits it.</summary>
    public static BinaryModel FoldModel(string name, int features, List<ModelInput> rows)
    {
        var (m, ml, _) = Lgbm.Train(rows, features);
        return new BinaryModel(m, ml, new ModelCard { Name = name, Features = features, Threshold = 0 });
    }

    private static Tally Judge(string name, BinaryModel model, IReadOnlyList<BinaryModel?> folds, int[] fold, IReadOnlyList<Group> train, IReadOnlyList<Group> dev, TextWriter progress, string suffix)
    {
        var onDev = Score(model, dev);
        var pool = new Tally(0, 0, 0, 0, 0);
        for (var k = 0; k < Folds; k++)
        {
            var held = train.Where((_, i) => fold[i] == k).ToList();
            if (held.Count > 0 && folds[k] is { } m)
            {
                pool = pool.Plus(Score(m, held));
            }
        }
        var total = onDev.Plus(pool);
        progress.WriteLine($"{name}: gate on tied candidates, dev: {onDev}");
        progress.WriteLine($"{name}: gate on tied candidates, train cross-fitted ({Folds} folds{suffix}): {pool}");
        progress.WriteLine($"{name}: gate, dev and train{suffix}: {total} → {(total.Passes ? "passes" : "does not pass")}");
        return total;
    }

    /// <summary>
    /// The model's pick as the pipeline makes it: the first admitted option of the highest score
    /// (strictly higher than the ones before), the rules' option when none is admitted.
    /// </summary>
    private static Tally Score(BinaryModel model, IEnumerable<Group> groups)
    {
        var (tied, rulesRight, modelRight, wins, losses) = (0, 0, 0, 0, 0);
        foreach (var g in groups)
        {
            var rules = g.Options.FindIndex(o => o.Rules);
            var pick = rules;
            var best = float.MinValue;
            for (var i = 0; i < g.Options.Count; i++)
            {
                if (model.Score(g.Options[i].Features) is var s && s > best && g.Options[i].Admitted)
                {
                    (best, pick) = (s, i);
                }
            }
            var r = rules >= 0 && g.Options[rules].Right;
            var m = pick >= 0 && g.Options[pick].Right;
            tied++;
            rulesRight += r ? 1 : 0;
            modelRight += m ? 1 : 0;
            wins += m && !r ? 1 : 0;
            losses += r && !m ? 1 : 0;
        }
        return new Tally(tied, rulesRight, modelRight, wins, losses);
    }
}
