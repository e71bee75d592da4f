using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>A trained choice among options (actor1, type, place): the model, its card, dev event counts with and without it, and whether it ships.</summary>
internal sealed record ChoiceOutcome(BinaryModel Model, byte[] Zip, ModelCard Card, EventCounts Dev, EventCounts DevWithout, bool Helps);

/// <summary>
/// What the option-ranking trainers share once their rows are labelled: fit the model, write its
/// card, and judge it on dev by event F1 with it against the rules' choice.
/// </summary>
internal static class ChoiceTraining
{
    /// <summary>
    /// The labelled option rows of the train articles: each article is extracted with a candidate
    /// log (actor1 choosing as given), and <paramref name="groupsOf"/> labels the options of each
    /// candidate it can tie to a coded event. A candidate none of whose options is right teaches
    /// nothing and is left out.
    /// </summary>
    public static (List<ModelInput> Rows, int Positives, int Groups) Label(IReadOnlyList<GoldArticle> train, MarsadPipeline pipeline, BinaryModel? actor1,
        Func<GoldArticle, List<GoldSpans.Span>, CandidateLog, IEnumerable<List<(float[] Features, bool Label)>>> groupsOf) =>
        Label(train, pipeline, () => new CandidateLog { Actor1 = actor1 }, groupsOf);

    /// <summary>The same with the decisions each article's log names (<paramref name="newLog"/> makes a fresh one per article).</summary>
    public static (List<ModelInput> Rows, int Positives, int Groups) Label(IReadOnlyList<GoldArticle> train, MarsadPipeline pipeline, Func<CandidateLog> newLog,
        Func<GoldArticle, List<GoldSpans.Span>, CandidateLog, IEnumerable<List<(float[] Features, bool Label)>>> groupsOf)
    {
        var rows = new List<ModelInput>();
        var positives = 0;
        var groups = 0;
        foreach (var (_, options) in Tied(train, pipeline, newLog, groupsOf, static o => o.Label))
        {
            groups++;
            foreach (var (features, label) in options)
            {
                positives += label ? 1 : 0;
                rows.Add(new ModelInput { Features = features, Label = label });
            }
        }
        return (rows, positives, groups);
    }

    /// <summary>
    /// The option lists <paramref name="groupsOf"/> makes of each article's candidates (the article
    /// extracted once with a fresh log), keeping those with an option <paramref name="right"/> holds of.
    /// </summary>
    internal static IEnumerable<(GoldArticle Article, List<T> Options)> Tied<T>(IReadOnlyList<GoldArticle> articles, MarsadPipeline pipeline, Func<CandidateLog> newLog,
        Func<GoldArticle, List<GoldSpans.Span>, CandidateLog, IEnumerable<List<T>>> groupsOf, Predicate<T> right)
    {
        foreach (var a in articles)
        {
            var log = newLog();
            pipeline.Extract(a.Article, log);
            foreach (var options in groupsOf(a, GoldSpans.Of(a), log))
            {
                if (options.Exists(right))
                {
                    yield return (a, options);
                }
            }
        }
    }

    /// <param name="devWith">Dev event counts with the given model choosing (null: the rules choose).</param>
    /// <param name="rulesChoice">What the model is compared with, for the progress line («the rules' doer»).</param>
    public static ChoiceOutcome Fit(string name, int features, List<ModelInput> rows, int positives, int articles, Func<BinaryModel?, EventCounts> devWith, string rulesChoice, TextWriter progress)
    {
        var (model, ml, zip) = Lgbm.Train(rows, features);
        var card = new ModelCard
        {
            Name = name,
            Features = features,
            Threshold = 0,
            Trainer = Lgbm.Description + "; the best-scoring option wins",
            TrainedOn = $"{articles} articles: data/gold/corpus/train and the directories given by marsad train --also (data/gold/dev and the seed article by default)",
            TrainingRows = rows.Count,
            Positives = positives,
        };
        var without = devWith(null);
        var with = devWith(new BinaryModel(model, ml, card));
        progress.WriteLine(FormattableString.Invariant($"{name}: dev event F1 {with.F1:F3} with it, {without.F1:F3} with {rulesChoice}"));
        card = card with { DevScores = EventKeepTrainer.Scores(with, without) };
        return new ChoiceOutcome(new BinaryModel(model, ml, card), zip, card, with, without, (with.F1 ?? 0) > (without.F1 ?? 0));
    }
}
