using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Cli;

/// <summary><c>marsad extract FILE|-</c>: one article to one JSON object; with --jsonl, many to many.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Article file (UTF-8, UTF-16 or Windows-1256 text, or HTML); '-' reads standard input." };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD: relative dates («أمس», «الخميس») resolve against it." };
        var jsonl = new Option<bool>("--jsonl") { Description = "FILE is JSON Lines, one article a line ({\"id\",\"text\"|\"html\",\"published\"}); prints one result a line." };
        var format = new Option<string>("--format") { Description = "json (indented, default) or compact (one line).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "compact");
        var command = new Command("extract", "Extract events, places and actors from Arabic news (SPEC §4 JSON).") { file, published, jsonl, format };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (path.Length > 1 && path[0] == '-')
            {
                throw new UsageException($"unknown option '{path}' (see 'marsad extract --help')");
            }
            var date = CliRunner.ParseDate(parse.GetValue(published), "--published");
            var pipeline = MarsadPipeline.CreateDefault();
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (parse.GetValue(jsonl))
            {
                return RunJsonLines(pipeline, path, date, stdout, stderr);
            }
            var bytes = ReadInput(path);
            Article article;
            try
            {
                article = ArticleReader.Default.ReadBytes(bytes, path, date, "--published");
            }
            catch (UndecodableInputException e)
            {
                throw new InputException($"{path}: {e.Message}");
            }
            var result = pipeline.Extract(article);
            stdout.WriteLine(MarsadJson.Serialize(result, string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal)));
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static byte[] ReadInput(string path)
    {
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                return buffer.ToArray();
            }
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read: {e.Message}");
        }
    }

    private static int RunJsonLines(MarsadPipeline pipeline, string path, DateOnly? defaultDate, TextWriter stdout, TextWriter stderr)
    {
        TextReader reader;
        try
        {
            reader = path == "-" ? Console.In : new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read: {e.Message}");
        }
        using (reader)
        {
            var watch = Stopwatch.StartNew();
            long articles = 0, errors = 0, chars = 0, lineNo = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                var result = JsonLinesArticle.Process(pipeline, line, lineNo, defaultDate);
                articles++;
                if (result.Error is not null)
                {
                    errors++;
                }
                chars += result.Document.Body?.Length ?? 0;
                stdout.WriteLine(MarsadJson.Serialize(result, indented: false));
            }
            var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
            stderr.WriteLine(FormattableString.Invariant(
                $"marsad: {articles} articles ({errors} errors), {chars} chars in {seconds:F2} s: {articles / seconds:F1} articles/s, {chars / seconds:F0} chars/s"));
            stderr.WriteLine("marsad: time by stage: " + string.Join(", ", pipeline.Timings.Select(t => FormattableString.Invariant($"{t.Stage} {t.Time.TotalSeconds:F2} s"))));
        }
        return ExitCodes.Ok;
    }
}

/// <summary>One JSON Lines input record to one result; a bad line becomes an error record, never a stop.</summary>
internal static class JsonLinesArticle
{
    public static ExtractionResult Process(MarsadPipeline pipeline, string line, long lineNo, DateOnly? defaultDate)
    {
        string? id = null;
        try
        {
            // A BOM survives on the first line read from standard input.
            using var json = JsonDocument.Parse(line.TrimStart('\uFEFF'));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, $"line {lineNo}: not a JSON object");
            }
            id = Get(root, "id");
            var text = Get(root, "text");
            var html = Get(root, "html");
            if (text is null && html is null)
            {
                return Error(id, $"line {lineNo}: no \"text\" or \"html\" field");
            }
            var (published, field) = PublicationDate.Read(root);
            if (published is null && defaultDate is not null)
            {
                (published, field) = (defaultDate, "--published");
            }
            var source = Get(root, "url") ?? Get(root, "source") ?? id ?? $"line {lineNo}";
            var article = ArticleReader.Default.ReadString(html ?? text!, source, published, Get(root, "title"), Get(root, "author"), field);
            var result = pipeline.Extract(article with { Id = id });
            return result;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return Error(id, $"line {lineNo}: {e.Message}");
        }
    }

    private static string? Get(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static ExtractionResult Error(string? id, string message) => new()
    {
        Document = new DocumentInfo { Id = id ?? string.Empty },
        Error = message,
    };
}
