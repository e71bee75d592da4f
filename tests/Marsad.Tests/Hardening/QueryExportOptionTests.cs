using Marsad.Tests.Store;

namespace Marsad.Tests.Hardening;

/// <summary>Query and export options refuse what would silently mean nothing, and say what is valid.</summary>
public sealed class QueryExportOptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-options-").FullName;

    private readonly string _store;

    public QueryExportOptionTests()
    {
        _store = Path.Combine(_dir, "m.db");
        var (code, _, err) = StoreFixtures.Run("ingest", StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 3), "--store", _store, "--published", "2016-02-18");
        Assert.True(code == 0, err);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("--bbox", "NaN,30,40,40")]
    [InlineData("--bbox", "35,30,Infinity,40")]
    [InlineData("--bbox", "40,30,35,40")]
    [InlineData("--near", "36.2,NaN")]
    [InlineData("--near", "Infinity,0")]
    [InlineData("--near", "95,0")]
    [InlineData("--limit", "-1")]
    public void A_number_that_means_nothing_is_a_usage_error(string option, string value)
    {
        var (code, stdout, stderr) = StoreFixtures.Run("query", "--store", _store, option, value);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith($"marsad: {option} takes", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public void Infinite_km_is_a_usage_error()
    {
        var (code, _, stderr) = StoreFixtures.Run("query", "--store", _store, "--near", "36.2,37.1", "--km", "Infinity");

        Assert.Equal(2, code);
        Assert.Contains("--km", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_type_lists_the_fifteen_valid_ones()
    {
        var (code, _, stderr) = StoreFixtures.Run("query", "--store", _store, "--type", "BOMBING");

        Assert.Equal(2, code);
        var line = Assert.Single(Lines(stderr));
        Assert.Contains("--type 'BOMBING' is unknown", line, StringComparison.Ordinal);
        Assert.Contains("ATTACK_CIVILIANS", line, StringComparison.Ordinal);
        Assert.Contains("THREATEN", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_modality_lists_the_valid_ones()
    {
        var (code, _, stderr) = StoreFixtures.Run("query", "--store", _store, "--modality", "rumoured");

        Assert.Equal(2, code);
        Assert.Contains("asserted, intended, predicted, possible, negated", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_in_lower_case_finds_the_same_events_as_in_upper_case()
    {
        var upper = StoreFixtures.Run("query", "--store", _store, "--type", "REMOTE", "--format", "jsonl");
        var lower = StoreFixtures.Run("query", "--store", _store, "--type", "remote", "--format", "jsonl");

        Assert.Equal(0, lower.Code);
        Assert.NotEqual("", upper.Out);
        Assert.Equal(upper.Out, lower.Out);
    }

    [Fact]
    public void The_table_has_a_header_row_and_counts_in_good_english()
    {
        var (code, stdout, _) = StoreFixtures.Run("query", "--store", _store, "--limit", "1");

        Assert.Equal(0, code);
        var lines = Lines(stdout);
        Assert.StartsWith("id\tdate\ttype\tmodality\tactor1", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 event", lines[^1]);
    }

    [Fact]
    public void Store_help_of_query_does_not_promise_to_create_the_store()
    {
        var (_, query, _) = StoreFixtures.Run("query", "--help");
        var (_, ingest, _) = StoreFixtures.Run("ingest", "--help");

        Assert.DoesNotContain("created when absent", query, StringComparison.Ordinal);
        Assert.Contains("created when absent", ingest, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_to_a_folder_is_a_usage_error()
    {
        var (code, _, stderr) = StoreFixtures.Run("export", "--store", _store, "--format", "acled-csv", "--out", _dir);

        Assert.Equal(2, code);
        Assert.Contains("is a folder", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_to_a_path_that_cannot_be_written_is_one_line_and_leaves_nothing()
    {
        var target = Path.Combine(_dir, "no-such-folder", "events.csv");

        var (code, _, stderr) = StoreFixtures.Run("export", "--store", _store, "--format", "acled-csv", "--out", target);

        Assert.Equal(3, code);
        Assert.Contains("cannot write there", Assert.Single(Lines(stderr)), StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Export_to_a_file_writes_it_whole_and_leaves_no_partial_file_beside_it()
    {
        var target = Path.Combine(_dir, "events.csv");

        var (code, _, stderr) = StoreFixtures.Run("export", "--store", _store, "--format", "acled-csv", "--out", target);

        Assert.True(code == 0, stderr);
        Assert.StartsWith("event_id_cnty", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(["events.csv"], Directory.GetFiles(_dir).Select(Path.GetFileName).Where(f => f!.Contains("events", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_store_opened_to_read_is_never_written()
    {
        var before = File.GetLastWriteTimeUtc(_store);
        var size = new FileInfo(_store).Length;

        var (code, _, _) = StoreFixtures.Run("query", "--store", _store, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(size, new FileInfo(_store).Length);
        Assert.Equal(before, File.GetLastWriteTimeUtc(_store));
    }

    [Theory]
    [InlineData("@SyriaCivilDef")]
    [InlineData("@\u0000")]
    public void A_value_that_opens_with_at_is_a_word_not_a_response_file(string value)
    {
        var (code, _, stderr) = StoreFixtures.Run("query", "--store", _store, "--actor", value);

        Assert.True(code == 0, stderr);
    }
}
