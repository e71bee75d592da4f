using System.Diagnostics;
using System.Text;
using Marsad.Store;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests.Store;

public sealed class IngestTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-store-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IngestStats Ingest(string store, IEnumerable<IngestItem> items, int threads = 1, int batch = 64, CancellationToken cancel = default, Action<IngestStats>? progress = null)
    {
        using var db = MarsadStore.Open(store);
        var ingester = new Ingester(db, StoreFixtures.Pipeline, new IngestOptions { Threads = threads, BatchSize = batch, DefaultPublished = new DateOnly(2016, 2, 18), Progress = progress });
        return ingester.RunAsync(items, cancel).GetAwaiter().GetResult();
    }

    private static StoreCounts Counts(string store)
    {
        using var db = MarsadStore.Open(store);
        return db.Counts();
    }

    /// <summary>Events per document, keyed by content hash: equal stores hold equal maps.</summary>
    private static SortedDictionary<string, long> EventsByHash(string store)
    {
        using var db = MarsadStore.Open(store);
        using var cmd = db.Connection.CreateCommand();
        cmd.CommandText = "SELECT d.content_hash, count(e.id) FROM documents d LEFT JOIN events e ON e.document_id = d.id GROUP BY d.id";
        using var r = cmd.ExecuteReader();
        var map = new SortedDictionary<string, long>(StringComparer.Ordinal);
        while (r.Read())
        {
            map[r.GetString(0)] = r.GetInt64(1);
        }
        return map;
    }

    [Fact]
    public void Ingesting_the_same_folder_twice_adds_no_rows()
    {
        var articles = StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 12);
        var store = Path.Combine(_dir, "m.db");
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

    [Fact]
    public void An_article_repeated_with_other_harakat_and_spacing_is_a_duplicate()
    {
        var store = Path.Combine(_dir, "m.db");
        var lines = new StringBuilder()
            .AppendLine("""{"id": "a", "text": "قصفت قوات النظام مدينة منبج يوم الخميس.", "published": "2016-02-18"}""")
            .AppendLine("""{"id": "b", "text": "قصفَت قوّات  النظام مدينة منبج يوم الخميس.", "published": "2016-02-18"}""")
            .AppendLine("""{"id": "c", "html": "<html><body><p>سيطر تنظيم داعش على بلدة مارع.</p></body></html>"}""")
            .AppendLine("""{"id": "d"}""")
            .ToString();
        var stats = Ingest(store, IngestInputs.Enumerate(["-"], new StringReader(lines)));
        Assert.Equal(4, stats.Read);
        Assert.Equal(2, stats.New);
        Assert.Equal(1, stats.Duplicates);
        Assert.Equal(1, stats.Errors);
        Assert.Equal(2, Counts(store).Documents);
    }

    [Fact]
    public void A_cancelled_ingest_keeps_only_whole_batches_and_a_rerun_equals_an_uninterrupted_run()
    {
        var articles = StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 40);
        var fresh = Path.Combine(_dir, "fresh.db");
        Ingest(fresh, IngestInputs.Enumerate([articles]), batch: 8);
        var interrupted = Path.Combine(_dir, "interrupted.db");
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

    [Fact]
    public void A_killed_ingest_process_leaves_a_consistent_store_that_a_rerun_completes()
    {
        var articles = StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 400);
        var store = Path.Combine(_dir, "killed.db");
        var cli = Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "ingest", articles, "--store", store, "--batch", "4", "--published", "2016-02-18" })
        {
            start.ArgumentList.Add(arg);
        }
        using (var child = Process.Start(start)!)
        {
            // Killed as soon as a few batches are in: the writer is then inside a transaction or between two.
            while (!child.HasExited && StoredDocuments(store) < 12)
            {
                Thread.Sleep(20);
            }
            Assert.False(child.HasExited, "the child finished before it could be killed: give it more articles");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        var partial = EventsByHash(store);
        Assert.InRange(partial.Count, 12, 399);
        var fresh = Path.Combine(_dir, "fresh.db");
        Ingest(fresh, IngestInputs.Enumerate([articles]));
        var whole = EventsByHash(fresh);
        Assert.All(partial, kv => Assert.Equal(whole[kv.Key], kv.Value));
        Ingest(store, IngestInputs.Enumerate([articles]));
        Assert.Equal(whole, EventsByHash(store));
        Assert.Equal(Counts(fresh) with { Consolidated = 0 }, Counts(store) with { Consolidated = 0 });
    }

    private static long StoredDocuments(string store)
    {
        if (!File.Exists(store))
        {
            return 0;
        }
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
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

    [Fact]
    public void A_folder_is_read_recursively_for_text_html_and_json_lines_only()
    {
        var root = Path.Combine(_dir, "tree");
        Directory.CreateDirectory(Path.Combine(root, "sub", "deeper"));
        File.WriteAllText(Path.Combine(root, "one.txt"), StoreFixtures.Article(1));
        File.WriteAllText(Path.Combine(root, "sub", "two.html"), "<html><head><title>خبر</title></head><body><p>" + StoreFixtures.Article(2) + "</p></body></html>");
        File.WriteAllText(Path.Combine(root, "sub", "deeper", "three.HTM"), "<html><body><p>" + StoreFixtures.Article(3) + "</p></body></html>");
        File.WriteAllText(Path.Combine(root, "sub", "many.jsonl"),
            "{\"id\": \"x1\", \"text\": \"" + StoreFixtures.Article(4).Replace("\n", "\\n", StringComparison.Ordinal) + "\", \"source\": \"outlet\", \"crawled_at\": \"2013-02-01T10:00:00\"}\n\n" +
            "{\"id\": \"x2\", \"text\": \"" + StoreFixtures.Article(5).Replace("\n", "\\n", StringComparison.Ordinal) + "\", \"published\": \"2013-02-03\"}\n");
        File.WriteAllText(Path.Combine(root, "notes.md"), "ليس خبراً");
        File.WriteAllText(Path.Combine(root, "data.json"), "{}");
        var items = IngestInputs.Enumerate([root]).ToList();
        Assert.Equal(["one.txt", "three.HTM", "many.jsonl:1", "many.jsonl:3", "two.html"],
            items.Select(i => Path.GetFileName(i.Origin)).ToList());
        var store = Path.Combine(_dir, "m.db");
        Assert.Equal(5, Ingest(store, items).New);
        using var db = MarsadStore.Open(store);
        using var cmd = db.Connection.CreateCommand();
        cmd.CommandText = "SELECT source || '|' || published FROM documents WHERE external_id IN ('x1', 'x2') ORDER BY external_id";
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read())
        {
            rows.Add(r.GetString(0));
        }
        // The outlet is the source; a crawl time stands in for a missing publication date.
        Assert.Equal(["outlet|2013-02-01", Path.Combine(root, "sub", "many.jsonl") + "|2013-02-03"], rows);
    }
}
