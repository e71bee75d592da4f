using Marsad.Evaluation;
using Marsad.Pipeline;

namespace Marsad.Learning;

/// <summary>
/// An honest gsr figure for a keep model that learns from gsr sentences: the sentences are split
/// into folds by source document (sentences of one document never straddle train and test); for
/// each fold the model is trained as <c>marsad train</c> trains it (the corpus train split and the
/// other folds, threshold picked on corpus dev) and scored on the held-out fold. The corpus-only
/// model, fitted in the same run, is the baseline.
/// </summary>
public static class GsrCrossValidation
{
    /// <param name="Sweep">Held-out gsr counts (both types, all labels; unanimous only) of the fold models at fixed thresholds instead of the dev-picked one: how much the dev-picked threshold costs on isolated sentences.</param>
    public sealed record Result(GsrReport CorpusOnly, GsrReport WithGsr, IReadOnlyList<(int Fold, double Threshold, double DevF1)> Folds, IReadOnlyList<(double Threshold, GsrCounts All, GsrCounts Unanimous)> Sweep);

    private static readonly double[] SweepThresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

    public static Result Run(string corpusDir, string sharedRoot, IReadOnlyList<GsrSentence> sentences, int folds, TextWriter progress, IReadOnlyList<string>? extraTrain = null)
    {
        var loader = new GoldLoader(sharedRoot);
        var train = loader.LoadDirectory(Path.Combine(corpusDir, "train")).ToList();
        foreach (var dir in extraTrain ?? [])
        {
            train.AddRange(loader.LoadDirectory(dir));
        }
        var dev = loader.LoadDirectory(Path.Combine(corpusDir, "dev"));
        if (train.Count == 0 || dev.Count == 0)
        {
            throw new InvalidDataException($"{corpusDir}: the train and dev splits must both hold gold files");
        }
        // The shipped actor1 choice links the candidates, as in marsad train (which reproduces it).
        var actor1 = EventModels.Actor1;
        var pipeline = MarsadPipeline.CreateDefault();
        var (corpusRows, corpusPositives) = EventKeepTrainer.CorpusRows(train, pipeline, actor1);
        var scored = sentences.Where(s => !s.IsAmbiguous).ToList();
        var bySentence = new List<(GsrSentence Sentence, int Fold, List<ModelInput> Rows, int Positives)>();
        foreach (var s in scored)
        {
            var rows = new List<ModelInput>();
            var p = EventKeepTrainer.AddGsrRows(s, pipeline, actor1, rows);
            bySentence.Add((s, GsrSentences.FoldOf(s.Document, folds), rows, p));
        }
        progress.WriteLine($"gsr cv: {corpusRows.Count} corpus candidates, {bySentence.Sum(x => x.Rows.Count)} gsr candidates from {scored.Count} sentences");

        GsrReport Score(IEnumerable<GsrSentence> held, BinaryModel? keep) => GsrScoring.Run(held, pipeline, keep, actor1);

        progress.WriteLine("gsr cv: the corpus-only model");
        var baseline = EventKeepTrainer.Fit([.. corpusRows], corpusPositives, "corpus", dev, pipeline, actor1, progress);
        var corpusOnly = Score(scored, baseline.Model);
        var outcomes = new List<GsrOutcome>();
        var foldInfo = new List<(int, double, double)>();
        var sweep = SweepThresholds.Select(t => (Threshold: t, All: default(GsrCounts), Unanimous: default(GsrCounts))).ToArray();
        for (var f = 0; f < folds; f++)
        {
            progress.WriteLine($"gsr cv: fold {f}");
            // As marsad train does: a slice of the training sentences is held out to pick the threshold.
            var rows = new List<ModelInput>(corpusRows);
            var positives = corpusPositives;
            var (learn, tune) = EventKeepTrainer.SplitForTuning(bySentence.Where(x => x.Fold != f).Select(x => x.Sentence));
            var learning = learn.ToHashSet();
            foreach (var x in bySentence.Where(x => x.Fold != f && learning.Contains(x.Sentence)))
            {
                rows.AddRange(x.Rows);
                positives += x.Positives;
            }
            var fit = EventKeepTrainer.Fit(rows, positives, "cv", dev, pipeline, actor1, progress, tune);
            var held = bySentence.Where(x => x.Fold == f).Select(x => x.Sentence).ToList();
            outcomes.AddRange(Score(held, fit.Model).Outcomes);
            for (var i = 0; i < sweep.Length; i++)
            {
                var at = Score(held, new BinaryModel(fit.Model!, sweep[i].Threshold));
                sweep[i] = (sweep[i].Threshold, sweep[i].All + at.Counts(null, false), sweep[i].Unanimous + at.Counts(null, true));
            }
            foldInfo.Add((f, fit.Card.Threshold, fit.Dev.F1 ?? 0));
        }
        return new Result(corpusOnly, new GsrReport(outcomes), foldInfo, sweep);
    }
}
