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
        var maxChars = MaxCharsOption();
        var command = new Command("extract", "Extract events, places and actors from Arabic news (output described in docs/format.md).") { file, published, jsonl, format, maxChars };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (path.Length > 1 && path[0] == '-')
            {
                throw new UsageException($"unknown option '{path}' (see 'marsad extract --help')");
            }
            var date = CliRunner.ParseDate(parse.GetValue(published), "--published");
            var limit = CheckMaxChars(parse.GetValue(maxChars));
            var pipeline = MarsadPipeline.CreateDefault();
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (parse.GetValue(jsonl))
            {
                return RunJsonLines(pipeline, path, date, limit, stdout, stderr);
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
            if (article.Body.Length > limit)
            {
                throw new InputException($"{path}: {TooLong(article.Body.Length, limit)}");
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
            if (Directory.Exists(path))
            {
                throw new InputException($"{path} is a folder; extract reads one file (ingest reads folders)");
            }
            if (!File.Exists(path))
            {
                throw new InputException($"{path}: no such file");
            }
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read: {e.Message}");
        }
    }

    /// <summary>The per-article size cap, shared by extract and ingest.</summary>
    internal static Option<int> MaxCharsOption() => new("--max-chars")
    {
        Description = "Longest article body, in characters; a longer one becomes an error record (default 1000000).",
        DefaultValueFactory = _ => JsonLinesArticle.DefaultMaxChars,
    };

    internal static int CheckMaxChars(int value) =>
        value > 0 ? value : throw new UsageException(FormattableString.Invariant($"--max-chars takes a count of 1 or more, not {value}"));

    internal static string TooLong(int length, int limit) =>
        FormattableString.Invariant($"the article has {length:N0} characters, more than --max-chars {limit:N0}; split it or raise --max-chars");

    private static int RunJsonLines(MarsadPipeline pipeline, string path, DateOnly? defaultDate, int maxChars, TextWriter stdout, TextWriter stderr)
    {
        TextReader reader;
        try
        {
            if (path != "-" && Directory.Exists(path))
            {
                throw new InputException($"{path} is a folder, not a JSON Lines file");
            }
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
                var result = JsonLinesArticle.Process(pipeline, line, lineNo, defaultDate, maxChars);
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
                $"marsad: {CliRunner.Count(articles, "article")} ({CliRunner.Count(errors, "error")}), {chars} chars in {seconds:F2} s: {articles / seconds:F1} articles/s, {chars / seconds:F0} chars/s"));
            stderr.WriteLine("marsad: time by stage: " + string.Join(", ", pipeline.Timings.Select(t => FormattableString.Invariant($"{t.Stage} {t.Time.TotalSeconds:F2} s"))));
        }
        return ExitCodes.Ok;
    }
}

/// <summary>One JSON Lines input record to one result; a bad line becomes an error record, never a stop.</summary>
internal static class JsonLinesArticle
{
    public const int DefaultMaxChars = 1_000_000;

    // Markup around a text can be many times its size; beyond this the line is not even parsed.
    private const int RawPerChar = 16;

    public static ExtractionResult Process(MarsadPipeline pipeline, string line, long lineNo, DateOnly? defaultDate, int maxChars = DefaultMaxChars)
    {
        string? id = null;
        try
        {
            if (line.Length / RawPerChar > maxChars)
            {
                return Error(null, lineNo, FormattableString.Invariant($"the line has {line.Length:N0} characters, far more than --max-chars {maxChars:N0} allows an article"));
            }
            // A BOM survives on the first line read from standard input.
            using var json = JsonDocument.Parse(TextDecoder.ReplaceLoneSurrogates(line.TrimStart('\uFEFF')));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, lineNo, "not a JSON object");
            }
            id = JsonFields.Id(root);
            var text = Get(root, "text");
            var html = Get(root, "html");
            if (text is null && html is null)
            {
                return Error(id, lineNo, "no \"text\" or \"html\" field");
            }
            var (published, field) = PublicationDate.Read(root);
            if (published is null && defaultDate is not null)
            {
                (published, field) = (defaultDate, "--published");
            }
            var source = Get(root, "url") ?? Get(root, "source") ?? id ?? $"line {lineNo}";
            var article = ArticleReader.Default.ReadString(html ?? text!, source, published, Get(root, "title"), Get(root, "author"), field);
            if (article.Body.Length > maxChars)
            {
                return Error(id, lineNo, ExtractCommand.TooLong(article.Body.Length, maxChars));
            }
            return pipeline.Extract(article with { Id = id });
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return Error(id, lineNo, e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One article that trips a bug must not end the run over every later line.
            if (string.Equals(Environment.GetEnvironmentVariable("MARSAD_DEBUG"), "1", StringComparison.Ordinal))
            {
                Console.Error.WriteLine(FormattableString.Invariant($"marsad: line {lineNo}: {e}"));
            }
            return Error(id, lineNo, $"internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static string? Get(JsonElement root, string name) =>
        JsonFields.Text(root, name);

    // An unreadable line has no id to give back; its line number is its source.
    private static ExtractionResult Error(string? id, long lineNo, string message) => new()
    {
        Document = new DocumentInfo { Id = id, Source = FormattableString.Invariant($"line {lineNo}") },
        Error = TextDecoder.ReplaceLoneSurrogates(FormattableString.Invariant($"line {lineNo}: {message}")),
    };
}
