using System.Diagnostics;
using System.Text;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Cli;

/// <summary>
/// <c>extract --jsonl</c>: one result line per input line, in input order. With several threads
/// the lines are extracted at once, but never more than a window of 4 per thread ahead of the
/// line written next: a slow article holds back that window, not the rest of the file, and
/// memory holds the window's articles, not the file.
/// </summary>
internal static class JsonLinesRun
{
    public static int Run(MarsadPipeline pipeline, string path, DateOnly? defaultDate, int maxChars, int threads, TextWriter stdout, TextWriter stderr)
    {
        TextReader reader;
        try
        {
            if (path != "-" && Directory.Exists(path))
            {
                throw new InputException($"{path} is a folder, not a JSON Lines file");
            }
            reader = path == "-" ? Console.In : new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read: {e.Message}");
        }
        using (reader)
        {
            var watch = Stopwatch.StartNew();
            long articles = 0, errors = 0, chars = 0;
            void Write(ExtractionResult result)
            {
                articles++;
                if (result.Error is not null)
                {
                    errors++;
                }
                chars += result.Document.Body?.Length ?? 0;
                stdout.WriteLine(MarsadJson.Serialize(result, indented: false));
            }
            ExtractionResult Process(BoundedLine line) => line.Text is { } text
                ? JsonLinesArticle.Process(pipeline, text, line.Number, defaultDate, maxChars)
                : JsonLinesArticle.TooLongLine(line.Number, line.Length, maxChars);

            var lines = BoundedLines.Read(reader, JsonLinesArticle.MaxLineChars(maxChars));
            if (threads == 1)
            {
                foreach (var line in lines)
                {
                    Write(Process(line));
                }
            }
            else
            {
                var window = 4 * threads;
                using var slots = new SemaphoreSlim(threads);
                var pending = new Queue<Task<ExtractionResult>>(window);
                foreach (var line in lines)
                {
                    if (pending.Count >= window)
                    {
                        Write(pending.Dequeue().GetAwaiter().GetResult());
                    }
                    pending.Enqueue(Task.Run(async () =>
                    {
                        await slots.WaitAsync().ConfigureAwait(false);
                        try
                        {
                            return Process(line);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }));
                }
                while (pending.Count > 0)
                {
                    Write(pending.Dequeue().GetAwaiter().GetResult());
                }
            }
            var seconds = Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
            stderr.WriteLine(FormattableString.Invariant(
                $"marsad: {CliRunner.Count(articles, "article")} ({CliRunner.Count(errors, "error")}), {chars} chars in {seconds:F2} s: {articles / seconds:F1} articles/s, {chars / seconds:F0} chars/s"));
            stderr.WriteLine("marsad: time by stage: " + string.Join(", ", pipeline.Timings.Select(t => FormattableString.Invariant($"{t.Stage} {t.Time.TotalSeconds:F2} s"))));
        }
        return ExitCodes.Ok;
    }
}
