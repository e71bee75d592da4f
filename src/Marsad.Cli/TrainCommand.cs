using System.CommandLine;
using System.Globalization;
using Marsad.Learning;

namespace Marsad.Cli;

/// <summary><c>marsad train</c>: rebuilds the models in data/models from the annotated corpus (needs ../shared for the texts).</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "The annotated corpus (train and dev splits are read; test never).", DefaultValueFactory = _ => "data/gold/corpus" };
        var shared = new Option<string>("--shared") { Description = "Root that the gold files' \"article_ref\" corpus paths are relative to.", DefaultValueFactory = _ => "../shared" };
        var models = new Option<string>("--models") { Description = "Where the models are written (embedded into the library at its next build).", DefaultValueFactory = _ => "data/models" };
        var extra = new Option<string[]>("--also") { Description = "More gold directories to train on (default: data/gold/dev and SHARED/gold, the team's earlier dev set and the seed article, when present).", AllowMultipleArgumentsPerToken = true };
        var check = new Option<bool>("--check") { Description = "Retrain without writing, and fail unless the dev scores equal the committed models' cards." };
        var oracle = new Option<bool>("--oracle") { Description = "Train nothing: tell where the train and dev splits' core events are lost with the shipped models (matched, dropped though a candidate matches, a wrong field on the trigger, no candidate)." };
        var coverage = new Option<bool>("--coverage") { Description = "Train nothing: tell which coded triggers of the train and dev splits, and which gsr `yes` sentences, no candidate stands on (the uncovered train forms by stem, with the lexicon's reason; the gsr sentences with --verbose)." };
        var verbose = new Option<bool>("--verbose") { Description = "With --coverage: also list the uncovered dev forms and the uncovered gsr `yes` sentences." };
        var placeErrors = new Option<string?>("--place-errors") { Description = "With --oracle: classify each wrong place on a gold event's trigger (another mention was right, a namesake, the wrong precision, not recognised) into this TSV file." };
        var tollOnly = new Option<bool>("--toll-only") { Description = "Retrain only the toll choice, on the shipped event models (it decides after them all)." };
        var noGsr = new Option<bool>("--no-gsr") { Description = "Do not learn the keep decision from the arabic_event_gsr sentences (SHARED/data/events/arabic_event_gsr, used when present)." };
        var keepStudy = new Option<int>("--keep-study") { Description = "Train nothing to keep: retrain the keep model this many times per variant (each without another tenth of the training data) and print dev F1 mean and spread per threshold (docs/learning.md).", DefaultValueFactory = _ => 0 };
        var keepSeeds = new Option<int>("--keep-seeds") { Description = "Train nothing to keep: fit the keep model this many times with other seeds and fold assignments, single and bagged (MARSAD_KEEP_BAGS=1,5), on the shipped choices, and print each run's picked threshold with dev and pool F1 (docs/learning.md, s13-keep).", DefaultValueFactory = _ => 0 };
        var noPlaceChoice = new Option<bool>("--no-place-choice") { Description = "Judge the place choice but do not ship it (the rules place every event), when shipping it would break the seed article's gate (docs/learning.md)." };
        var actor1Choice = new Option<bool>("--actor1-choice") { Description = "Ship the actor1 choice when it passes its gate (by default it is judged and left out: the last retrain with it gave a lower dev event F1 than the same code's without it, docs/learning.md); compare the two retrains before shipping it." };
        var command = new Command("train", "Rebuild the toponym tagger (NewsFANE, IDRISI, the corpus train split's places) and the learned event decisions from the annotated corpus (data/gold/corpus, docs/learning.md, docs/places.md).") { corpus, shared, models, extra, check, oracle, placeErrors, coverage, verbose, tollOnly, noGsr, keepStudy, keepSeeds, noPlaceChoice, actor1Choice };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(corpus)!;
            var root = parse.GetValue(shared)!;
            if (!Directory.Exists(Path.Combine(dir, "train")))
            {
                throw new InputException($"{dir}: no train split (pass --corpus DIR)");
            }
            if (!Directory.Exists(Path.Combine(root, "data", "news")))
            {
                throw new InputException($"{root}: the shared corpora are not there (pass --shared DIR); training reads the article texts from them");
            }
            var o = parse.InvocationConfiguration.Output;
            if (parse.GetValue(oracle))
            {
                var loader = new Evaluation.GoldLoader(root);
                using var errors = parse.GetValue(placeErrors) is { } file ? new StreamWriter(file) : null;
                foreach (var split in new[] { "train", "dev" })
                {
                    var actors = new ActorAccuracy();
                    using var lost = Environment.GetEnvironmentVariable("MARSAD_ORACLE_LOST") is { Length: > 0 } lostFile ? new StreamWriter(lostFile, append: split == "dev") : null;
                    using var events = Environment.GetEnvironmentVariable("MARSAD_ORACLE_EVENTS") is { Length: > 0 } eventsFile ? new StreamWriter(eventsFile, append: split == "dev") : null;
                    o.WriteLine(CandidateOracle.Run(loader.LoadDirectory(Path.Combine(dir, split)), errors, split, actors, lost, events).Describe(split));
                    o.WriteLine(actors.Describe(split));
                    if (Environment.GetEnvironmentVariable("MARSAD_PLACE_CHOICES") is { Length: > 0 } choicesFile)
                    {
                        using var choices = new StreamWriter(choicesFile, append: split == "dev");
                        PlaceChoiceStudy.Run(loader.LoadDirectory(Path.Combine(dir, split)), split, choices);
                    }
                    // "1" lists the train split's actor1 errors (error analysis); "all" also dev's, for checking a fix there.
                    if (Environment.GetEnvironmentVariable("MARSAD_ACTOR_ERRORS") is var listErrors && ((split == "train" && listErrors == "1") || listErrors == "all"))
                    {
                        actors.Errors.ForEach(o.WriteLine);
                    }
                }
                return ExitCodes.Ok;
            }
            if (parse.GetValue(coverage))
            {
                WriteCoverage(o, new Evaluation.GoldLoader(root), dir, root, parse.GetValue(verbose));
                return ExitCodes.Ok;
            }
            var isCheck = parse.GetValue(check);
            ModelTrainingResult built;
            try
            {
                var also = parse.GetValue(extra) is { Length: > 0 } given
                    ? given
                    : new[] { "data/gold/dev", Path.Combine(root, "gold") }.Where(Directory.Exists).ToArray();
                var gsr = Path.Combine(root, GsrSentences.Folder);
                var gsrDir = !parse.GetValue(noGsr) && Directory.Exists(gsr) ? gsr : null;
                if (parse.GetValue(keepStudy) is > 0 and var runs)
                {
                    ModelTraining.KeepStudy(dir, root, also, gsrDir, runs, o);
                    return ExitCodes.Ok;
                }
                if (parse.GetValue(keepSeeds) is > 0 and var seeds)
                {
                    ModelTraining.KeepSeeds(dir, root, also, gsrDir, seeds, o);
                    return ExitCodes.Ok;
                }
                if (parse.GetValue(tollOnly))
                {
                    var m = ModelTraining.RunToll(dir, root, parse.GetValue(models)!, isCheck, parse.InvocationConfiguration.Error, also);
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Name}: {m.TrainingRows} rows ({m.Positives} positive), {(m.Shipped ? "shipped" : "not shipped (no gain, or its gate)")}"));
                    return ExitCodes.Ok;
                }
                built = ModelTraining.Run(dir, root, parse.GetValue(models)!, isCheck, parse.InvocationConfiguration.Error, also, gsrDir, parse.GetValue(noPlaceChoice), parse.GetValue(actor1Choice));
            }
            catch (Exception e) when (e is Evaluation.GoldFormatException or InvalidDataException)
            {
                throw new InputException(e.Message);
            }
            var t = built.Toponyms;
            var same = t.SameAsCommitted != false;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t.Name}: trained on {string.Join(", ", t.TrainedOn.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value[0]} sentences/{kv.Value[1]} places")))}; {t.ZipBytes} bytes")
                + (t.SameAsCommitted is { } eq ? eq ? "; same as committed" : "; DIFFERENT from committed" : string.Empty));
            foreach (var m in built.Events)
            {
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"{m.Name}: {m.TrainingRows} rows ({m.Positives} positive), threshold {m.Threshold:F2}, dev event F1 {m.DevF1:F4} with it, {m.DevF1Without:F4} without: {(m.Shipped ? "shipped" : "not shipped (no gain, or its gate)")}");
                if (isCheck)
                {
                    var ok = m.Shipped ? m.CommittedDevF1 is { } c && Math.Abs(c - m.DevF1) < 1e-4 : m.CommittedDevF1 is null;
                    same &= ok;
                    line += m.CommittedDevF1 is { } cf ? string.Create(CultureInfo.InvariantCulture, $"; committed {cf:F4}: {(ok ? "same" : "DIFFERENT")}") : "; no committed model";
                    // Shown, not judged: the committed files of a model trained before its zips were
                    // made reproducible differ in their time stamps; the verdict stays the dev scores.
                    line += m.SameFiles is { } files ? files ? "; files same bytes" : "; files differ in bytes" : string.Empty;
                }
                o.WriteLine(line);
            }
            return same ? ExitCodes.Ok : 1;
        });
        return command;
    }

    /// <summary>The train split's uncovered forms are for error analysis; dev's only with --verbose (it is for measurement).</summary>
    private static void WriteCoverage(TextWriter o, Evaluation.GoldLoader loader, string dir, string root, bool verbose)
    {
        foreach (var split in new[] { "train", "dev" })
        {
            var report = TriggerCoverage.Run(loader.LoadDirectory(Path.Combine(dir, split)));
            o.WriteLine(report.Summary(split));
            if (split == "train" || verbose)
            {
                foreach (var line in report.Groups())
                {
                    o.WriteLine(line);
                }
            }
        }
        var gsr = Path.Combine(root, GsrSentences.Folder);
        if (!Directory.Exists(gsr))
        {
            return;
        }
        var (yes, uncovered) = TriggerCoverage.RunGsr(GsrSentences.Load(gsr));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gsr: {yes} yes sentences; no candidate of a matching type {uncovered.Count} (ASSAULT {uncovered.Count(s => s.EventType == "ASSAULT")}, PROTEST {uncovered.Count(s => s.EventType == "PROTEST")})"));
        if (verbose)
        {
            foreach (var s in uncovered)
            {
                o.WriteLine($"{s.EventType}\t{s.Id}\t{s.Text}");
            }
        }
    }
}
