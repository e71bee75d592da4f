using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Marsad.Cli;
using Marsad.Output;
using Marsad.Store;
using Microsoft.Data.Sqlite;
using Npgsql;
using static Marsad.Tests.Store.StoreFixtures;

namespace Marsad.Tests.Store;

/// <summary>Runs only where MARSAD_PG names a PostgreSQL server with PostGIS (scripts/pg-start.sh prints one).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresBackend.BaseUrl is null)
        {
            Skip = "set MARSAD_PG to a PostgreSQL URL or connection string (PostGIS installed; scripts/pg-start.sh starts one) to run";
        }
    }
}

/// <summary>Where a behaviour test keeps its stores: each <see cref="NewStore"/> is a fresh, empty store.</summary>
public abstract class StoreBackend : IDisposable
{
    /// <summary>The --store value of a new empty store named <paramref name="name"/> in this run.</summary>
    public abstract string NewStore(string name);

    /// <summary>Documents in the store; 0 while it has no tables yet.</summary>
    public abstract long StoredDocuments(string store);

    public abstract void Dispose();
}

public sealed class SqliteBackend : StoreBackend
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-sqlite-behaviour-").FullName;

    public override string NewStore(string name) => Path.Combine(_dir, name + ".db");

    public override long StoredDocuments(string store)
    {
        if (!File.Exists(store))
        {
            return 0;
        }
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM documents";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            // The schema is not there yet.
            return 0;
        }
    }

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>Each store is its own schema (dropped at the end) in the MARSAD_PG database, so runs
/// and tests never see each other's rows; PostGIS stays reachable through public on the search path.</summary>
public sealed class PostgresBackend : StoreBackend
{
    private readonly string _run = "marsad_t" + Guid.NewGuid().ToString("N")[..10];
    private readonly List<string> _schemas = [];

    /// <summary>MARSAD_PG as a postgres:// URL (a key=value connection string is converted), or null.</summary>
    public static string? BaseUrl
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("MARSAD_PG");
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }
            if (MarsadStore.IsPostgresLocation(value))
            {
                return value;
            }
            var b = new NpgsqlConnectionStringBuilder(value);
            var user = b.Username is null ? string.Empty : Uri.EscapeDataString(b.Username) + (b.Password is null ? string.Empty : ":" + Uri.EscapeDataString(b.Password)) + "@";
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"postgres://{user}{b.Host}:{b.Port}/{Uri.EscapeDataString(b.Database ?? "postgres")}");
        }
    }

    private static string ConnectionString(string url) => PostgresUrl.ToConnectionString(url);

    public override string NewStore(string name)
    {
        var schema = _run + "_" + name.ToLowerInvariant();
        using (var connection = new NpgsqlConnection(ConnectionString(BaseUrl!)))
        {
            connection.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            cmd.ExecuteNonQuery();
        }
        _schemas.Add(schema);
        return BaseUrl + (BaseUrl!.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + schema + ",public";
    }

    public override long StoredDocuments(string store)
    {
        try
        {
            using var connection = new NpgsqlConnection(ConnectionString(store));
            connection.Open();
            using var cmd = new NpgsqlCommand("SELECT count(*) FROM documents", connection);
            return (long)cmd.ExecuteScalar()!;
        }
        catch (PostgresException)
        {
            return 0;
        }
    }

    public override void Dispose()
    {
        if (_schemas.Count == 0)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ConnectionString(BaseUrl!));
        connection.Open();
        foreach (var schema in _schemas)
        {
            using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            cmd.ExecuteNonQuery();
        }
    }
}

