using System.CommandLine;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Cli;

/// <summary><c>marsad ingest PATH…</c>: articles into the store (SQLite or PostgreSQL), then consolidation.</summary>
internal static class IngestCommand
{
    public static Option<string> StoreOption(bool creates = false) => new("--store")
    {
        Description = creates
            ? "The store: a SQLite file (created when absent) or a PostgreSQL + PostGIS database as postgres://user@host:port/db."
            : "The store 'marsad ingest' filled: a SQLite file or a PostgreSQL + PostGIS database as postgres://user@host:port/db.",
        DefaultValueFactory = _ => "marsad.db",
    };

    /// <summary>Opens the store <c>--store</c> names; a SQLite file must exist unless <paramref name="create"/>.</summary>
    public static MarsadStore OpenStore(string location, bool create, bool readOnly = false)
    {
        CliRunner.OpenedStore = MarsadStore.IsPostgresLocation(location) ? PostgresUrl.Redact(location) : location;
        if (!MarsadStore.IsPostgresLocation(location))
        {
            if (Directory.Exists(location))
            {
                throw new InputException($"{location} is a folder, not a Marsad store");
            }
            return create || File.Exists(location) ? MarsadStore.Open(location, readOnly && !create) : throw new InputException($"{location}: no such store (create one with 'marsad ingest')");
        }
        try
        {
            return MarsadStore.Open(location);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or ArgumentException or InvalidOperationException)
        {
            throw new InputException($"{PostgresUrl.Redact(location)}: {e.Message}");
        }
    }

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files (text, HTML, .jsonl), folders (recursively: *.txt *.html *.htm *.jsonl) or '-' for JSON Lines on standard input.", Arity = ArgumentArity.OneOrMore };
        var store = StoreOption(creates: true);
        var threads = new Option<int>("--threads") { Description = "Extraction threads (one writer whatever the count).", DefaultValueFactory = _ => 1 };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD for articles that carry none." };
        var batch = new Option<int>("--batch") { Description = "Articles per transaction (a kill loses at most one batch).", DefaultValueFactory = _ => 64 };
        var maxChars = ExtractCommand.MaxCharsOption();
        var to = new Option<string?>("--to") { Description = "Queue the articles on a NATS JetStream server (nats://host:port) for 'marsad worker' instead of extracting them here." };
        var queue = WorkerCommand.QueueOption();
        var command = new Command("ingest", "Extract articles into the event store; the same article twice is stored once.") { paths, store, threads, published, batch, maxChars, to, queue };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths)!;
            foreach (var p in inputs)
            {
                if (p != "-" && !File.Exists(p) && !Directory.Exists(p))
                {
                    throw new InputException($"{p}: no such file or folder");
                }
            }
            var n = parse.GetValue(threads);
            if (n < 1)
            {
                throw new UsageException("--threads takes a count of 1 or more");
            }
            var batchSize = parse.GetValue(batch);
            if (batchSize < 1)
            {
                throw new UsageException("--batch takes a count of 1 or more");
            }
            var date = CliRunner.ParseDate(parse.GetValue(published), "--published");
            var limit = ExtractCommand.CheckMaxChars(parse.GetValue(maxChars));
            var stderr = parse.InvocationConfiguration.Error;
            if (parse.GetValue(to) is { } nats)
            {
                if (parse.GetResult(store) is { Implicit: false })
                {
                    throw new UsageException("--to queues the articles for workers, which write to their own --store: give one or the other");
                }
                return QueueArticles(inputs, nats, WorkerCommand.Queue(parse.GetValue(queue)!), date, stderr);
            }
            var live = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
            using var db = OpenStore(parse.GetValue(store)!, create: true);
            var ingester = new Ingester(db, MarsadPipeline.CreateDefault(), new IngestOptions
            {
                Threads = n,
                BatchSize = batchSize,
                DefaultPublished = date,
                MaxChars = limit,
                Progress = live ? s => stderr.Write(FormattableString.Invariant(
                    $"\rmarsad ingest: {s.Read} read, {s.New} new, {s.Duplicates} duplicates, {s.Errors} errors, {s.ArticlesPerSecond:F1} articles/s   ")) : null,
            });
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // The running batch rolls back; what was committed stays, and a re-run completes it.
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            IngestStats stats;
            try
            {
                stats = ingester.RunAsync(IngestInputs.Enumerate(inputs, maxLineChars: 16L * limit), cancel.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                stderr.WriteLine();
                stderr.WriteLine("marsad ingest: interrupted; committed batches are kept, run again to complete");
                return ExitCodes.Failure;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
            if (live)
            {
                stderr.WriteLine();
            }
            foreach (var message in ingester.ErrorMessages.Take(20))
            {
                stderr.WriteLine($"marsad ingest: {message}");
            }
            var consolidated = stats.New > 0 || db.Counts().Consolidated == 0 ? db.Rebuild() : (int)db.Counts().Consolidated;
            stderr.WriteLine(stats.Summary() + FormattableString.Invariant($", {consolidated} consolidated events in the store"));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The producer side of the scale-out ingest: the articles go to the queue, one a message.</summary>
    private static int QueueArticles(string[] inputs, string url, Marsad.Worker.ArticleQueue queue, DateOnly? date, TextWriter stderr)
    {
        using var nats = WorkerCommand.Connect(url, "marsad-ingest");
        var publisher = new Marsad.Worker.ArticlePublisher(nats.Nats, queue, date);
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Whatever was acknowledged by the stream stays queued; a re-run re-sends the rest, and
            // the message ids drop what is already there.
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        Marsad.Worker.PublishStats stats;
        try
        {
            stats = publisher.RunAsync(IngestInputs.Enumerate(inputs), cancel.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("marsad ingest: interrupted; what was queued stays queued, run again to queue the rest");
            return ExitCodes.Failure;
        }
        catch (NATS.Client.Core.NatsException e)
        {
            throw new InputException($"{url}: {e.Message}");
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
        foreach (var message in publisher.ErrorMessages.Take(20))
        {
            stderr.WriteLine($"marsad ingest: {message}");
        }
        stderr.WriteLine(stats.Summary(queue.Stream));
        return ExitCodes.Ok;
    }
}
