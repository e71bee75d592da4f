using System.Diagnostics;
using System.Text;
using Marsad.Store;
using Marsad.Tests.Store;
using Marsad.Worker;
using NATS.Client.JetStream;
using static Marsad.Tests.Worker.WorkerFixtures;

namespace Marsad.Tests.Worker;

/// <summary>The queue and one worker against a real nats-server (MARSAD_NATS), storing into SQLite.</summary>
public sealed class WorkerQueueTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-worker-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Queuing_to_a_server_that_does_not_answer_is_an_input_error_naming_it()
    {
        var (code, _, err) = Run("ingest", StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 1), "--to", "nats://127.0.0.1:1");
        Assert.Equal(3, code);
        Assert.Contains("nats://127.0.0.1:1", err, StringComparison.Ordinal);
        Assert.Contains("cannot reach the NATS server", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Queuing_with_both_a_queue_and_a_store_is_a_usage_error()
    {
        var (code, _, err) = Run("ingest", StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 1), "--to", "nats://127.0.0.1:1", "--store", "x.db");
        Assert.Equal(2, code);
        Assert.Contains("--to", err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_queue_name_with_capitals_or_spaces_is_a_usage_error_because_it_names_streams_and_subjects()
    {
        foreach (var name in new[] { "Marsad", "my queue", "" })
        {
            var (code, _, err) = Run("worker", "--from", "nats://127.0.0.1:1", "--queue", name, "--dead-letters");
            Assert.Equal(2, code);
            Assert.Contains("queue name", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_article_message_keeps_the_input_bytes_and_comes_back_as_the_same_item()
    {
        var line = new JsonLineItem("feed.jsonl", 7, """{"id":"x1","text":"قصفت قوات النظام بلدة خناصر"}""");
        var message = ArticleEnvelope.Encode(line, "abc", new DateOnly(2015, 7, 3));
        var (item, published, hash) = ArticleEnvelope.Decode(message);
        Assert.Equal(line, item);
        Assert.Equal(new DateOnly(2015, 7, 3), published);
        Assert.Equal("abc", hash);
        var bytes = Encoding.UTF8.GetBytes("قصف على منبج");
        var (file, _, _) = ArticleEnvelope.Decode(ArticleEnvelope.Encode(new FileItem("a.txt", bytes), "h", null));
        Assert.Equal(bytes, Assert.IsType<FileItem>(file).Bytes);
        Assert.Throws<IngestItemException>(() => ArticleEnvelope.Decode("لا شيء"u8));
    }

    [NatsFact]
    public async Task Queuing_the_same_articles_twice_queues_each_once_because_the_content_hash_is_the_message_id()
    {
        var queue = NewQueue("dup");
        await using var nats = await ConnectAsync();
        try
        {
            var input = StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 12);
            // A re-crawl of article 0 with harakat: another file, the same folded body.
            File.WriteAllText(Path.Combine(input, "b0000.txt"), StoreFixtures.Article(0).Replace("قصفت", "قَصَفَت", StringComparison.Ordinal));
            var first = await new ArticlePublisher(nats, queue, null).RunAsync(IngestInputs.Enumerate([input]));
            Assert.Equal((13L, 12L, 1L, 0L), (first.Read, first.Published, first.Duplicates, first.Errors));
            var second = await new ArticlePublisher(nats, queue, null).RunAsync(IngestInputs.Enumerate([input]));
            Assert.Equal((13L, 0L, 13L), (second.Read, second.Published, second.Duplicates));
            Assert.Equal(12UL, await QueuedAsync(nats, queue));
        }
        finally
        {
            await DeleteAsync(nats, queue);
        }
    }

    [NatsFact]
    public async Task An_article_larger_than_the_servers_message_limit_is_refused_with_a_clear_error_and_the_rest_are_queued()
    {
        var queue = NewQueue("big");
        await using var nats = await ConnectAsync();
        try
        {
            var input = StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 3);
            var limit = nats.ServerInfo!.MaxPayload;
            var big = new StringBuilder("تقرير طويل\n\n");
            while (Encoding.UTF8.GetByteCount(big.ToString()) <= limit)
            {
                big.Append(StoreFixtures.Article(big.Length)).Append("\n\n");
            }
            File.WriteAllText(Path.Combine(input, "big.txt"), big.ToString());
            var (code, _, err) = Run("ingest", input, "--to", NatsUrl!, "--queue", queue.Name);
            Assert.Equal(0, code);
            Assert.Contains("big.txt", err, StringComparison.Ordinal);
            Assert.Contains("max_payload", err, StringComparison.Ordinal);
            Assert.Contains("3 queued", err, StringComparison.Ordinal);
            Assert.Contains("1 errors", err, StringComparison.Ordinal);
            Assert.Equal(3UL, await QueuedAsync(nats, queue));
        }
        finally
        {
            await DeleteAsync(nats, queue);
        }
    }

    [NatsFact]
    public async Task An_article_that_fails_every_delivery_goes_to_the_dead_letters_with_its_error_and_the_others_are_stored()
    {
        var queue = NewQueue("dead");
        await using var nats = await ConnectAsync();
        try
        {
            var input = StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 4);
            await new ArticlePublisher(nats, queue, null).RunAsync(IngestInputs.Enumerate([input]));
            // A message no worker can read (not written by 'ingest --to').
            var js = new NatsJSContext(nats);
            (await js.PublishAsync(queue.Subject, "ليست مقالة"u8.ToArray())).EnsureSuccess();
            var store = Path.Combine(_dir, "w.db");
            var log = new List<string>();
            // A good article that outlives the ack wait on a loaded machine comes back once more and
            // is counted as a retry, stored once (its content hash): so the retries are at least
            // one (the bad message's), not exactly one. The pipeline's data is loaded before the
            // clock starts and the wait is long (the bad message is nak'ed, so its redelivery does
            // not wait for it).
            StoreFixtures.Pipeline.Extract(new Marsad.Ingestion.Article { Source = "warm", Body = "قصفت الطائرات مدينة حمص أمس." });
            WorkerStats stats;
            using (var db = MarsadStore.Open(store))
            {
                var worker = new ArticleWorker(nats, queue, db, StoreFixtures.Pipeline, new WorkerOptions
                {
                    MaxDeliver = 2, AckWait = TimeSpan.FromSeconds(30), ExitWhenEmpty = true, Log = log.Add,
                });
                stats = await worker.RunAsync(CancellationToken.None, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));
            }
            // The worker's log is in the message: a count off by one says which delivery failed.
            Assert.True((stats.New, stats.DeadLetters) == (4L, 1L) && stats.Retried >= 1, $"{stats}\n{string.Join('\n', log)}");
            Assert.Equal(4, StoreFixtures.Counts(store).Documents);
            Assert.Equal(0UL, await QueuedAsync(nats, queue));
            var (code, output, err) = Run("worker", "--from", NatsUrl!, "--queue", queue.Name, "--dead-letters");
            Assert.Equal(0, code);
            var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.True(line.Contains("not a Marsad article message", StringComparison.Ordinal), $"{line}\n{string.Join('\n', log)}");
            // Dead-lettered at its second delivery, or at a third when the second's verdict was lost
            // on a loaded machine (seen once in CI: a dead letter with 3 deliveries), still with its own reason.
            var deliveries = int.Parse(line.Split('\t')[3], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(deliveries is 2 or 3, $"{line}\n{string.Join('\n', log)}");
            Assert.Contains("1 dead letters", err, StringComparison.Ordinal);
        }
        finally
        {
            await DeleteAsync(nats, queue);
        }
    }

    [NatsFact]
    public async Task A_worker_stopped_by_SIGTERM_finishes_its_batch_so_every_article_is_stored_or_still_queued()
    {
        var queue = NewQueue("term");
        await using var nats = await ConnectAsync();
        try
        {
            const int count = 300;
            var input = StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), count);
            await new ArticlePublisher(nats, queue, new DateOnly(2016, 2, 18)).RunAsync(IngestInputs.Enumerate([input]));
            var store = Path.Combine(_dir, "w.db");
            using var sqlite = new SqliteBackend();
            using (var child = StartWorker(NatsUrl!, store, queue, "--batch", "4", "--ack-wait", "120"))
            {
                var waited = Stopwatch.StartNew();
                while (!child.HasExited && sqlite.StoredDocuments(store) < 20 && waited.Elapsed < TimeSpan.FromMinutes(3))
                {
                    Thread.Sleep(50);
                }
                Assert.False(child.HasExited, "the worker finished before it could be stopped: give it more articles");
                using (var kill = Process.Start("kill", ["-TERM", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                {
                    kill.WaitForExit();
                }
                WaitOrKill(child, TimeSpan.FromMinutes(1));
                Assert.Equal(0, child.ExitCode);
            }
            // Nothing left in flight: with an ack wait of two minutes, an article the worker held
            // without acking or naking it would still count here.
            var consumer = await new NatsJSContext(nats).GetConsumerAsync(queue.Stream, queue.Consumer);
            Assert.Equal(0, consumer.Info.NumAckPending);
            var stored = StoreFixtures.Counts(store).Documents;
            var queued = await QueuedAsync(nats, queue);
            Assert.InRange(stored, 20, count - 1);
            Assert.Equal((ulong)count, (ulong)stored + queued);
        }
        finally
        {
            await DeleteAsync(nats, queue);
        }
    }
}
