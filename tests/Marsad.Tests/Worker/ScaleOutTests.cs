using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Marsad.Store;
using Marsad.Tests.Store;
using Marsad.Worker;
using static Marsad.Tests.Worker.WorkerFixtures;

namespace Marsad.Tests.Worker;

/// <summary>
/// Several <c>marsad worker</c> processes on one queue (a real nats-server, MARSAD_NATS) and one
/// PostgreSQL store (MARSAD_PG), against a single in-process ingest of the same articles: killed
/// workers and a restarted server must change nothing in the store.
/// </summary>
public sealed class ScaleOutTests : IDisposable
{
    private static readonly DateOnly Published = new(2016, 2, 18);
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-scale-").FullName;
    private readonly PostgresBackend _backend = new();

    public void Dispose()
    {
        _backend.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [ScaleOutFact]
    public async Task Three_workers_one_killed_by_SIGKILL_store_every_article_exactly_once_as_a_single_ingest_does()
    {
        var (corpus, what) = Corpus(Path.Combine(_dir, "in"), 600);
        var single = SingleIngest(corpus);
        var shared = _backend.NewStore("workers");
        var queue = NewQueue("kill");
        await using var nats = await ConnectAsync();
        try
        {
            await new ArticlePublisher(nats, queue, Published).RunAsync(IngestInputs.Enumerate([corpus]));
            var workers = Enumerable.Range(0, 3).Select(_ => StartWorker(NatsUrl!, shared, queue,
                "--batch", "8", "--ack-wait", "5", "--exit-when-empty", "--consolidate-every", "3")).ToList();
            try
            {
                var expected = StoreFixtures.Counts(single).Documents;
                var waited = Stopwatch.StartNew();
                while (!workers[0].HasExited && _backend.StoredDocuments(shared) < expected / 5 && waited.Elapsed < TimeSpan.FromMinutes(5))
                {
                    Thread.Sleep(50);
                }
                Assert.False(workers[0].HasExited, $"worker 0 finished before it could be killed ({what})");
                workers[0].Kill();
                workers[0].WaitForExit();
                foreach (var w in workers.Skip(1))
                {
                    WaitOrKill(w, TimeSpan.FromMinutes(10));
                    Assert.Equal(0, w.ExitCode);
                }
            }
            finally
            {
                workers.ForEach(w => w.Dispose());
            }
            AssertSameStore(single, shared, what);
        }
        finally
        {
            await DeleteAsync(nats, queue);
        }
    }

    [ScaleOutFact]
    public async Task Workers_recover_when_the_nats_server_restarts_mid_run_and_store_what_a_single_ingest_stores()
    {
        var corpus = StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 800);
        var single = SingleIngest(corpus);
        var shared = _backend.NewStore("restart");
        // A server of its own: restarting the one other tests use would pull it from under them.
        var env = new Dictionary<string, string>
        {
            ["MARSAD_NATS_DIR"] = Path.Combine(_dir, "nats"),
            ["MARSAD_NATS_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var url = Script("nats-start.sh", env);
        try
        {
            var queue = NewQueue("restart");
            await using (var nats = await ConnectAsync(url))
            {
                await new ArticlePublisher(nats, queue, Published).RunAsync(IngestInputs.Enumerate([corpus]));
            }
            var workers = Enumerable.Range(0, 2).Select(_ => StartWorker(url, shared, queue,
                "--batch", "4", "--ack-wait", "5", "--exit-when-empty", "--consolidate-every", "0")).ToList();
            try
            {
                var waited = Stopwatch.StartNew();
                while (!workers.TrueForAll(w => w.HasExited) && _backend.StoredDocuments(shared) < 40 && waited.Elapsed < TimeSpan.FromMinutes(5))
                {
                    Thread.Sleep(50);
                }
                Script("nats-stop.sh", env);
                var before = _backend.StoredDocuments(shared);
                Assert.InRange(before, 40, 799);
                Thread.Sleep(2000);
                Assert.All(workers, w => Assert.False(w.HasExited, "a worker gave up while the server was down"));
                Assert.Equal(url, Script("nats-start.sh", env));
                foreach (var w in workers)
                {
                    WaitOrKill(w, TimeSpan.FromMinutes(10));
                    Assert.Equal(0, w.ExitCode);
                }
            }
            finally
            {
                workers.ForEach(w => w.Dispose());
            }
            AssertSameStore(single, shared, "800 generated articles");
        }
        finally
        {
            Script("nats-stop.sh", env, "--purge");
        }
    }

    private string SingleIngest(string corpus)
    {
        var single = _backend.NewStore("single");
        StoreFixtures.Ingest(single, IngestInputs.Enumerate([corpus]), threads: 2);
        using var db = MarsadStore.Open(single);
        db.Rebuild();
        return single;
    }

    /// <summary>The same documents (by content hash, each once), the same events per document, the
    /// same mention counts, and the same consolidated events: as the workers' own rebuild left them,
    /// and again after a full <c>marsad consolidate</c>.</summary>
    private static void AssertSameStore(string single, string shared, string what)
    {
        Assert.Equal(StoreFixtures.EventsByHash(single), StoreFixtures.EventsByHash(shared));
        Assert.Equal(StoreFixtures.Counts(single), StoreFixtures.Counts(shared));
        var expected = Consolidated(single);
        Assert.False(string.IsNullOrEmpty(expected), $"no consolidated events from {what}");
        Assert.Equal(expected, Consolidated(shared));
        var (code, _, err) = Run("consolidate", "--store", shared);
        Assert.True(code == 0, err);
        Assert.Equal(expected, Consolidated(shared));
    }

    private static string Consolidated(string store)
    {
        var (code, output, err) = Run("query", "--store", store, "--consolidated", "--format", "jsonl", "--limit", "0");
        Assert.True(code == 0, err);
        return output;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
