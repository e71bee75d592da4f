using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Store;

public sealed record IngestOptions
{
    public int Threads { get; init; } = 1;

    /// <summary>Documents per transaction: large enough to amortize the commit, small enough that a
    /// kill loses little work.</summary>
    public int BatchSize { get; init; } = 64;

    public DateOnly? DefaultPublished { get; init; }

    /// <summary>Longest article body extracted; a longer one is counted as an error, not stored.</summary>
    public int MaxChars { get; init; } = 1_000_000;

    /// <summary>Called by the writer after each committed batch.</summary>
    public Action<IngestStats>? Progress { get; init; }
}

public sealed record IngestStats(long Read, long New, long Duplicates, long Errors, long Events, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Read / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public string Summary() => FormattableString.Invariant(
        $"marsad ingest: {Read} article{(Read == 1 ? "" : "s")} read, {New} new, {Duplicates} duplicate{(Duplicates == 1 ? "" : "s")}, {Errors} error{(Errors == 1 ? "" : "s")}, {Events} event{(Events == 1 ? "" : "s")}, {Elapsed.TotalSeconds:F1} s, {ArticlesPerSecond:F1} articles/s");
}

/// <summary>
/// Reads items on one thread, extracts on <see cref="IngestOptions.Threads"/> workers and writes on
/// one: SQLite takes one writer at a time, and a single writer keeps each batch one transaction.
/// Bounded channels hold memory flat however large the input.
/// </summary>
public sealed class Ingester(MarsadStore store, MarsadPipeline pipeline, IngestOptions options)
{
    private long _read, _new, _duplicates, _errors, _events;

    public List<string> ErrorMessages { get; } = [];

    public async Task<IngestStats> RunAsync(IEnumerable<IngestItem> items, CancellationToken cancel = default)
    {
        var watch = Stopwatch.StartNew();
        var known = store.LoadHashes();
        // Hashes claimed by this run: the second copy of an article inside one input is a duplicate
        // even before the first copy is committed.
        var claimed = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var threads = Math.Max(1, options.Threads);
        var input = Channel.CreateBounded<IngestItem>(new BoundedChannelOptions(threads * 16) { SingleWriter = true });
        var output = Channel.CreateBounded<Outcome>(new BoundedChannelOptions(options.BatchSize * 2) { SingleReader = true });
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var token = linked.Token;

        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    await input.Writer.WriteAsync(item, token).ConfigureAwait(false);
                }
                input.Writer.Complete();
            }
            catch (Exception e)
            {
                input.Writer.Complete(e);
            }
        }, token);

        var workers = Enumerable.Range(0, threads).Select(_ => Task.Run(async () =>
        {
            await foreach (var item in input.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                await output.Writer.WriteAsync(Process(item, known, claimed), token).ConfigureAwait(false);
            }
        }, token)).ToArray();

        var closer = Task.Run(async () =>
        {
            try
            {
                await Task.WhenAll(workers).ConfigureAwait(false);
                output.Writer.Complete();
            }
            catch (Exception e)
            {
                output.Writer.Complete(e);
            }
        }, CancellationToken.None);

        try
        {
            var batch = new List<StoredDocument>(options.BatchSize);
            await foreach (var outcome in output.Reader.ReadAllAsync(token).ConfigureAwait(false))
            {
                _read++;
                switch (outcome)
                {
                    case { Error: { } message }:
                        _errors++;
                        // Enough to see what goes wrong without holding a million messages.
                        if (ErrorMessages.Count < 1000)
                        {
                            ErrorMessages.Add(message);
                        }
                        break;
                    case { Document: { } doc }:
                        batch.Add(doc);
                        break;
                    default:
                        _duplicates++;
                        break;
                }
                if (batch.Count >= options.BatchSize)
                {
                    Flush(batch, watch, token);
                }
            }
            Flush(batch, watch, token);
            await producer.ConfigureAwait(false);
            await closer.ConfigureAwait(false);
        }
        catch
        {
            await linked.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(closer, producer).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }
        return Stats(watch);
    }

    private void Flush(List<StoredDocument> batch, Stopwatch watch, CancellationToken token)
    {
        if (batch.Count > 0)
        {
            var (docs, events) = store.WriteBatch(batch, token);
            // A hash in the batch that the store already held (another process, a replay) is a duplicate.
            _duplicates += batch.Count - docs;
            _new += docs;
            _events += events;
            batch.Clear();
        }
        options.Progress?.Invoke(Stats(watch));
    }

    private IngestStats Stats(Stopwatch watch) => new(_read, _new, _duplicates, _errors, _events, watch.Elapsed);

    private Outcome Process(IngestItem item, HashSet<string> known, ConcurrentDictionary<string, byte> claimed)
    {
        try
        {
            // Markup and escapes around a text can be many times its size; far beyond that the
            // input is refused before it is decoded and cleaned at a cost of its whole size.
            if (item.RawLength / 16 > options.MaxChars)
            {
                return new Outcome(null, FormattableString.Invariant($"{item.Origin}: the input has {item.RawLength:N0} characters or bytes, far more than --max-chars {options.MaxChars:N0} allows an article"));
            }
            var (article, source, url) = item.Read(options.DefaultPublished);
            if (string.IsNullOrWhiteSpace(article.Body))
            {
                return new Outcome(null, $"{item.Origin}: empty body");
            }
            if (article.Body.Length > options.MaxChars)
            {
                return new Outcome(null, FormattableString.Invariant($"{item.Origin}: the article has {article.Body.Length:N0} characters, more than --max-chars {options.MaxChars:N0}"));
            }
            var hash = MarsadStore.ContentHash(article.Body);
            if (known.Contains(hash) || !claimed.TryAdd(hash, 0))
            {
                return new Outcome(null, null);
            }
            ExtractionResult result = pipeline.Extract(article);
            return new Outcome(new StoredDocument(hash, source, url, item.Origin, result), null);
        }
        catch (Exception e) when (e is IngestItemException or FormatException or InvalidOperationException or ArgumentException)
        {
            return new Outcome(null, e is IngestItemException ? e.Message : $"{item.Origin}: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // One article that trips a bug is an error of that article, not the end of the run.
            return new Outcome(null, $"{item.Origin}: internal error ({e.GetType().Name}): {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    private sealed record Outcome(StoredDocument? Document, string? Error);
}
