using System.Text.Json;
using Marsad.Evaluation;

namespace Marsad.Tests.Evaluation;

/// <summary>
/// The annotated corpus (data/gold/corpus) as a clone holds it, without ../shared: every file
/// reads as SPEC §5 gold, sits in the split the frozen manifest gives it, and its spans agree with
/// the strings they were computed from. The texts themselves are checked against ../shared by
/// tools/corpus/corpus.py check, which CI runs.
/// </summary>
public sealed class CorpusGoldTests
{
    private static readonly string[] Splits = ["train", "dev", "test"];

    [Theory]
    [InlineData("manifest.tsv", 400, 40)]
    [InlineData("manifest-wave2.tsv", 240, 0)]
    public void Each_wave_is_split_60_20_20_within_each_corpus(string file, int articles, int doubleCoded)
    {
        var rows = Manifest(file);
        Assert.Equal(articles, rows.Count);
        foreach (var corpus in rows.GroupBy(r => r.Corpus, StringComparer.Ordinal))
        {
            var n = corpus.Count();
            Assert.Equal(n * 60 / 100, corpus.Count(r => r.Split == "train"));
            Assert.Equal(n * 20 / 100, corpus.Count(r => r.Split == "dev"));
            Assert.Equal(n - (n * 60 / 100) - (n * 20 / 100), corpus.Count(r => r.Split == "test"));
        }
        Assert.Equal(doubleCoded, rows.Count(r => r.Double));
        Assert.DoesNotContain(rows, r => r.Double && r.Split == "test");
    }

    [Fact]
    public void No_article_is_drawn_twice_across_the_waves()
    {
        var rows = Manifest("manifest.tsv").Concat(Manifest("manifest-wave2.tsv")).ToList();
        Assert.Equal(rows.Count, rows.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_coded_article_reads_as_gold_and_sits_in_its_manifest_split()
    {
        var bySplit = Manifest("manifest.tsv").Concat(Manifest("manifest-wave2.tsv")).ToDictionary(r => r.Name, r => r.Split, StringComparer.Ordinal);
        foreach (var (split, path) in GoldFiles())
        {
            var name = Path.GetFileNameWithoutExtension(path);
            Assert.True(bySplit.TryGetValue(name, out var expected), $"{name} is not in the manifest");
            if (split != "agreement")
            {
                Assert.Equal(expected, split);
            }
            var json = File.ReadAllText(path);
            var gold = GoldLoader.ParseDocument(json, name, path);
            using var doc = JsonDocument.Parse(json);
            Assert.False(doc.RootElement.TryGetProperty("status", out _), $"{name} is an uncoded skeleton");
            Assert.True(doc.RootElement.TryGetProperty("article_ref", out _), $"{name} must refer to its article by corpus and id");
            Assert.All(gold.Events, e => Assert.False(string.IsNullOrEmpty(e.Evidence)));
        }
    }

    [Fact]
    public void Every_event_span_has_the_length_of_its_string_and_the_trigger_lies_in_the_evidence()
    {
        foreach (var (_, path) in GoldFiles())
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            var name = Path.GetFileName(path);
            foreach (var e in doc.RootElement.GetProperty("events").EnumerateArray())
            {
                var spans = e.GetProperty("spans");
                var evidence = Span(spans, "evidence");
                Assert.NotNull(evidence);
                Assert.Equal(e.GetProperty("evidence").GetString()!.Length, evidence.Value.End - evidence.Value.Start);
                if (Span(spans, "trigger") is { } trigger)
                {
                    Assert.True(trigger.Start >= evidence.Value.Start && trigger.End <= evidence.Value.End, $"{name}: trigger outside its evidence");
                    Assert.Equal(e.GetProperty("trigger").GetString()!.Length, trigger.End - trigger.Start);
                }
                foreach (var (role, text) in new[] { ("actor1", "actor1_text"), ("actor2", "actor2_text"), ("place", "place_text") })
                {
                    if (Span(spans, role) is { } s)
                    {
                        Assert.Equal(e.GetProperty(text).GetString()!.Length, s.End - s.Start);
                    }
                }
            }
            foreach (var list in new[] { "place_mentions", "actor_spans" })
            {
                if (doc.RootElement.TryGetProperty(list, out var mentions))
                {
                    foreach (var m in mentions.EnumerateArray())
                    {
                        Assert.Equal(m.GetProperty("text").GetString()!.Length, m.GetProperty("end").GetInt32() - m.GetProperty("start").GetInt32());
                    }
                }
            }
        }
    }

    private static (int Start, int End)? Span(JsonElement spans, string name) =>
        spans.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.Array
            ? (s[0].GetInt32(), s[1].GetInt32())
            : null;

    private sealed record ManifestRow(string Name, string Corpus, string Split, bool Double);

    private static List<ManifestRow> Manifest(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(CorpusDir(), file))
            .Where(l => !l.StartsWith('#'))
            .ToList();
        var head = lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(head, name);
        return lines.Skip(1)
            .Select(l => l.Split('\t'))
            .Select(c => new ManifestRow(c[Col("name")], c[Col("corpus")], c[Col("split")], c[Col("double")] == "yes"))
            .ToList();
    }

    private static IEnumerable<(string Split, string Path)> GoldFiles()
    {
        foreach (var split in Splits.Append("agreement"))
        {
            var dir = Path.Combine(CorpusDir(), split);
            if (!Directory.Exists(dir))
            {
                continue;
            }
            foreach (var path in Directory.EnumerateFiles(dir, "*.json").Order(StringComparer.Ordinal))
            {
                yield return (split, path);
            }
        }
    }

    private static string CorpusDir()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Marsad.slnx")))
            {
                return Path.Combine(d.FullName, "data", "gold", "corpus");
            }
        }
        throw new DirectoryNotFoundException("the repository root (Marsad.slnx) is not above the test binaries");
    }
}
