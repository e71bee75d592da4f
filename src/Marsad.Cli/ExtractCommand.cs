using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
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
        var threads = new Option<int>("--threads") { Description = "With --jsonl: articles extracted at once; output stays in input order, a slow article holding back at most 4 per thread. Without: windows of one very long article (over 100,000 characters) extracted at once.", DefaultValueFactory = _ => 1 };
        var command = new Command("extract", "Extract events, places and actors from Arabic news (output described in docs/format.md).") { file, published, jsonl, format, maxChars, threads };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (path.Length > 1 && path[0] == '-')
            {
                throw new UsageException($"unknown option '{path}' (see 'marsad extract --help')");
            }
            var date = CliRunner.ParseDate(parse.GetValue(published), "--published");
            var limit = CheckMaxChars(parse.GetValue(maxChars));
            var threadCount = CheckThreads(parse.GetValue(threads));
            MarsadPipeline.StartLoading();
            var pipeline = parse.GetValue(jsonl) ? MarsadPipeline.CreateDefault() : MarsadPipeline.CreateDefault(threadCount);
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            if (parse.GetValue(jsonl))
            {
                return JsonLinesRun.Run(pipeline, path, date, limit, threadCount, stdout, stderr);
            }
            var article = ReadArticle(path, date);
            if (article.Body.Length > limit)
            {
                throw new InputException($"{path}: {TooLong(article.Body.Length, limit)}");
            }
            BlockingCollectorForLongBody(article.Body.Length);
            var result = pipeline.Extract(article);
            WriteResult(result, string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal), threadCount, stdout);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The result as one JSON document and a line break. To the process's own UTF-8 standard output
    /// it is streamed (a very long article's result is tens of megabytes; the bytes are the same);
    /// to any other writer (tests, a non-UTF-8 console) it goes as one string. With --threads, the
    /// long lists are serialized on that many threads (same bytes).
    /// </summary>
    private static void WriteResult(ExtractionResult result, bool indented, int threads, TextWriter stdout)
    {
        if (ReferenceEquals(stdout, Console.Out) && Console.OutputEncoding.CodePage == System.Text.Encoding.UTF8.CodePage && Console.Out.NewLine == "\n")
        {
            stdout.Flush();
            using var raw = Console.OpenStandardOutput();
            using var buffered = new BufferedStream(raw, 1 << 16);
            MarsadJson.Write(result, buffered, indented, threads);
            return;
        }
        stdout.WriteLine(MarsadJson.Serialize(result, indented));
    }

    /// <summary>
    /// One body long enough to be extracted window by window (<see cref="MarsadPipeline.ExtractsInWindows"/>) is the
    /// whole rest of this process's work: the collector is switched to blocking collections for it.
    /// With ConserveMemory's ~20 full collections a 10 MB body, the background collector marks on a
    /// third thread beside the two extraction threads while they allocate, and twice as many gen-1
    /// collections run; blocking, the 10 MB runs spent 8-15 % less CPU (docs/performance.md, the
    /// thirteenth merge). Set here and not in runtimeconfig.json, because a batch of short articles
    /// (--jsonl) ran 17 % slower with blocking collections. Returns whether it switched.
    /// </summary>
    internal static bool BlockingCollectorForLongBody(int bodyLength)
    {
        if (!MarsadPipeline.ExtractsInWindows(bodyLength))
        {
            return false;
        }
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        return true;
    }

    // Its own method, so that the input bytes are garbage once the article is read (the command's
    // body runs once, unoptimized, and would keep every local alive to its end).
    private static Article ReadArticle(string path, DateOnly? date)
    {
        var bytes = ReadInput(path);
        try
        {
            return ArticleReader.Default.ReadBytes(bytes, path, date, "--published");
        }
        catch (UndecodableInputException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }
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

    internal static int CheckThreads(int value) =>
        value is >= 1 and <= 256 ? value : throw new UsageException(FormattableString.Invariant($"--threads takes a count from 1 to 256, not {value}"));

    internal static string TooLong(int length, int limit) =>
        FormattableString.Invariant($"the article has {length:N0} characters, more than --max-chars {limit:N0}; split it or raise --max-chars");
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
                return TooLongLine(lineNo, line.Length, maxChars);
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

    /// <summary>The longest line parsed: markup and JSON escapes around a text of <paramref name="maxChars"/> characters.</summary>
    public static long MaxLineChars(int maxChars) => (long)maxChars * RawPerChar;

    public static ExtractionResult TooLongLine(long lineNo, long length, int maxChars) =>
        Error(null, lineNo, FormattableString.Invariant($"the line has {length:N0} characters, far more than --max-chars {maxChars:N0} allows an article"));

    private static string? Get(JsonElement root, string name) =>
        JsonFields.Text(root, name);

    // An unreadable line has no id to give back; its line number is its source.
    private static ExtractionResult Error(string? id, long lineNo, string message) => new()
    {
        Document = new DocumentInfo { Id = id, Source = FormattableString.Invariant($"line {lineNo}") },
        Error = TextDecoder.ReplaceLoneSurrogates(FormattableString.Invariant($"line {lineNo}: {message}")),
    };
}
