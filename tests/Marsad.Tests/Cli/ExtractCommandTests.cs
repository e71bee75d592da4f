using System.CommandLine;
using System.Text.Json;
using Marsad.Cli;

namespace Marsad.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-cli-tests-").FullName;

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "khanaser-goals.txt");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // Built like Program.cs builds the `marsad` root, with the command under test.
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("marsad") { ExtractCommand.Create() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliRunner.Run(root, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Extract_on_the_sample_prints_its_title_author_and_dateline()
    {
        var (code, stdout, stderr) = Run("extract", Sample);
        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var document = json.RootElement.GetProperty("document");
        Assert.Equal("ما هي أهداف «داعش» من الهجوم على خناصر؟", document.GetProperty("title").GetString());
        Assert.Equal("نضال حمادة", document.GetProperty("author").GetString());
        Assert.Equal("باريس", document.GetProperty("dateline").GetString());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("events").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("places").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("actors").ValueKind);
    }

    [Fact]
    public void Extract_on_the_sample_leaves_the_comment_prompt_out_of_the_body()
    {
        var (code, stdout, _) = Run("extract", Sample);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var body = json.RootElement.GetProperty("document").GetProperty("body").GetString()!;
        Assert.StartsWith("افتتح تنظيم «داعش»", body, StringComparison.Ordinal);
        Assert.DoesNotContain("اترك تعليقاً", body, StringComparison.Ordinal);
        Assert.DoesNotContain("زر الذهاب إلى الأعلى", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_with_a_publication_date_prints_it_and_compact_format_is_one_line()
    {
        var (code, stdout, _) = Run("extract", Sample, "--published", "2016-02-24", "--format", "compact");
        Assert.Equal(0, code);
        Assert.Single(stdout.TrimEnd('\n').Split('\n'));
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("2016-02-24", json.RootElement.GetProperty("document").GetProperty("published").GetString());
    }

    [Fact]
    public void Every_offset_in_the_output_cuts_its_text_from_the_body()
    {
        var (_, stdout, _) = Run("extract", Sample);
        using var json = JsonDocument.Parse(stdout);
        var body = json.RootElement.GetProperty("document").GetProperty("body").GetString()!;
        foreach (var list in new[] { "places", "actors" })
        {
            foreach (var item in json.RootElement.GetProperty(list).EnumerateArray())
            {
                int start = item.GetProperty("start").GetInt32(), end = item.GetProperty("end").GetInt32();
                Assert.Equal(item.GetProperty("text").GetString(), body[start..end]);
            }
        }
        foreach (var e in json.RootElement.GetProperty("events").EnumerateArray())
        {
            var evidence = e.GetProperty("evidence");
            int start = evidence.GetProperty("start").GetInt32(), end = evidence.GetProperty("end").GetInt32();
            Assert.Equal(evidence.GetProperty("text").GetString(), body[start..end]);
        }
    }

    [Fact]
    public void Help_lists_the_extract_command_and_its_options()
    {
        var (code, stdout, _) = Run("extract", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--published", stdout, StringComparison.Ordinal);
        Assert.Contains("--jsonl", stdout, StringComparison.Ordinal);
        Assert.Contains("--format", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error()
    {
        var (code, stdout, stderr) = Run("extract");
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("marsad:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        Assert.Equal(2, Run("extract", Sample, "--no-such-option").Code);
        Assert.Equal(2, Run("extract", "--no-such-option").Code);
        Assert.Equal(2, Run("no-such-command").Code);
    }

    [Fact]
    public void A_bad_format_is_a_usage_error()
    {
        Assert.Equal(2, Run("extract", Sample, "--format", "xml").Code);
    }

    [Theory]
    [InlineData("24/02/2016")]
    [InlineData("2016-02-30")]
    [InlineData("أمس")]
    public void A_bad_publication_date_is_a_usage_error(string date)
    {
        var (code, stdout, stderr) = Run("extract", Sample, "--published", date);
        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("--published", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_unreadable_input()
    {
        var missing = Path.Combine(_dir, "no-such-article.txt");
        var (code, stdout, stderr) = Run("extract", missing);
        Assert.Equal(3, code);
        Assert.Empty(stdout);
        Assert.Contains("no-such-article.txt", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_give_one_result_a_line_and_a_bad_line_becomes_an_error_record()
    {
        var input = Path.Combine(_dir, "articles.jsonl");
        File.WriteAllLines(input,
        [
            JsonSerializer.Serialize(new { id = "good-1", text = "قصفت طائرات حربية بلدة في ريف حلب يوم الخميس.", published = "2016-02-18" }),
            "{\"id\": \"bad-2\", \"text\": ",
        ]);
        var (code, stdout, stderr) = Run("extract", "--jsonl", input);
        Assert.Equal(0, code);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);

        using var good = JsonDocument.Parse(lines[0]);
        Assert.Equal("good-1", good.RootElement.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal("2016-02-18", good.RootElement.GetProperty("document").GetProperty("published").GetString());
        Assert.False(good.RootElement.TryGetProperty("error", out _));

        using var bad = JsonDocument.Parse(lines[1]);
        Assert.Contains("line 2", bad.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, bad.RootElement.GetProperty("events").GetArrayLength());
        Assert.Contains("2 articles (1 error)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_line_without_text_is_an_error_record_with_its_id()
    {
        var input = Path.Combine(_dir, "no-text.jsonl");
        File.WriteAllText(input, "{\"id\": \"x-7\", \"title\": \"عنوان\"}\n");
        var (code, stdout, _) = Run("extract", "--jsonl", input);
        Assert.Equal(0, code);
        using var record = JsonDocument.Parse(stdout);
        Assert.Equal("x-7", record.RootElement.GetProperty("document").GetProperty("id").GetString());
        Assert.True(record.RootElement.TryGetProperty("error", out _));
    }

    [Fact]
    public void A_missing_json_lines_file_is_unreadable_input()
    {
        Assert.Equal(3, Run("extract", "--jsonl", Path.Combine(_dir, "none.jsonl")).Code);
    }
}
