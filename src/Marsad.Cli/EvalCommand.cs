using System.CommandLine;
using System.Text.Json;
using Marsad.Evaluation;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Cli;

/// <summary><c>marsad eval GOLD_DIR</c>: runs the default pipeline on every gold article and scores it (SPEC §5, docs/scoring.md).</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("GOLD_DIR") { Description = "Directory of gold files NAME.json (docs/scoring.md), each naming its article." };
        var shared = new Option<string>("--shared") { Description = "Root that \"article_ref\" corpus paths are relative to.", DefaultValueFactory = _ => "../shared" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (with every match and miss)." };
        var verbose = new Option<bool>("--verbose") { Description = "List every gold event matched or missed, and every unmatched system event." };
        var command = new Command("eval", "Score the extractor against a gold set: events P/R/F1, places, actors, metadata, fatalities, dates.") { dir, shared, json, verbose };
        command.SetAction(parse =>
        {
            var goldDir = parse.GetValue(dir)!;
            if (goldDir.Length > 1 && goldDir[0] == '-')
            {
                throw new UsageException($"unknown option '{goldDir}' (see 'marsad eval --help')");
            }
            var report = Run(goldDir, parse.GetValue(shared)!);
            var stdout = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(report, MarsadJson.Indented));
            }
            else
            {
                stdout.Write(ReportText.Write(report, $"marsad eval: {report.Articles.Count} article(s) in {goldDir}", parse.GetValue(verbose)));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static EvaluationReport Run(string goldDir, string sharedRoot)
    {
        IReadOnlyList<GoldArticle> gold;
        try
        {
            gold = new GoldLoader(sharedRoot).LoadDirectory(goldDir);
        }
        catch (Exception e) when (e is GoldFormatException or DirectoryNotFoundException)
        {
            // These messages already name the file or directory.
            throw new InputException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{goldDir}: {e.Message}");
        }
        if (gold.Count == 0)
        {
            throw new InputException($"{goldDir}: no gold files (*.json)");
        }
        var pipeline = MarsadPipeline.CreateDefault();
        var scores = new List<ArticleScore>();
        foreach (var item in gold)
        {
            ExtractionResult result;
            try
            {
                result = pipeline.Extract(item.Article);
            }
            catch (Exception e)
            {
                // One failing article must not hide the scores of the others; it scores as an empty output.
                result = new ExtractionResult { Document = MarsadPipeline.Describe(item.Article), Error = $"{e.GetType().Name}: {e.Message}" };
            }
            scores.Add(GoldScorer.Score(item.Gold, result));
        }
        return EvaluationReport.Sum(scores);
    }
}
