using System.CommandLine;
using System.Text.Json;
using Marsad.Cli;
using Marsad.Store;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests.Hardening;

/// <summary>Every fault ends as one line on stderr and a documented exit code, never a stack trace.</summary>
public sealed class ErrorPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-errors-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "khanaser-goals.txt");

    private static (int Code, string Out, string Err) Run(RootCommand root, string[] args, bool debug = false)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliRunner.Run(root, args, stdout, stderr, debug);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (int Code, string Out, string Err) Marsad(params string[] args) => Run(new RootCommand("marsad")
    {
        ExtractCommand.Create(), IngestCommand.Create(), ConsolidateCommand.Create(), QueryCommand.Create(), ExportCommand.Create(),
    }, args);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static RootCommand Throwing(Exception e)
    {
        var command = new Command("boom");
        command.SetAction(new Func<ParseResult, int>(_ => throw e));
        return new RootCommand("marsad") { command };
    }

    [Fact]
    public void An_unforeseen_exception_is_one_line_and_exit_1()
    {
        var (code, stdout, stderr) = Run(Throwing(new IndexOutOfRangeException("Index was outside the bounds of the array.")), ["boom"]);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        var line = Assert.Single(Lines(stderr));
        Assert.StartsWith("marsad: internal error (IndexOutOfRangeException)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Marsad_debug_shows_the_stack_of_an_unforeseen_exception()
    {
        var (code, _, stderr) = Run(Throwing(new InvalidCastException("bad cast")), ["boom"], debug: true);

        Assert.Equal(1, code);
        Assert.Contains("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_disk_full_fault_is_named_plainly()
    {
        var (code, _, stderr) = Run(Throwing(new IOException("No space left on device : '/tmp/x'", 28)), ["boom"]);

        Assert.Equal(1, code);
        Assert.Contains("the disk is full", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, "is read-only")]
    [InlineData(13, "the disk is full")]
    [InlineData(26, "is not a Marsad store")]
    [InlineData(11, "is corrupt")]
    [InlineData(5, "is locked by another process")]
    public void Each_sqlite_fault_has_its_plain_sentence(int code, string words)
    {
        var said = StoreFaults.Describe(new SqliteException("SQLite Error", code), "marsad.db");

        Assert.NotNull(said);
        Assert.Contains(words, said, StringComparison.Ordinal);
        Assert.Contains("marsad.db", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public void A_relative_date_that_falls_off_the_calendar_stays_unresolved(string published)
    {
        var file = Path.Combine(_dir, "a.txt");
        File.WriteAllText(file, "قصف الطيران مدينة حلب أمس وغداً يوم الخميس الماضي والأسبوع المقبل والشهر القادم والعام المقبل.");

        var (code, stdout, stderr) = Marsad("extract", file, "--published", published, "--format", "compact");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(published, json.RootElement.GetProperty("document").GetProperty("published").GetString());
    }

    [Fact]
    public void A_text_file_given_as_the_store_is_not_a_marsad_store()
    {
        var store = Path.Combine(_dir, "notes.db");
        File.WriteAllText(store, "ليست قاعدة بيانات\n");

        var (code, _, stderr) = Marsad("query", "--store", store);

        Assert.Equal(1, code);
        Assert.Equal($"marsad: {store} is not a Marsad store (the file is not a SQLite database)", Assert.Single(Lines(stderr)));
    }

    [Fact]
    public void Another_programs_sqlite_database_is_refused_and_left_untouched()
    {
        var store = Path.Combine(_dir, "other.db");
        using (var c = new SqliteConnection($"Data Source={store};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE contacts (name TEXT)";
            cmd.ExecuteNonQuery();
        }
        var file = Path.Combine(_dir, "a.txt");
        File.WriteAllText(file, "قصفت قوات النظام مدينة حلب.");

        var (code, _, stderr) = Marsad("ingest", file, "--store", store);

        Assert.Equal(1, code);
        Assert.Contains("is not a Marsad store", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
        using var check = new SqliteConnection($"Data Source={store};Pooling=False");
        check.Open();
        using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        Assert.Equal(1L, count.ExecuteScalar());
    }

    [Fact]
    public void A_corrupt_store_is_named_corrupt_or_not_a_store_in_one_line()
    {
        var store = Path.Combine(_dir, "c.db");
        var file = Path.Combine(_dir, "a.txt");
        File.WriteAllText(file, "قصفت قوات النظام مدينة حلب يوم الخميس.");
        Assert.Equal(0, Marsad("ingest", file, "--store", store).Code);
        var bytes = File.ReadAllBytes(store);
        // Pages after the header overwritten: the schema page and the tables are garbage.
        new Random(7).NextBytes(bytes.AsSpan(100, Math.Min(bytes.Length - 100, 8000)));
        File.WriteAllBytes(store, bytes);
        File.Delete(store + "-wal");
        File.Delete(store + "-shm");

        var (code, _, stderr) = Marsad("query", "--store", store);

        Assert.Equal(1, code);
        var line = Assert.Single(Lines(stderr));
        Assert.Matches("is corrupt|is not a Marsad store", line);
    }

    [Fact]
    public void A_folder_given_as_the_store_says_so()
    {
        var (code, _, stderr) = Marsad("query", "--store", _dir);

        Assert.Equal(3, code);
        Assert.Contains("is a folder", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_to_extract_says_it_is_a_folder_not_access_denied()
    {
        var (code, _, stderr) = Marsad("extract", _dir);

        Assert.Equal(3, code);
        var line = Assert.Single(Lines(stderr));
        Assert.Contains("is a folder", line, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_before_the_file_is_blamed_not_the_file()
    {
        var (code, _, stderr) = Marsad("extract", "--bogus", Sample);

        Assert.Equal(2, code);
        Assert.Equal("marsad: unknown option '--bogus' (see 'marsad extract --help')", Assert.Single(Lines(stderr)));
    }

    [Fact]
    public void A_choice_error_is_one_line_listing_the_valid_values()
    {
        var (code, _, stderr) = Marsad("extract", Sample, "--format", "xml");

        Assert.Equal(2, code);
        var line = Assert.Single(Lines(stderr));
        Assert.Contains("'json'", line, StringComparison.Ordinal);
        Assert.Contains("'compact'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_over_max_chars_is_refused_in_one_line()
    {
        var (code, stdout, stderr) = Marsad("extract", Sample, "--max-chars", "100");

        Assert.Equal(3, code);
        Assert.Equal("", stdout);
        Assert.Contains("more than --max-chars 100", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_texts_point_to_the_docs_not_to_the_spec()
    {
        var (_, stdout, _) = Marsad("extract", "--help");

        Assert.Contains("docs/format.md", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("SPEC", stdout, StringComparison.Ordinal);
    }
}
