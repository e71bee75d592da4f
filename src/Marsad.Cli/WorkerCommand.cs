using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Marsad.Pipeline;
using Marsad.Worker;
using NATS.Client.Core;

namespace Marsad.Cli;

/// <summary><c>marsad worker --from nats://… --store …</c>: takes articles from the NATS JetStream
/// queue that <c>marsad ingest --to</c> fills, and stores what it extracts; several workers on
/// several machines share one queue and one PostgreSQL store.</summary>
internal static class WorkerCommand
{
    public static Option<string> QueueOption() => new("--queue")
    {
        Description = "Queue name on the NATS server (streams NAME_ARTICLES and NAME_DEAD, subjects NAME.articles and NAME.dead).",
        DefaultValueFactory = _ => ArticleQueue.DefaultName,
    };

    public static ArticleQueue Queue(string name)
    {
        try
        {
            return new ArticleQueue(name);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>Owns a connection in a synchronous command (NatsConnection is only async-disposable).</summary>
    public sealed class Connection(NatsConnection nats) : IDisposable
    {
        public NatsConnection Nats { get; } = nats;

        public void Dispose() => Nats.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Connects, turning an unreachable server into an input error (exit 3) with its URL.</summary>
    public static Connection Connect(string url, string client)
    {
        if (!ArticleQueue.IsNatsLocation(url))
        {
            throw new UsageException($"{url}: name the NATS server as nats://host:port");
        }
        try
        {
            return new Connection(ArticleQueue.ConnectAsync(url, client, CancellationToken.None).GetAwaiter().GetResult());
        }
        catch (Exception e) when (e is NatsException or TimeoutException)
        {
            throw new InputException($"{url}: cannot reach the NATS server ({e.Message}); scripts/nats-start.sh starts one on 127.0.0.1");
        }
    }

    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "The NATS server holding the queue: nats://host:port." };
        var store = IngestCommand.StoreOption();
        var queue = QueueOption();
        var deadLetters = new Option<bool>("--dead-letters") { Description = "List the articles that failed --max-deliver times, with their error, and exit." };
        var batch = new Option<int>("--batch") { Description = "Articles fetched, extracted and committed together (and the most this worker holds unacknowledged).", DefaultValueFactory = _ => 16 };
        var threads = new Option<int>("--threads") { Description = "Extraction threads in this worker.", DefaultValueFactory = _ => 1 };
        var maxDeliver = new Option<int>("--max-deliver") { Description = "Failed deliveries of one article before it goes to the dead letters.", DefaultValueFactory = _ => 5 };
        var ackWait = new Option<double>("--ack-wait") { Description = "Seconds the server waits for an ack before another worker gets the article (a crashed worker's articles come back after it).", DefaultValueFactory = _ => 60 };
        var maxAckPending = new Option<int>("--max-in-flight") { Description = "Articles unacknowledged at once over all workers of the queue.", DefaultValueFactory = _ => 1000 };
        var consolidateEvery = new Option<double>("--consolidate-every") { Description = "Seconds between consolidation rebuilds while new articles arrive (0: only when the worker stops).", DefaultValueFactory = _ => 60 };
        var progressEvery = new Option<double>("--progress-every") { Description = "Seconds between progress lines on stderr.", DefaultValueFactory = _ => 10 };
        var exitWhenEmpty = new Option<bool>("--exit-when-empty") { Description = "Stop once the queue holds no article (nothing waiting, nothing in flight): for batch runs and tests." };
        var command = new Command("worker", "Take articles from a NATS JetStream queue (filled by 'ingest --to nats://…'), extract them and store them; ack after commit, dead-letter repeated failures.")
        {
            from, store, queue, deadLetters, batch, threads, maxDeliver, ackWait, maxAckPending, consolidateEvery, progressEvery, exitWhenEmpty,
        };
        command.SetAction(parse =>
        {
            var url = parse.GetValue(from) ?? throw new UsageException("worker needs --from nats://host:port");
            var q = Queue(parse.GetValue(queue)!);
            var stderr = parse.InvocationConfiguration.Error;
            if (parse.GetValue(deadLetters))
            {
                return ListDeadLetters(url, q, parse.InvocationConfiguration.Output, stderr);
            }
            var options = new WorkerOptions
            {
                BatchSize = Positive(parse.GetValue(batch), "--batch"),
                Threads = Positive(parse.GetValue(threads), "--threads"),
                MaxDeliver = Positive(parse.GetValue(maxDeliver), "--max-deliver"),
                AckWait = Seconds(parse.GetValue(ackWait), "--ack-wait", min: 1),
                MaxAckPending = Positive(parse.GetValue(maxAckPending), "--max-in-flight"),
                ConsolidateEvery = parse.GetValue(consolidateEvery) is var c && c == 0 ? null : Seconds(c, "--consolidate-every", min: 1),
                ProgressEvery = Seconds(parse.GetValue(progressEvery), "--progress-every", min: 0.1),
                ExitWhenEmpty = parse.GetValue(exitWhenEmpty),
                Progress = s => stderr.WriteLine(s.Summary()),
                Log = m => stderr.WriteLine($"marsad worker: {m}"),
            };
            if (options.BatchSize > options.MaxAckPending)
            {
                throw new UsageException("--batch cannot exceed --max-in-flight");
            }
            using var db = IngestCommand.OpenStore(parse.GetValue(store)!, create: true);
            using var nats = Connect(url, $"marsad-worker {Environment.MachineName}:{Environment.ProcessId}");
            var worker = new ArticleWorker(nats.Nats, q, db, MarsadPipeline.CreateDefault(), options);
            using var stop = new CancellationTokenSource();
            using var abort = new CancellationTokenSource();
            // First SIGTERM or Ctrl-C: finish the batch in hand (commit, ack) and stop. Second: nak
            // it so another worker takes it at once, and stop.
            void OnSignal(PosixSignalContext context)
            {
                context.Cancel = true;
                if (stop.IsCancellationRequested)
                {
                    abort.Cancel();
                }
                else
                {
                    stderr.WriteLine("marsad worker: stopping after the batch in hand (signal again to hand it back now)");
                    stop.Cancel();
                }
            }
            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
            var stats = worker.RunAsync(stop.Token, abort.Token).GetAwaiter().GetResult();
            stderr.WriteLine(stats.Summary());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static int ListDeadLetters(string url, ArticleQueue queue, TextWriter stdout, TextWriter stderr)
    {
        using var nats = Connect(url, "marsad-dead-letters");
        var letters = DeadLetter.ReadAllAsync(nats.Nats, queue, CancellationToken.None).GetAwaiter().GetResult();
        foreach (var l in letters)
        {
            stdout.WriteLine(string.Join('\t',
                l.Sequence.ToString(CultureInfo.InvariantCulture), l.Time.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                l.Origin ?? "?", l.Deliveries.ToString(CultureInfo.InvariantCulture), l.Worker, l.Error.ReplaceLineEndings(" ")));
        }
        stderr.WriteLine(FormattableString.Invariant($"marsad worker: {letters.Count} dead letters in {queue.DeadStream}"));
        return ExitCodes.Ok;
    }

    private static int Positive(int value, string option) =>
        value >= 1 ? value : throw new UsageException($"{option} takes a count of 1 or more");

    private static TimeSpan Seconds(double value, string option, double min) =>
        value >= min && double.IsFinite(value) ? TimeSpan.FromSeconds(value) : throw new UsageException(FormattableString.Invariant($"{option} takes seconds, at least {min}"));
}
