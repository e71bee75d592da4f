using System.Text.Json;
using Marsad.Cli;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Tests.Store;

namespace Marsad.Tests.Hardening;

/// <summary>Batch input (extract --jsonl, ingest): ids survive, a bad or huge record is an error record, the run goes on.</summary>
public sealed class BatchInputTests
{
    private static readonly MarsadPipeline NoStages = new([]);

    [Theory]
    [InlineData("{\"id\": 123, \"text\": \"قصف على حمص.\"}", "123")]
    [InlineData("{\"id\": 1.5e3, \"text\": \"قصف على حمص.\"}", "1.5e3")]
    [InlineData("{\"id\": {\"site\": \"sana\", \"n\": 7}, \"text\": \"قصف على حمص.\"}", "{\"site\": \"sana\", \"n\": 7}")]
    [InlineData("{\"id\": \"a-1\", \"text\": \"قصف على حمص.\"}", "a-1")]
    public void An_id_that_is_not_a_string_is_kept_as_the_input_spells_it(string line, string id)
    {
        var result = JsonLinesArticle.Process(NoStages, line, 1, null);

        Assert.Null(result.Error);
        Assert.Equal(id, result.Document.Id);
    }

    [Fact]
    public void An_id_that_is_a_number_survives_ingest_too()
    {
        var item = new JsonLineItem("in.jsonl", 1, "{\"id\": 42, \"text\": \"قصف على حمص.\"}");

        var (article, _, _) = item.Read(null);

        Assert.Equal("42", article.Id);
    }

    [Fact]
    public void An_unreadable_line_has_no_empty_id_but_its_line_as_source()
    {
        var json = MarsadJson.Serialize(JsonLinesArticle.Process(NoStages, "{oops", 9, null), indented: false);

        using var doc = JsonDocument.Parse(json);
        var document = doc.RootElement.GetProperty("document");
        Assert.False(document.TryGetProperty("id", out _));
        Assert.Equal("line 9", document.GetProperty("source").GetString());
        Assert.StartsWith("line 9: ", doc.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_over_max_chars_is_an_error_record_that_keeps_its_id()
    {
        var line = JsonSerializer.Serialize(new { id = "big", text = new string('ب', 5000) }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var result = JsonLinesArticle.Process(NoStages, line, 3, null, maxChars: 1000);

        Assert.Equal("big", result.Document.Id);
        Assert.Contains("more than --max-chars 1,000", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_far_over_max_chars_is_refused_before_it_is_parsed()
    {
        var line = "{\"id\": \"x\", \"text\": \"" + new string('ب', 40_000);

        var result = JsonLinesArticle.Process(NoStages, line, 1, null, maxChars: 1000);

        Assert.Contains("far more than --max-chars", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_that_throws_makes_an_error_record_not_the_end_of_the_run()
    {
        var pipeline = new MarsadPipeline([new ThrowingStage()]);

        var result = JsonLinesArticle.Process(pipeline, "{\"id\": \"t\", \"text\": \"قصف على حمص.\"}", 4, null);

        Assert.Equal("t", result.Document.Id);
        Assert.Contains("internal error (IndexOutOfRangeException)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_counts_a_throwing_article_as_an_error_and_stores_the_others()
    {
        var dir = Directory.CreateTempSubdirectory("marsad-ingest-throw-").FullName;
        try
        {
            var store = Path.Combine(dir, "m.db");
            using var db = MarsadStore.Open(store);
            var items = new IngestItem[]
            {
                new JsonLineItem("in", 1, "{\"id\": \"1\", \"text\": \"قصف على حمص.\"}"),
                new JsonLineItem("in", 2, "{\"id\": \"2\", \"text\": \"قصف على حلب.\"}"),
                new JsonLineItem("in", 3, "{\"id\": \"3\", \"text\": \"" + new string('ب', 200) + "\"}"),
            };

            var stats = await new Ingester(db, new MarsadPipeline([new ThrowingStage(onlyIf: "حمص")]), new IngestOptions { MaxChars = 100 }).RunAsync(items);

            Assert.Equal(1, stats.New);
            Assert.Equal(2, stats.Errors);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Ingest_summary_counts_in_good_english()
    {
        Assert.StartsWith("marsad ingest: 1 article read, 1 new, 0 duplicates, 1 error, 1 event,",
            new IngestStats(1, 1, 0, 1, 1, TimeSpan.FromSeconds(1)).Summary(), StringComparison.Ordinal);
    }

    private sealed class ThrowingStage(string? onlyIf = null) : IExtractionStage
    {
        public void Run(ExtractionContext context)
        {
            if (onlyIf is null || context.Text.Body.Contains(onlyIf, StringComparison.Ordinal))
            {
                throw new IndexOutOfRangeException("Index was outside the bounds of the array.");
            }
        }
    }

    [Fact]
    public void A_line_over_the_cap_is_counted_and_skipped_without_being_held()
    {
        var input = "{\"id\": \"1\"}\n" + new string('x', 5000) + "\n\n   \n{\"id\": \"3\"}\r\n{\"id\": \"4\"}";

        var lines = Marsad.Ingestion.BoundedLines.Read(new StringReader(input), cap: 1000).ToList();

        Assert.Equal([1L, 2L, 5L, 6L], lines.Select(l => l.Number));
        Assert.Null(lines[1].Text);
        Assert.Equal(5000, lines[1].Length);
        Assert.Equal("{\"id\": \"3\"}", lines[2].Text);
        Assert.Equal("{\"id\": \"4\"}", lines[3].Text);
    }

    [Fact]
    public void Jsonl_with_threads_writes_the_same_lines_in_the_same_order_as_one_thread()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-threads-{Guid.NewGuid():N}.jsonl");
        var towns = new[] { "حلب", "حمص", "إدلب", "منبج", "الرقة" };
        File.WriteAllLines(path, Enumerable.Range(0, 24).Select(i => i % 7 == 3
            ? "{not json"
            : JsonSerializer.Serialize(new { id = i, text = $"قصفت قوات النظام مدينة {towns[i % towns.Length]} يوم الخميس وقتل {i + 2} مدنيين.", published = "2016-02-18" })));
        try
        {
            string RunWith(string threads)
            {
                var stdout = new StringWriter();
                var code = CliRunner.Run(new System.CommandLine.RootCommand("marsad") { ExtractCommand.Create() }, ["extract", "--jsonl", path, "--threads", threads], stdout, new StringWriter());
                Assert.Equal(0, code);
                return stdout.ToString();
            }

            var one = RunWith("1");
            var four = RunWith("4");

            Assert.Equal(24, one.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal(one, four);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Ingest_skips_a_line_over_the_cap_without_reading_it_and_stores_the_next()
    {
        var dir = Directory.CreateTempSubdirectory("marsad-ingest-long-").FullName;
        try
        {
            var input = Path.Combine(dir, "in.jsonl");
            File.WriteAllText(input, "{\"id\": \"big\", \"text\": \"" + new string('ب', 50_000) + "\"}\n{\"id\": \"2\", \"text\": \"قصف على حلب.\"}\n");
            using var db = MarsadStore.Open(Path.Combine(dir, "m.db"));
            var items = IngestInputs.Enumerate([input], maxLineChars: 1_000).ToList();

            Assert.IsType<OverlongLineItem>(items[0]);
            var ingester = new Ingester(db, NoStages, new IngestOptions());
            var stats = await ingester.RunAsync(items);

            Assert.Equal((1L, 1L), (stats.New, stats.Errors));
            Assert.Contains("in.jsonl:1: the line has 50,", Assert.Single(ingester.ErrorMessages), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
