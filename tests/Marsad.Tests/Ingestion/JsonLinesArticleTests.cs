using System.Text.Json;
using Marsad.Cli;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Ingestion;

public class JsonLinesArticleTests
{
    // No stages: these tests are about reading the lines, not about what is extracted from them.
    private static readonly MarsadPipeline Pipeline = new([]);

    private static ExtractionResult Process(string line, long lineNo = 1, DateOnly? date = null) =>
        JsonLinesArticle.Process(Pipeline, line, lineNo, date);

    private static string Line(object o) => JsonSerializer.Serialize(o, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public void Good_text_line_gives_a_document_with_id_and_date()
    {
        var result = Process(Line(new { id = "a1", text = "حمص (رويترز) - قال ناشطون إن القصف استمر طوال الليل.", published = "2013-02-14" }));

        Assert.Null(result.Error);
        Assert.Equal("a1", result.Document.Id);
        Assert.Equal("2013-02-14", result.Document.Published);
        Assert.Equal("حمص", result.Document.Dateline);
        Assert.StartsWith("حمص (رويترز) - قال ناشطون", result.Document.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("crawled_at", "2013-03-03T06:40:21")]
    [InlineData("date_extracted", "2015-07-21 10:12:00")]
    [InlineData("published_at", "2018-05-02T09:00:00Z")]
    [InlineData("date", "2016-02-24")]
    public void A_batch_record_without_published_takes_its_crawl_or_date_field_and_says_which(string field, string value)
    {
        var record = new Dictionary<string, string> { ["id"] = "c1", ["text"] = "قال ناشطون إن القصف استمر أمس على أحياء حمص.", [field] = value };

        var result = Process(Line(record), date: new DateOnly(2020, 1, 1));

        Assert.Equal(value[..10], result.Document.Published);
        Assert.Equal(field, result.Document.PublishedSource);
    }

    [Fact]
    public void The_command_line_date_serves_a_record_that_carries_none_and_is_named_as_the_source()
    {
        var result = Process(Line(new { id = "c2", text = "قال ناشطون إن القصف استمر أمس على أحياء حمص." }), date: new DateOnly(2016, 2, 24));

        Assert.Equal("2016-02-24", result.Document.Published);
        Assert.Equal("--published", result.Document.PublishedSource);
    }

    [Fact]
    public void A_stated_published_wins_over_the_crawl_date()
    {
        var result = Process(Line(new { id = "c3", text = "قال ناشطون إن القصف استمر أمس على أحياء حمص.", crawled_at = "2013-03-05T01:00:00", published = "2013-03-03" }));

        Assert.Equal("2013-03-03", result.Document.Published);
        Assert.Equal("published", result.Document.PublishedSource);
    }

    [Fact]
    public void Title_field_is_kept_and_the_text_has_no_title_line()
    {
        var result = Process(Line(new { id = "t", title = "قصف على حمص", text = "قال ناشطون إن القصف استمر طوال الليل على أحياء المدينة.\n\nوأضافوا أن عشرات الجرحى سقطوا." }));

        Assert.Equal("قصف على حمص", result.Document.Title);
        Assert.StartsWith("قال ناشطون", result.Document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_line_is_read_as_a_page()
    {
        var html = "<html><head><title>قصف على حمص - موقع الخبر</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
            + "<article><h1>قصف على حمص</h1><p>قال ناشطون إن القصف استمر طوال الليل على أحياء المدينة القديمة في حمص.</p>"
            + "<p>وأضافوا أن عشرات الجرحى سقطوا في القصف الذي طال مستشفى ميدانيا.</p></article>"
            + "<footer>جميع الحقوق محفوظة</footer></body></html>";

        var result = Process(Line(new { id = "h", html }));

        Assert.Null(result.Error);
        Assert.Equal("h", result.Document.Id);
        Assert.Equal("قصف على حمص", result.Document.Title);
        Assert.Equal("قال ناشطون إن القصف استمر طوال الليل على أحياء المدينة القديمة في حمص.\n\nوأضافوا أن عشرات الجرحى سقطوا في القصف الذي طال مستشفى ميدانيا.", result.Document.Body);
    }

    [Theory]
    [InlineData("{\"id\": \"x\", \"text\": \"غير مغلق")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    public void Bad_json_line_is_an_error_record(string line)
    {
        var result = Process(line, lineNo: 7);

        Assert.NotNull(result.Error);
        Assert.Contains("line 7", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Events);
    }

    [Fact]
    public void Missing_text_is_an_error_record_that_keeps_the_id()
    {
        var result = Process(Line(new { id = "no-text", published = "2013-02-14" }));

        Assert.Equal("no-text", result.Document.Id);
        Assert.Contains("\"text\"", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("14/02/2013")]
    [InlineData("2013-13-45")]
    [InlineData("أمس")]
    public void Bad_published_is_an_error_record(string published)
    {
        var result = Process(Line(new { id = "d", text = "قال ناشطون إن القصف استمر.", published }));

        Assert.Equal("d", result.Document.Id);
        Assert.Contains("published", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_record_serializes_as_the_spec_says()
    {
        var json = MarsadJson.Serialize(Process("{oops", lineNo: 3), indented: false);

        using var doc = JsonDocument.Parse(json);
        Assert.True(doc.RootElement.TryGetProperty("document", out _));
        Assert.True(doc.RootElement.TryGetProperty("error", out var error));
        Assert.Contains("line 3", error.GetString(), StringComparison.Ordinal);
        Assert.Equal(0, doc.RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void Jsonl_run_goes_on_after_bad_lines_and_keeps_input_order()
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-jsonl-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path,
        [
            Line(new { id = "1", text = "قال ناشطون إن القصف استمر على حمص." }),
            "{broken",
            "",
            Line(new { id = "3", published = "bad", text = "نص." }),
            Line(new { id = "4" }),
            Line(new { id = "5", text = "أعلن الجيش السيطرة على بلدة في ريف حلب." }),
        ]);
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var root = new System.CommandLine.RootCommand { ExtractCommand.Create() };

            var code = CliRunner.Run(root, ["extract", "--jsonl", path], stdout, stderr);

            Assert.Equal(0, code);
            var results = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => MarsadJson.Deserialize(l)!).ToList();
            Assert.Equal(5, results.Count);
            Assert.Equal(["1", "", "3", "4", "5"], results.Select(r => r.Document.Id ?? string.Empty));
            Assert.Equal([false, true, true, true, false], results.Select(r => r.Error is not null));
            Assert.Contains("5 articles (3 errors)", stderr.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void First_line_with_a_byte_order_mark_is_read()
    {
        var result = Process("\uFEFF" + Line(new { id = "bom", text = "قال ناشطون إن القصف استمر." }));

        Assert.Null(result.Error);
        Assert.Equal("bom", result.Document.Id);
    }

    [Fact]
    public void Html_line_takes_title_and_author_fields_too()
    {
        var html = "<div><p>قال ناشطون إن القصف استمر طوال الليل على أحياء المدينة القديمة في حمص، وإن عشرات الجرحى سقطوا.</p></div>";

        var result = Process(Line(new { id = "ht", html, title = "قصف على حمص", author = "سامر حسن" }));

        Assert.Equal("قصف على حمص", result.Document.Title);
        Assert.Equal("سامر حسن", result.Document.Author);
        Assert.StartsWith("قال ناشطون", result.Document.Body, StringComparison.Ordinal);
    }
}
