using System.CommandLine;
using System.Text.Json;
using Marsad.Cli;
using Marsad.Tests.Store;

namespace Marsad.Tests.Routes;

/// <summary>The seed article ingested with its publication date, then <c>marsad routes</c> as a user runs it.</summary>
public sealed class RoutesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-routes-").FullName;
    private readonly string _store;

    public RoutesCommandTests()
    {
        _store = Path.Combine(_dir, "m.db");
        var seed = Path.Combine(AppContext.BaseDirectory, "samples", "khanaser-goals.txt");
        Assert.Equal(0, StoreFixtures.Run("ingest", seed, "--published", "2016-02-24", "--store", _store).Code);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static (int Code, string Out, string Err) Routes(params string[] args)
    {
        var root = new RootCommand("marsad") { RoutesCommand.Create() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliRunner.Run(root, ["routes", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Near_Aleppo_on_the_seeds_day_the_Hama_Aleppo_road_is_cut_at_Khanaser_with_its_source()
    {
        var (code, output, _) = Routes("--store", _store, "--near", "حلب", "--on", "2016-02-24");

        Assert.Equal(0, code);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("[sy-khanaser]", StringComparison.Ordinal));
        Assert.StartsWith("cut\t2016-02-24\t2016-02-24\t", line, StringComparison.Ordinal);
        Assert.Contains("\tخناصر\tISIL\t", line, StringComparison.Ordinal);
        Assert.Contains("4th («للمرة الرابعة»)", line, StringComparison.Ordinal);
        Assert.Contains("khanaser-goals.txt", output, StringComparison.Ordinal);
        Assert.Contains("«داعش» قد قطع الطريق", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Curated_leaves_out_the_places_the_events_made_and_all_adds_the_untouched_roads()
    {
        var (_, curated, _) = Routes("--store", _store, "--curated", "--format", "json");
        var (_, all, _) = Routes("--store", _store, "--all", "--format", "json");

        using var c = JsonDocument.Parse(curated);
        Assert.All(c.RootElement.GetProperty("routes").EnumerateArray(), r => Assert.True(r.GetProperty("curated").GetBoolean()));
        using var a = JsonDocument.Parse(all);
        Assert.Contains(a.RootElement.GetProperty("routes").EnumerateArray(), r => r.GetProperty("id").GetString() == "ye-hodeidah-sanaa" && r.GetProperty("state").GetString() == "unknown");
    }

    [Fact]
    public void Near_Damascus_the_roads_of_Aleppo_are_not_listed_until_the_radius_reaches_them()
    {
        var (_, near, _) = Routes("--store", _store, "--near", "دمشق", "--km", "25");
        var (_, wide, _) = Routes("--store", _store, "--near", "33.51,36.29", "--km", "400");

        Assert.DoesNotContain("[sy-khanaser]", near, StringComparison.Ordinal);
        Assert.EndsWith("0 routes", near.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("[sy-khanaser]", wide, StringComparison.Ordinal);
    }

    [Fact]
    public void The_intended_closure_of_the_Castello_crossing_is_listed_as_a_warning_without_a_state()
    {
        var (_, output, _) = Routes("--store", _store, "--on", "2016-02-24");

        var lines = output.Split('\n');
        var row = Array.FindIndex(lines, l => l.Contains("[crossing-castello]", StringComparison.Ordinal));
        Assert.StartsWith("unknown\t-\t", lines[row], StringComparison.Ordinal);
        Assert.EndsWith("\t1", lines[row].TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith("  warning: intended BLOCKADE", lines[row + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_earlier_the_same_road_was_open_again_after_the_army_retook_Khanaser()
    {
        var (_, output, _) = Routes("--store", _store, "--near", "حلب", "--on", "2015-06-01");

        Assert.StartsWith("open\t2015-01\t2015-01\t", Assert.Single(output.Split('\n'), l => l.Contains("[sy-khanaser]", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_routes_history_lists_every_change_with_its_rule_and_the_predicted_capture_as_a_warning()
    {
        var (code, output, _) = Routes("--store", _store, "--route", "حماة-حلب");

        Assert.Equal(0, code);
        Assert.Contains("CAPTURE of «خناصر» by SYR-MIL, last held by ISIL", output, StringComparison.Ordinal);
        Assert.Contains("REOPEN opens it at «خناصر»", output, StringComparison.Ordinal);
        Assert.Contains("BLOCKADE cuts it at «خناصر», 1st cut in the timeline; the article says 4th («للمرة الرابعة»)", output, StringComparison.Ordinal);
        Assert.Contains("warning: predicted CAPTURE", output, StringComparison.Ordinal);
    }

    [Fact]
    public void GeoJSON_gives_each_road_as_a_LineString_with_its_state_and_sources()
    {
        var (code, output, _) = Routes("--store", _store, "--on", "2016-02-24", "--format", "geojson");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var feature = doc.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "sy-khanaser");
        Assert.Equal("LineString", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(6, feature.GetProperty("geometry").GetProperty("coordinates").GetArrayLength());
        var props = feature.GetProperty("properties");
        Assert.Equal("cut", props.GetProperty("state").GetString());
        Assert.Equal("خناصر", props.GetProperty("at").GetString());
        Assert.Equal(4, props.GetProperty("claimed_nth").GetInt32());
        Assert.Equal("BLOCKADE", props.GetProperty("sources")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void JSON_carries_the_whole_history_of_each_route()
    {
        var (code, output, _) = Routes("--store", _store, "--route", "sy-khanaser", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var route = doc.RootElement.GetProperty("routes")[0];
        Assert.Equal(["contested", "open", "cut"], route.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("state").GetString()));
        Assert.Equal(1, route.GetProperty("cuts_total").GetInt32());
    }

    [Fact]
    public void Bad_input_is_a_usage_error_and_a_missing_store_an_input_error()
    {
        Assert.Equal(2, Routes("--store", _store, "--on", "24/02/2016").Code);
        Assert.Equal(2, Routes("--store", _store, "--route", "طريق لا يوجد").Code);
        Assert.Equal(2, Routes("--store", _store, "--near", "مكان لا يعرفه أحد").Code);
        Assert.Equal(2, Routes("--store", _store, "--state", "closed").Code);
        Assert.Equal(2, Routes("--store", _store, "--format", "kml").Code);
        Assert.Equal(3, Routes("--store", Path.Combine(_dir, "absent.db")).Code);
    }
}

/// <summary>The same layer from a PostgreSQL store (run where MARSAD_PG is set, as in CI).</summary>
[Trait("Category", "PostgreSQL")]
public sealed class RoutesPostgresTests : IDisposable
{
    private readonly PostgresBackend _pg = new();
    private readonly SqliteBackend _sqlite = new();

    public void Dispose()
    {
        _pg.Dispose();
        _sqlite.Dispose();
    }

    private static string Layer(string store)
    {
        var seed = Path.Combine(AppContext.BaseDirectory, "samples", "khanaser-goals.txt");
        Assert.Equal(0, StoreFixtures.Run("ingest", seed, "--published", "2016-02-24", "--store", store).Code);
        var root = new RootCommand("marsad") { RoutesCommand.Create() };
        var stdout = new StringWriter();
        Assert.Equal(0, CliRunner.Run(root, ["routes", "--store", store, "--on", "2016-02-24", "--all"], stdout, new StringWriter()));
        // Document ids differ between stores; everything else must not.
        return System.Text.RegularExpressions.Regex.Replace(stdout.ToString(), @"\(doc\d+", "(doc");
    }

    [PostgresFact]
    public void A_PostgreSQL_store_gives_the_same_routes_as_a_SQLite_store()
    {
        var pg = Layer(_pg.NewStore("routes"));

        Assert.Contains("[sy-khanaser]", pg, StringComparison.Ordinal);
        Assert.Equal(Layer(_sqlite.NewStore("routes")), pg);
    }
}