/// <summary>
/// The store's behaviour, written once and run on each backend (SQLite always, PostgreSQL when
/// MARSAD_PG is set): idempotent ingest, crash safety, query filters, order-independent
/// consolidation, the commands, and concurrent writers.
/// </summary>
public abstract class StoreBehaviour(StoreBackend backend) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-behaviour-").FullName;

    protected StoreBackend Backend { get; } = backend;

    public void Dispose()
    {
        Backend.Dispose();
        Directory.Delete(_dir, recursive: true);
        GC.SuppressFinalize(this);
    }


    /// <summary>Consolidated events as the query returns them, with their sources, serialized:
    /// equal strings mean equal answers whatever the backend and the arrival order.</summary>
    private static List<string> Consolidated(string store)
    {
        using var db = MarsadStore.Open(store);
        return [.. db.Run(new EventFilter { Consolidated = true }).Select(r => JsonSerializer.Serialize(r, MarsadJson.Compact))];
    }

    protected void Ingesting_the_same_folder_twice_adds_no_rows_()
    {
        var articles = WriteArticles(Path.Combine(_dir, "in"), 12);
        var store = Backend.NewStore("twice");
        var first = Ingest(store, IngestInputs.Enumerate([articles]));
        var after1 = Counts(store);
        var second = Ingest(store, IngestInputs.Enumerate([articles]), threads: 2);
        var after2 = Counts(store);
        Assert.Equal(12, first.New);
        Assert.True(after1.Events > 0, "the articles carry events");
        Assert.Equal(0, second.New);
        Assert.Equal(12, second.Duplicates);
        Assert.Equal(after1, after2);
    }

    protected void An_article_repeated_with_other_harakat_and_spacing_is_a_duplicate_()
    {
        var store = Backend.NewStore("harakat");
        var lines = new StringBuilder()
            .AppendLine("""{"id": "a", "text": "قصفت قوات النظام مدينة منبج يوم الخميس.", "published": "2016-02-18"}""")
            .AppendLine("""{"id": "b", "text": "قصفَت قوّات  النظام مدينة منبج يوم الخميس.", "published": "2016-02-18"}""")
            .AppendLine("""{"id": "c", "html": "<html><body><p>سيطر تنظيم داعش على بلدة مارع.</p></body></html>"}""")
            .AppendLine("""{"id": "d"}""")
            .ToString();
        var stats = Ingest(store, IngestInputs.Enumerate(["-"], new StringReader(lines)));
        Assert.Equal((4L, 2L, 1L, 1L), (stats.Read, stats.New, stats.Duplicates, stats.Errors));
        Assert.Equal(2, Counts(store).Documents);
    }

    protected void A_cancelled_ingest_keeps_only_whole_batches_and_a_rerun_equals_an_uninterrupted_run_()
    {
        var articles = WriteArticles(Path.Combine(_dir, "in"), 40);
        var fresh = Backend.NewStore("fresh");
        Ingest(fresh, IngestInputs.Enumerate([articles]), batch: 8);
        var interrupted = Backend.NewStore("interrupted");
        using var cancel = new CancellationTokenSource();
        // Cancelled right after the second commit: the third batch is under way and rolls back.
        var commits = 0;
        Assert.ThrowsAny<OperationCanceledException>(() => Ingest(interrupted, IngestInputs.Enumerate([articles]), threads: 2, batch: 8, cancel: cancel.Token,
            progress: _ =>
            {
                if (++commits == 2)
                {
                    cancel.Cancel();
                }
            }));
        var partial = EventsByHash(interrupted);
        Assert.Equal(16, partial.Count);
        var whole = EventsByHash(fresh);
        // Every stored document has all its events: no batch was half written.
        Assert.All(partial, kv => Assert.Equal(whole[kv.Key], kv.Value));
        var rerun = Ingest(interrupted, IngestInputs.Enumerate([articles]), threads: 2, batch: 8);
        Assert.Equal(24, rerun.New);
        Assert.Equal(whole, EventsByHash(interrupted));
        Assert.Equal(Counts(fresh) with { Consolidated = 0 }, Counts(interrupted) with { Consolidated = 0 });
    }

    protected void A_killed_ingest_process_leaves_a_consistent_store_that_a_rerun_completes_()
    {
        const int count = 400;
        var articles = WriteArticles(Path.Combine(_dir, "in"), count);
        var store = Backend.NewStore("killed");
        var cli = Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "ingest", articles, "--store", store, "--batch", "4", "--published", "2016-02-18" })
        {
            start.ArgumentList.Add(arg);
        }
        using (var child = Process.Start(start)!)
        {
            // Killed as soon as a few batches are in: the writer is then inside a transaction or between two.
            while (!child.HasExited && Backend.StoredDocuments(store) < 12)
            {
                Thread.Sleep(20);
            }
            Assert.False(child.HasExited, "the child finished before it could be killed: give it more articles. ");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        var partial = EventsByHash(store);
        Assert.InRange(partial.Count, 12, count - 1);
        var fresh = Backend.NewStore("unkilled");
        Ingest(fresh, IngestInputs.Enumerate([articles]));
        var whole = EventsByHash(fresh);
        Assert.All(partial, kv => Assert.Equal(whole[kv.Key], kv.Value));
        Ingest(store, IngestInputs.Enumerate([articles]));
        Assert.Equal(whole, EventsByHash(store));
        Assert.Equal(Counts(fresh) with { Consolidated = 0 }, Counts(store) with { Consolidated = 0 });
    }

    /// <summary>Two writers on two connections, started together over overlapping inputs (each also
    /// holding the other's articles, in another order), then both rebuilding the consolidation.</summary>
    protected void Two_concurrent_ingests_of_overlapping_inputs_lose_nothing_and_duplicate_nothing_()
    {
        var all = WriteArticles(Path.Combine(_dir, "all"), 90);
        var files = Directory.GetFiles(all).Order(StringComparer.Ordinal).ToList();
        var left = files.Take(60).ToList();
        var right = files.Skip(30).Reverse().ToList();
        var single = Backend.NewStore("single");
        Ingest(single, IngestInputs.Enumerate([all]));
        using (var db = MarsadStore.Open(single))
        {
            db.Rebuild();
        }
        var shared = Backend.NewStore("shared");
        MarsadStore.Open(shared).Dispose();
        using var go = new Barrier(2);
        IngestStats Writer(List<string> paths) => Ingest(shared, IngestInputs.Enumerate([.. paths]), threads: 2, batch: 4);
        var a = Task.Run(() => { go.SignalAndWait(); var s = Writer(left); using var db = MarsadStore.Open(shared); db.Rebuild(); return s; });
        var b = Task.Run(() => { go.SignalAndWait(); var s = Writer(right); using var db = MarsadStore.Open(shared); db.Rebuild(); return s; });
        var (sa, sb) = (a.GetAwaiter().GetResult(), b.GetAwaiter().GetResult());
        Assert.Equal((0L, 0L), (sa.Errors, sb.Errors));
        Assert.Equal(90, sa.New + sb.New);
        Assert.Equal(30, sa.Duplicates + sb.Duplicates);
        Assert.Equal(EventsByHash(single), EventsByHash(shared));
        Assert.Equal(Counts(single), Counts(shared));
        Assert.Equal(Consolidated(single), Consolidated(shared));
    }

    private MarsadStore QueryStore()
    {
        var db = MarsadStore.Open(Backend.NewStore("query"));
        db.WriteBatch(
        [
            Document("قصفت المدفعيّة التركية قرية مارع في ريف حلب الشمالي.", "2016-02-18", "a",
                Event("REMOTE", "TUR", "مارع", 36.576, 37.046, "2016-02-17", 3, actor2: "SDF")),
            Document("سيطر تنظيم داعش على مدينة تدمر بعد معارك عنيفة.", "2015-05-21", "b",
                Event("CAPTURE", "ISIL", "تدمر", 34.56, 38.28, "2015-05", null, admin1: "حمص")),
            Document("اعتقلت القوات العراقية عشرين شخصاً في الموصل.", "2015-08-01", "c",
                Event("ARREST", "IRQ-MIL", "الموصل", 36.34, 43.13, null, null, country: "IQ"),
                Event("ASSAULT", "IRQ-MIL", "الموصل", 36.34, 43.13, null, null, modality: "intended", country: "IQ")),
        ]);
        return db;
    }

    protected void Query_filters_select_by_type_modality_actor_country_date_place_and_folded_text_()
    {
        using var db = QueryStore();
        List<EventRow> Q(EventFilter filter) => db.Run(filter);
        Assert.Equal("مارع", Assert.Single(Q(new EventFilter { Type = "remote" })).LocationName);
        Assert.Equal("ASSAULT", Assert.Single(Q(new EventFilter { Modality = "intended" })).Type);
        Assert.Equal("REMOTE", Assert.Single(Q(new EventFilter { Actor = "SDF" })).Type);
        Assert.Equal(2, Q(new EventFilter { Country = "iq" }).Count);
        Assert.Equal("مارع", Assert.Single(Q(new EventFilter { Admin1 = "حلب" })).LocationName);
        Assert.Equal(4, Q(new EventFilter()).Count);
        Assert.Single(Q(new EventFilter { Limit = 1 }));
        // A month that overlaps counts; an unknown date counts by its publication day.
        Assert.Equal("CAPTURE", Assert.Single(Q(new EventFilter { From = new DateOnly(2015, 5, 10), To = new DateOnly(2015, 5, 12) })).Type);
        Assert.Equal(2, Q(new EventFilter { From = new DateOnly(2015, 7, 30), To = new DateOnly(2015, 8, 2) }).Count);
        Assert.Equal("REMOTE", Assert.Single(Q(new EventFilter { From = new DateOnly(2016, 1, 1) })).Type);
        Assert.Equal("تدمر", Assert.Single(Q(new EventFilter { BoundingBox = (38.0, 34.0, 39.0, 35.0) })).LocationName);
        Assert.Equal("مارع", Assert.Single(Q(new EventFilter { Near = (36.58, 37.05, 5) })).LocationName);
        Assert.Empty(Q(new EventFilter { Near = (36.2, 37.16, 20) }));
        // The body writes «المدفعيّة» with a shadda; the query writes it without.
        Assert.Equal("مارع", Assert.Single(Q(new EventFilter { Text = "المدفعية" })).LocationName);
        Assert.Equal("تدمر", Assert.Single(Q(new EventFilter { Text = "تنظيم  داعش" })).LocationName);
        Assert.Equal(2, Q(new EventFilter { Text = "إعتقلت" }).Count);
        Assert.Empty(Q(new EventFilter { Text = "داعش الموصل" }));
        Assert.Throws<ArgumentException>(() => Q(new EventFilter { Text = "\"" }));
        Assert.Equal(["2015-05-01", "2015-08-01", "2015-08-01", "2016-02-17"], Q(new EventFilter()).Select(r => r.DateStart));
        db.Rebuild();
        Assert.True(Assert.Single(Q(new EventFilter { Consolidated = true, Text = "تدمر" })).Consolidated);
        Assert.Equal(4, Q(new EventFilter { Consolidated = true }).Count);
    }

    protected void The_same_reports_in_two_orders_give_identical_consolidated_events_()
    {
        static List<string> Build(string store, IEnumerable<StoredDocument> docs, int batch)
        {
            using (var db = MarsadStore.Open(store))
            {
                foreach (var chunk in docs.Chunk(batch))
                {
                    db.WriteBatch(chunk);
                }
                db.Rebuild();
            }
            return Consolidated(store);
        }
        var forward = Build(Backend.NewStore("forward"), ConsolidationReports(), batch: 2);
        var backward = Build(Backend.NewStore("backward"), Enumerable.Reverse(ConsolidationReports()), batch: 3);
        Assert.Equal(5, forward.Count(r => r.Contains("\"type\":\"REMOTE\"", StringComparison.Ordinal)));
        Assert.Equal(forward, backward);
        // And the other backend answers the same.
        var sqlite = Path.Combine(_dir, "reference.db");
        Assert.Equal(Build(sqlite, ConsolidationReports(), batch: 7), forward);
        SqliteConnection.ClearAllPools();
    }

    protected void Ingest_then_query_consolidate_and_export_through_the_commands_()
    {
        var input = WriteArticles(Path.Combine(_dir, "in"), 6);
        var store = Backend.NewStore("cli");
        var (code, _, err) = Run("ingest", input, "--store", store, "--threads", "2", "--published", "2016-02-18");
        Assert.True(code == 0, err);
        Assert.Contains("6 articles read, 6 new, 0 duplicates, 0 errors", err, StringComparison.Ordinal);
        (code, var output, err) = Run("query", "--store", store, "--format", "jsonl", "--limit", "0");
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(l).RootElement.GetProperty("type").GetString())));
        (code, _, err) = Run("consolidate", "--store", store);
        Assert.True(code == 0, err);
        var csv = Path.Combine(_dir, "events.csv");
        (code, _, err) = Run("export", "--store", store, "--format", "acled-csv", "--out", csv);
        Assert.True(code == 0, err);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities",
            File.ReadAllText(csv), StringComparison.Ordinal);
    }

}

