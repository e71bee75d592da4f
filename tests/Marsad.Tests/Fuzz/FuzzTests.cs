using System.Globalization;
using Marsad.Cli;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Tests.Store;
using Marsad.Text;

namespace Marsad.Tests.Fuzz;

/// <summary>
/// Seeded fuzzing of every layer a user's input reaches. Each input must end in a result or a
/// clear, foreseen error: no exception escapes, no error record says "internal error", and every
/// offset still cuts its own text from the body. A short budget runs with the tests;
/// <c>scripts/fuzz.sh N</c> runs N inputs a target (MARSAD_FUZZ_N, MARSAD_FUZZ_SEED) and
/// reports the counts (MARSAD_FUZZ_REPORT).
/// </summary>
public sealed class FuzzTests
{
    private static readonly Lazy<MarsadPipeline> Pipeline = new(MarsadPipeline.CreateDefault);

    private static int Budget(int ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("MARSAD_FUZZ_N"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : ci;

    private static int Seed =>
        int.TryParse(Environment.GetEnvironmentVariable("MARSAD_FUZZ_SEED"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s) ? s : 20261202;

    private static void Report(string target, int tried, int results, int errors)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{target}\tseed {Seed}\t{tried} inputs\t{results} results\t{errors} clear errors\t0 crashes");
        if (Environment.GetEnvironmentVariable("MARSAD_FUZZ_REPORT") is { Length: > 0 } path)
        {
            lock (typeof(FuzzTests))
            {
                File.AppendAllLines(path, [line]);
            }
        }
    }

    private static string Show(string s) => s.Length <= 300 ? s : s[..300] + "…";

    private static void AssertOffsets(ExtractionResult r, string where)
    {
        var body = r.Document.Body ?? "";
        foreach (var p in r.Places)
        {
            Assert.True(p.Start >= 0 && p.End <= body.Length && p.Start <= p.End && body[p.Start..p.End] == p.Text, $"{where}: place offsets");
        }
        foreach (var a in r.Actors)
        {
            Assert.True(a.Start >= 0 && a.End <= body.Length && a.Start <= a.End && body[a.Start..a.End] == a.Text, $"{where}: actor offsets");
        }
        foreach (var e in r.Events)
        {
            var v = e.Evidence;
            Assert.True(v.Start >= 0 && v.End <= body.Length && v.Start <= v.End && body[v.Start..v.End] == v.Text, $"{where}: evidence offsets");
            Assert.True(e.Date.Value is null || (e.Date.Value.Length >= 4 && char.IsAsciiDigit(e.Date.Value[0])), $"{where}: date {e.Date.Value}");
        }
    }

    [Fact]
    public void Random_bytes_decode_to_an_article_or_an_undecodable_input_error()
    {
        var inputs = new FuzzInputs(Seed);
        int n = Budget(1000), results = 0, errors = 0;
        for (var k = 0; k < n; k++)
        {
            var bytes = inputs.Bytes(inputs.Chance(0.05) ? 20_000 : 600);
            try
            {
                var article = ArticleReader.Default.ReadBytes(bytes, "fuzz");
                Assert.NotNull(article.Body);
                results++;
            }
            catch (UndecodableInputException)
            {
                errors++;
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {Seed} case {k}: {e.GetType().Name}: {e.Message} on {Convert.ToHexString(bytes.AsSpan(0, Math.Min(64, bytes.Length)))}");
            }
        }
        Report("ingestion", n, results, errors);
    }

    [Fact]
    public void The_text_layer_keeps_every_token_inside_the_body_and_in_order()
    {
        var inputs = new FuzzInputs(Seed + 1);
        var n = Budget(1000);
        for (var k = 0; k < n; k++)
        {
            var s = inputs.Text(inputs.Chance(0.02) ? 30_000 : 500);
            AnalyzedText text;
            try
            {
                text = AnalyzedText.Analyze(s);
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {Seed + 1} case {k}: {e.GetType().Name}: {e.Message} on «{Show(s)}»");
                return;
            }
            var last = 0;
            foreach (var t in text.Tokens)
            {
                Assert.True(t.Span.Start >= last && t.Span.End <= s.Length && t.Span.Start < t.Span.End, $"seed {Seed + 1} case {k}: token span {t.Span} in «{Show(s)}»");
                last = t.Span.End;
            }
            Assert.All(text.Sentences, u => Assert.InRange(u.End - u.First, 1, SentenceSegmenter.MaxSentenceTokens));
        }
        Report("text layer", n, n, 0);
    }

    [Fact]
    public void Whole_extraction_ends_in_a_result_whose_offsets_cut_their_text()
    {
        var inputs = new FuzzInputs(Seed + 2);
        var n = Budget(150);
        var errors = 0;
        for (var k = 0; k < n; k++)
        {
            var s = inputs.Text(inputs.Chance(0.02) ? 20_000 : 600);
            DateOnly? published = inputs.Chance(0.3) ? null : inputs.Next(4) switch
            {
                0 => DateOnly.MinValue,
                1 => DateOnly.MaxValue,
                _ => new DateOnly(1 + inputs.Next(9999), 1 + inputs.Next(12), 1 + inputs.Next(28)),
            };
            try
            {
                var article = ArticleReader.Default.ReadString(s, "fuzz", published);
                AssertOffsets(Pipeline.Value.Extract(article), $"seed {Seed + 2} case {k} ({published}) «{Show(s)}»");
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"seed {Seed + 2} case {k} ({published}): {e.GetType().Name}: {e.Message} on «{Show(s)}»");
            }
        }
        Report("extraction", n, n - errors, errors);
    }

    [Fact]
    public void Json_lines_records_become_results_or_clear_error_records_never_internal_errors()
    {
        var inputs = new FuzzInputs(Seed + 3);
        int n = Budget(150), errors = 0;
        for (var k = 0; k < n; k++)
        {
            var line = inputs.JsonLine();
            var date = inputs.Chance(0.5) ? (DateOnly?)null : inputs.Chance(0.5) ? DateOnly.MinValue : DateOnly.MaxValue;
            var result = JsonLinesArticle.Process(Pipeline.Value, line, k + 1, date);
            if (result.Error is { } error)
            {
                Assert.False(error.Contains("internal error", StringComparison.Ordinal), $"seed {Seed + 3} case {k}: {error} on {Show(line)}");
                errors++;
            }
            else
            {
                AssertOffsets(result, $"seed {Seed + 3} case {k} {Show(line)}");
            }
        }
        Report("json lines", n, n - errors, errors);
    }

    [Fact]
    public void Query_filters_end_in_rows_or_a_one_line_usage_error()
    {
        var dir = Directory.CreateTempSubdirectory("marsad-fuzz-query-").FullName;
        try
        {
            var store = Path.Combine(dir, "m.db");
            Assert.Equal(0, StoreFixtures.Run("ingest", StoreFixtures.WriteArticles(Path.Combine(dir, "in"), 4), "--store", store, "--published", "2016-02-18").Code);
            var inputs = new FuzzInputs(Seed + 4);
            string[] numbers = ["NaN", "Infinity", "-Infinity", "1e400", "-0", "36.2", "37.1", "-91", "181", "", " ", "٣٦", "1,2", "0x10", "36.2.1"];
            int n = Budget(200), results = 0, errors = 0;
            for (var k = 0; k < n; k++)
            {
                var args = new List<string> { "query", "--store", store };
                for (var f = 0; f < 1 + inputs.Next(4); f++)
                {
                    string Num() => inputs.Chance(0.5) ? inputs.Pick(numbers) : (inputs.Next(400) - 200).ToString(CultureInfo.InvariantCulture);
                    args.AddRange(inputs.Next(12) switch
                    {
                        0 => ["--from", inputs.Date()],
                        1 => ["--to", inputs.Date()],
                        2 => ["--type", inputs.Pick(["REMOTE", "remote", "ASSAULT", "BOMBING", "", "ATTACK_CIVILIANS ", "قصف"])],
                        3 => ["--modality", inputs.Pick(["asserted", "Negated", "rumoured", "", "possible"])],
                        4 => ["--actor", inputs.Text(10)],
                        5 => ["--country", inputs.Pick(["SY", "sy", "", "ZZZ", "سوريا"])],
                        6 => ["--admin1", inputs.Text(10)],
                        7 => ["--bbox", string.Join(',', Enumerable.Range(0, 3 + inputs.Next(3)).Select(_ => Num()))],
                        8 => ["--near", $"{Num()},{Num()}", "--km", Num()],
                        9 => ["--text", inputs.Text(30)],
                        10 => ["--limit", inputs.Pick(["-1", "0", "1", "2147483648", "x", "-2147483648"])],
                        _ => ["--format", inputs.Pick(["table", "json", "jsonl", "csv", "xml"]), inputs.Chance(0.3) ? "--consolidated" : "--limit=5"],
                    });
                }
                var (code, _, err) = StoreFixtures.Run([.. args]);
                var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.True(code is 0 or 2, $"seed {Seed + 4} case {k}: exit {code} for {string.Join(' ', args.Skip(3))}: {err}");
                Assert.True(lines.Length <= 1, $"seed {Seed + 4} case {k}: {err}");
                Assert.DoesNotContain("internal error", err, StringComparison.Ordinal);
                if (code == 0)
                {
                    results++;
                }
                else
                {
                    errors++;
                }
            }
            Report("query filters", n, results, errors);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
