using System.Text.Json;

namespace Marsad.Benchmarks;

/// <summary>
/// The real articles the benchmarks read: the "text" fields of the first articles of a news
/// JSON Lines file from the shared data (never part of the repository, so it is looked up at run time).
/// </summary>
internal static class NewsCorpus
{
    public const string FileName = "news_credibility_2013_syria_iraq_conflict.jsonl";
    public const string PathVariable = "MARSAD_BENCH_NEWS";
    public const int DefaultCount = 500;

    /// <summary>MARSAD_BENCH_NEWS, else shared/data/news found from the working directory or the binaries upwards.</summary>
    public static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable(PathVariable);
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return File.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
        }
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data", "news", FileName), Path.Combine(dir.FullName, "..", "shared", "data", "news", FileName) })
                {
                    if (File.Exists(candidate))
                    {
                        return Path.GetFullPath(candidate);
                    }
                }
            }
        }
        return null;
    }

    public static string[] Load(string path, int count = DefaultCount)
    {
        var texts = new List<string>(count);
        foreach (var line in File.ReadLines(path))
        {
            if (texts.Count == count)
            {
                break;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } s)
            {
                texts.Add(s);
            }
        }
        return [.. texts];
    }

    public static string[] LoadOrThrow()
    {
        var path = Locate() ?? throw new InvalidOperationException(MissingMessage);
        return Load(path);
    }

    public static string MissingMessage =>
        $"marsad-bench: cannot find {FileName}: the benchmarks read real articles from ../shared/data/news (next to the clone) "
        + $"or the file named by {PathVariable}; set {PathVariable}=/path/to/{FileName} and run again.";
}