public sealed class SqliteStoreBehaviourTests() : StoreBehaviour(new SqliteBackend())
{
    [Fact] public void Ingesting_the_same_folder_twice_adds_no_rows() => Ingesting_the_same_folder_twice_adds_no_rows_();
    [Fact] public void An_article_repeated_with_other_harakat_and_spacing_is_a_duplicate() => An_article_repeated_with_other_harakat_and_spacing_is_a_duplicate_();
    [Fact] public void A_cancelled_ingest_keeps_only_whole_batches_and_a_rerun_equals_an_uninterrupted_run() => A_cancelled_ingest_keeps_only_whole_batches_and_a_rerun_equals_an_uninterrupted_run_();
    [Fact] public void A_killed_ingest_process_leaves_a_consistent_store_that_a_rerun_completes() => A_killed_ingest_process_leaves_a_consistent_store_that_a_rerun_completes_();
    [Fact] public void Query_filters_select_by_type_modality_actor_country_date_place_and_folded_text() => Query_filters_select_by_type_modality_actor_country_date_place_and_folded_text_();
    [Fact] public void The_same_reports_in_two_orders_give_identical_consolidated_events() => The_same_reports_in_two_orders_give_identical_consolidated_events_();
    [Fact] public void Ingest_then_query_consolidate_and_export_through_the_commands() => Ingest_then_query_consolidate_and_export_through_the_commands_();
}

