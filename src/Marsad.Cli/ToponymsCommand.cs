using System.CommandLine;
using System.Globalization;
using Marsad.Learning;

namespace Marsad.Cli;

/// <summary>
/// <c>marsad toponyms</c>: measures place recognition and resolution by k-fold cross-validation on
/// the IDRISI Arabic tweets (shared/data/toponyms) and NewsFANE (shared/data/ner), training the
/// toponym tagger on the other folds each time; with <c>--train</c> it rebuilds the shipped tagger
/// (data/models/toponyms.zip) from all of them instead.
/// </summary>
internal static class ToponymsCommand
{
    public static Command Create()
    {
        var shared = new Option<string>("--shared") { Description = "The shared data directory (holds data/toponyms and data/ner).", DefaultValueFactory = _ => "../shared" };
        var folds = new Option<int>("--folds") { Description = "Number of cross-validation folds.", DefaultValueFactory = _ => 5 };
        var train = new Option<bool>("--train") { Description = "Train the toponym tagger on all the data and write it to --models instead of cross-validating." };
        var check = new Option<bool>("--check") { Description = "With --train: retrain without writing and fail unless the result equals the committed model byte for byte." };
        var models = new Option<string>("--models") { Description = "Where --train writes toponyms.zip and toponyms.json.", DefaultValueFactory = _ => "data/models" };
        var corpus = new Option<string>("--corpus") { Description = "The annotated corpus train split whose place mentions are also learned from, when it exists.", DefaultValueFactory = _ => "data/gold/corpus/train" };
        var byEvent = new Option<bool>("--by-event") { Description = "Leave one IDRISI event out per fold (its tweets and the IDRISI gazetteer rows resting on it alone) instead of folding tweets by id; --folds is then the number of events." };
        var errors = new Option<string?>("--errors") { Description = "Write the held-out false positives, missed mentions and far resolutions of the system to this TSV file (for error hunting)." };
        var command = new Command("toponyms", "Cross-validate place recognition and resolution on IDRISI and NewsFANE, or (--train) rebuild the toponym tagger.")
        {
            shared, folds, train, check, models, corpus, errors, byEvent,
        };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(shared)!;
            if (!Directory.Exists(Path.Combine(root, "data", "toponyms")))
            {
                throw new InputException($"{Path.Combine(root, "data", "toponyms")}: no such directory (pass --shared DIR)");
            }
            var o = parse.InvocationConfiguration.Output;
            var progress = parse.InvocationConfiguration.Error;
            try
            {
                if (parse.GetValue(train))
                {
                    var isCheck = parse.GetValue(check);
                    var s = ToponymTraining.Run(root, parse.GetValue(models)!, isCheck, progress, parse.GetValue(corpus));
                    var sources = string.Join(", ", s.TrainedOn.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value[0]} sentences/{kv.Value[1]} places")));
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Name}: trained on {sources}; {s.ZipBytes} bytes")
                        + (s.SameAsCommitted is { } same ? same ? "; same as committed" : "; DIFFERENT from committed" : string.Empty));
                    return s.SameAsCommitted == false ? 1 : ExitCodes.Ok;
                }
                var k = parse.GetValue(folds);
                if (k < 2)
                {
                    throw new InputException("--folds must be at least 2");
                }
                using var dump = parse.GetValue(errors) is { } path ? new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) : null;
                var cv = ToponymTraining.CrossValidate(root, k, progress, parse.GetValue(corpus), dump, parse.GetValue(byEvent));
                foreach (var line in cv.Lines)
                {
                    o.WriteLine(line);
                }
                return ExitCodes.Ok;
            }
            catch (InvalidDataException e)
            {
                throw new InputException(e.Message);
            }
        });
        return command;
    }
}
