using System.CommandLine;
using System.Globalization;
using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad gsr</c>: scores the pipeline on the sentence-level ASSAULT/PROTEST gold of
/// openeventdata/arabic_event_gsr (SHARED/data/events/arabic_event_gsr), each sentence its own
/// article; with <c>--folds K</c> it also cross-validates the keep model trained with gsr rows.
/// </summary>
internal static class GsrCommand
{
    public static Command Create()
    {
        var shared = new Option<string>("--shared") { Description = "The shared data directory (holds data/events/arabic_event_gsr, and the corpus texts for --folds).", DefaultValueFactory = _ => "../shared" };
        var folds = new Option<int>("--folds") { Description = "Also cross-validate the event-keep model: train on the corpus train split and K-1 gsr folds (split by source document), score the K-th.", DefaultValueFactory = _ => 0 };
        var corpus = new Option<string>("--corpus") { Description = "With --folds: the annotated corpus (train rows; dev, with held-out gsr sentences, picks the threshold).", DefaultValueFactory = _ => "data/gold/corpus" };
        var verbose = new Option<bool>("--verbose") { Description = "List every missed «yes» sentence and every false alarm (tab-separated: the asserted event types found, the candidates of a matching type, the text)." };
        var command = new Command("gsr", "Score sentence-level ASSAULT/PROTEST detection on the arabic_event_gsr training half (docs/learning.md).")
        {
            shared, folds, corpus, verbose,
        };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(shared)!;
            var dir = Path.Combine(root, GsrSentences.Folder);
            if (!Directory.Exists(dir))
            {
                throw new InputException($"{dir}: no such directory (pass --shared DIR)");
            }
            var o = parse.InvocationConfiguration.Output;
            IReadOnlyList<GsrSentence> sentences;
            try
            {
                sentences = GsrSentences.Load(dir);
            }
            catch (InvalidDataException e)
            {
                throw new InputException(e.Message);
            }
            if (sentences.Count == 0)
            {
                throw new InputException($"{dir}: no gsr sentences (*_gsr_train.csv)");
            }
            var pipeline = MarsadPipeline.CreateDefault();
            var report = GsrScoring.Run(sentences, pipeline);
            var documents = sentences.Select(s => s.Document).Distinct(StringComparer.Ordinal).Count();
            foreach (var line in report.Table(string.Create(CultureInfo.InvariantCulture,
                $"marsad gsr: {sentences.Count} sentences from {documents} documents ({report.Outcomes.Count} scored, ambiguous skipped), shipped models")))
            {
                o.WriteLine(line);
            }
            if (parse.GetValue(verbose))
            {
                WriteErrors(o, report);
            }
            var k = parse.GetValue(folds);
            if (k == 0)
            {
                return ExitCodes.Ok;
            }
            if (k < 2)
            {
                throw new InputException("--folds must be at least 2");
            }
            var corpusDir = parse.GetValue(corpus)!;
            if (!Directory.Exists(Path.Combine(corpusDir, "train")))
            {
                throw new InputException($"{corpusDir}: no train split (pass --corpus DIR)");
            }
            try
            {
                var also = new[] { "data/gold/dev", Path.Combine(root, "gold") }.Where(Directory.Exists).ToArray();
                var cv = GsrCrossValidation.Run(corpusDir, root, sentences, k, parse.InvocationConfiguration.Error, also);
                o.WriteLine();
                foreach (var line in cv.CorpusOnly.Table("keep model trained on the corpus only (the same model for every fold)"))
                {
                    o.WriteLine(line);
                }
                o.WriteLine();
                foreach (var line in cv.WithGsr.Table(string.Create(CultureInfo.InvariantCulture, $"keep model trained on the corpus and {k - 1} gsr folds, scored on the held-out fold ({k} folds by source document)")))
                {
                    o.WriteLine(line);
                }
                o.WriteLine();
                foreach (var (fold, threshold, devF1) in cv.Folds)
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fold {fold}: threshold {threshold:F2}, corpus dev event F1 {devF1:F4}"));
                }
                o.WriteLine();
                o.WriteLine("the fold models at fixed thresholds (both types): all P R F1 | unanimous P R F1");
                foreach (var (t, all, unanimous) in cv.Sweep)
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"threshold {t:F2}: {all.Precision:F3} {all.Recall:F3} {all.F1:F3} | {unanimous.Precision:F3} {unanimous.Recall:F3} {unanimous.F1:F3}"));
                }
                if (parse.GetValue(verbose))
                {
                    WriteErrors(o, cv.WithGsr);
                }
            }
            catch (Exception e) when (e is Evaluation.GoldFormatException or InvalidDataException)
            {
                throw new InputException(e.Message);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteErrors(TextWriter o, GsrReport report)
    {
        o.WriteLine();
        foreach (var x in report.Outcomes.Where(x => x.Sentence.IsYes != x.Detected))
        {
            var s = x.Sentence;
            o.WriteLine($"{(s.IsYes ? "MISS" : "FALSE")}\t{s.EventType}\t{s.Label}\t{s.Id}\t{string.Join(',', x.Types)}\t{string.Join(' ', x.Candidates)}\t{s.Text}");
        }
    }
}