[Trait("Category", "PostgreSQL")]
public sealed class PostgresStoreBehaviourTests() : StoreBehaviour(new PostgresBackend())
{
    [PostgresFact] public void Ingesting_the_same_folder_twice_adds_no_rows() => Ingesting_the_same_folder_twice_adds_no_rows_();
    [PostgresFact] public void An_article_repeated_with_other_harakat_and_spacing_is_a_duplicate() => An_article_repeated_with_other_harakat_and_spacing_is_a_duplicate_();
    [PostgresFact] public void A_cancelled_ingest_keeps_only_whole_batches_and_a_rerun_equals_an_uninterrupted_run() => A_cancelled_ingest_keeps_only_whole_batches_and_a_rerun_equals_an_uninterrupted_run_();
    [PostgresFact] public void A_killed_ingest_process_leaves_a_consistent_store_that_a_rerun_completes() => A_killed_ingest_process_leaves_a_consistent_store_that_a_rerun_completes_();
    [PostgresFact] public void Query_filters_select_by_type_modality_actor_country_date_place_and_folded_text() => Query_filters_select_by_type_modality_actor_country_date_place_and_folded_text_();
    [PostgresFact] public void The_same_reports_in_two_orders_give_identical_consolidated_events() => The_same_reports_in_two_orders_give_identical_consolidated_events_();
    [PostgresFact] public void Ingest_then_query_consolidate_and_export_through_the_commands() => Ingest_then_query_consolidate_and_export_through_the_commands_();
    [PostgresFact] public void Two_concurrent_ingests_of_overlapping_inputs_lose_nothing_and_duplicate_nothing() => Two_concurrent_ingests_of_overlapping_inputs_lose_nothing_and_duplicate_nothing_();

    [PostgresFact]
    public void The_events_table_carries_a_gist_indexed_postgis_point()
    {
        var store = Backend.NewStore("postgis");
        using var db = MarsadStore.Open(store);
        db.WriteBatch([Document("قصفت قوات النظام مدينة منبج.", "2016-02-18", "a", Event("REMOTE", "SYR-MIL", "منبج", 36.528, 37.955, "2016-02-18", 4))]);
        using var cmd = db.Connection.CreateCommand();
        cmd.CommandText = """
            SELECT ST_X(geom), ST_Y(geom), ST_SRID(geom),
                   (SELECT count(*) FROM pg_indexes WHERE tablename = 'events' AND indexdef LIKE '%USING gist (geom)%' AND schemaname = current_schema())
            FROM events
            """;
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal((37.955, 36.528, 4326, 1L), (r.GetDouble(0), r.GetDouble(1), r.GetInt32(2), r.GetInt64(3)));
    }
}
