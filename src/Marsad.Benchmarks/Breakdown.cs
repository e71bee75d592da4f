using System.Diagnostics;
using Marsad.Ingestion;
using Marsad.Text;

namespace Marsad.Benchmarks;

/// <summary>
/// A rough split of the document layer's time by step (stopwatch, best of a few passes), to see
/// where a profile would look first. Not a benchmark: BenchmarkDotNet gives the figures to quote.
/// </summary>
internal static class Breakdown
{
    public static void Run(string[] texts)
    {
        var articleLines = texts.Select(t => t.Split('\n')).ToArray();
        var lines = articleLines.SelectMany(l => l).ToArray();
        var firstLines = articleLines.Select(l => l.FirstOrDefault(x => x.Trim().Length > 0) ?? string.Empty).ToArray();
        var bodies = texts.Select(t => ArticleReader.Default.ReadString(t, "bench").Body).ToArray();
        var firstParagraphs = bodies.Select(b => b.IndexOf('\n', StringComparison.Ordinal) is var nl and >= 0 ? b[..nl] : b).ToArray();
        (string Name, Action Step)[] steps =
        [
            ("ArticleReader.ReadString (whole ingestion)", () => Each(texts, t => ArticleReader.Default.ReadString(t, "bench"))),
            ("  PlainTextArticleReader.Read", () => Each(texts, t => PlainTextArticleReader.Default.Read(t, "bench"))),
            ("  BoilerplateRules.Filter per article", () => Each(articleLines, l => BoilerplateRules.Default.Filter(l))),
            ("  BylineParser.ParseBylineLine (first line)", () => Each(firstLines, l => BylineParser.Default.ParseBylineLine(l))),
            ("  BoilerplateRules.IsBoilerplate per line", () => Each(lines, l => BoilerplateRules.Default.IsBoilerplate(l))),
            ("  ArabicNormalizer.NormalizeKey per line", () => Each(lines, l => ArabicNormalizer.NormalizeKey(l))),
            ("  BylineParser.ParseDateline (first paragraph)", () => Each(firstParagraphs, p => BylineParser.Default.ParseDateline(p))),
            ("ArabicNormalizer.Normalize (body)", () => Each(bodies, b => ArabicNormalizer.Normalize(b))),
            ("AnalyzedText.Analyze (body)", () => Each(bodies, b => AnalyzedText.Analyze(b))),
            ("Analyze + Segmentations (body)", () => Each(bodies, b => { foreach (var t in AnalyzedText.Analyze(b).Tokens) { _ = t.Segmentations.Count; } })),
        ];
        // Warm every step first, so that tiered compilation has finished before anything is timed.
        for (var round = 0; round < 3; round++)
        {
            foreach (var (_, step) in steps)
            {
                step();
            }
        }
        foreach (var (name, step) in steps)
        {
            var best = double.MaxValue;
            for (var pass = 0; pass < 5; pass++)
            {
                var watch = Stopwatch.StartNew();
                step();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine(FormattableString.Invariant($"{best,10:F1} ms  {name}"));
        }
    }

    private static void Each<T>(T[] items, Action<T> action)
    {
        foreach (var item in items)
        {
            action(item);
        }
    }
}
