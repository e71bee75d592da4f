using System.Diagnostics;
using Marsad.Pipeline;
using Marsad.Store;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Marsad.Worker;

public sealed record WorkerOptions
{
    /// <summary>Articles fetched, extracted and committed together: also the most this worker
    /// holds unacknowledged, so a crash redelivers at most this many.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Extraction threads inside the worker.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Deliveries of one article that failed before it goes to the dead letters.</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>How long the server waits for an ack before it hands the article to another worker.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Articles in flight over all workers of the queue.</summary>
    public int MaxAckPending { get; init; } = 1000;

    /// <summary>Rebuild the consolidated events at this interval when new articles were stored
    /// (and once at a graceful exit); null rebuilds only at exit.</summary>
    public TimeSpan? ConsolidateEvery { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Stop when the queue holds no article (nothing waiting, nothing in flight anywhere).</summary>
    public bool ExitWhenEmpty { get; init; }

    public TimeSpan ProgressEvery { get; init; } = TimeSpan.FromSeconds(10);

    public Action<WorkerStats>? Progress { get; init; }

    public Action<string>? Log { get; init; }
}

public sealed record WorkerStats(long Processed, long New, long Duplicates, long DeadLetters, long Retried, long Redeliveries, long Events,
    long? Lag, long? InFlight, double RecentPerSecond, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Processed / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public string Summary() => FormattableString.Invariant(
        $"marsad worker: {Processed} processed ({New} new, {Duplicates} duplicates, {DeadLetters} dead letters), {Retried} failures retried, {Redeliveries} redeliveries, {Events} events, {Elapsed.TotalSeconds:F1} s, {ArticlesPerSecond:F1} articles/s (last interval {RecentPerSecond:F1}), lag {(Lag is { } l ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")} waiting, {(InFlight is { } f ? f.ToString(System.Globalization.CultureInfo.InvariantCulture) : "?")} in flight");
}

/// <summary>
/// One worker: fetches a batch from the shared durable consumer, extracts it, writes it with the
/// same idempotent batch transaction as <c>marsad ingest</c>, and acknowledges each article only
/// after the commit. A crash before the ack means redelivery to some worker, where the content
/// hash makes the second write a no-op: at-least-once delivery plus idempotent writes give
/// exactly-once in the store. An article that fails <see cref="WorkerOptions.MaxDeliver"/> times
/// goes to the dead-letter stream with its error, and is then acknowledged.
/// </summary>
public sealed class ArticleWorker(INatsConnection connection, ArticleQueue queue, MarsadStore store, MarsadPipeline pipeline, WorkerOptions options)
{
    private long _processed, _new, _duplicates, _dead, _retried, _redeliveries, _events;
    private long _lastProcessed;
    private TimeSpan _lastProgressAt;
    private long? _lag, _inFlight;
    private bool _unconsolidated;

    /// <summary>
    /// Runs until <paramref name="stop"/> (finish the batch in hand, then return) or
    /// <paramref name="abort"/> (nak the batch in hand so another worker takes it at once, then
    /// return), or, with <see cref="WorkerOptions.ExitWhenEmpty"/>, until the queue is empty.
    /// </summary>
    public async Task<WorkerStats> RunAsync(CancellationToken stop, CancellationToken abort)
    {
        var watch = Stopwatch.StartNew();
        var js = new NatsJSContext(connection);
        var consumer = await Retry(() => queue.EnsureConsumerAsync(js, options.AckWait, options.MaxAckPending, abort), stop).ConfigureAwait(false);
        var lastRebuild = Stopwatch.StartNew();
        while (!stop.IsCancellationRequested && !abort.IsCancellationRequested)
        {
            var batch = new List<INatsJSMsg<byte[]>>(options.BatchSize);
            try
            {
                // Not cancelled by a stop: a fetch cut short would leave articles the server already
                // sent unacknowledged until the ack wait. It ends within two seconds anyway.
                await foreach (var msg in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = options.BatchSize, Expires = TimeSpan.FromSeconds(2) }, cancellationToken: CancellationToken.None).ConfigureAwait(false))
                {
                    batch.Add(msg);
                }
            }
            catch (Exception e) when (e is NatsException or TimeoutException)
            {
                // The server is restarting or unreachable: what was fetched is processed, and the
                // connection reconnects by itself.
                options.Log?.Invoke($"fetch failed ({e.Message}); retrying");
                if (batch.Count == 0)
                {
                    await Delay(TimeSpan.FromSeconds(1), stop).ConfigureAwait(false);
                    continue;
                }
            }
            if (batch.Count > 0)
            {
                await ProcessAsync(js, batch, abort).ConfigureAwait(false);
            }
            await ReportAsync(consumer, watch, force: false).ConfigureAwait(false);
            if (options.ConsolidateEvery is { } every && _unconsolidated && lastRebuild.Elapsed >= every)
            {
                Consolidate();
                lastRebuild.Restart();
            }
            if (batch.Count == 0 && options.ExitWhenEmpty && await IsEmptyAsync(js).ConfigureAwait(false))
            {
                break;
            }
        }
        if (_unconsolidated && !abort.IsCancellationRequested)
        {
            Consolidate();
        }
        await RefreshLagAsync(consumer).ConfigureAwait(false);
        return Stats(watch);
    }

    private void Consolidate()
    {
        var count = store.Rebuild();
        _unconsolidated = false;
        options.Log?.Invoke(FormattableString.Invariant($"consolidated: {count} events in the store"));
    }

    private async Task<bool> IsEmptyAsync(INatsJSContext js)
    {
        try
        {
            var stream = await js.GetStreamAsync(queue.Stream).ConfigureAwait(false);
            // Work-queue retention deletes an article when it is acknowledged: an empty stream means
            // nothing waits and nothing is in flight at any worker (a killed worker's articles stay
            // until they are redelivered and acknowledged).
            return stream.Info.State.Messages == 0;
        }
        catch (Exception e) when (e is NatsException or TimeoutException)
        {
            return false;
        }
    }

    private sealed record Outcome(INatsJSMsg<byte[]> Message, string? Origin, StoredDocument? Document, bool Duplicate, string? Error);

    private async Task ProcessAsync(NatsJSContext js, List<INatsJSMsg<byte[]>> batch, CancellationToken abort)
    {
        foreach (var msg in batch)
        {
            if (msg.Metadata is { NumDelivered: > 1 })
            {
                _redeliveries++;
            }
        }
        List<Outcome> outcomes;
        try
        {
            outcomes = Extract(batch, abort);
            abort.ThrowIfCancellationRequested();
            Write(outcomes, abort);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Hand the batch back at once rather than after the ack wait.
            foreach (var msg in batch)
            {
                await Settle(() => msg.NakAsync(cancellationToken: CancellationToken.None)).ConfigureAwait(false);
            }
            return;
        }
        foreach (var o in outcomes)
        {
            _processed++;
            if (o.Error is null)
            {
                if (o.Duplicate)
                {
                    _duplicates++;
                }
                await Settle(() => o.Message.AckAsync(new AckOpts { DoubleAck = true }, CancellationToken.None)).ConfigureAwait(false);
                continue;
            }
            var deliveries = (long)(o.Message.Metadata?.NumDelivered ?? 1);
            if (deliveries >= options.MaxDeliver)
            {
                await DeadLetterAsync(js, o.Message, o.Origin, deliveries, o.Error).ConfigureAwait(false);
            }
            else
            {
                _retried++;
                options.Log?.Invoke(FormattableString.Invariant($"{o.Origin ?? "?"}: delivery {deliveries} of {options.MaxDeliver} failed: {o.Error}"));
                // A growing pause: a store that is down for a moment should not burn the deliveries.
                await Settle(() => o.Message.NakAsync(new AckOpts { NakDelay = TimeSpan.FromSeconds(Math.Min(30, 2 * deliveries)) }, CancellationToken.None)).ConfigureAwait(false);
            }
        }
    }

    private List<Outcome> Extract(List<INatsJSMsg<byte[]>> batch, CancellationToken abort)
    {
        var decoded = batch.Select(msg =>
        {
            try
            {
                // Decoded first: a message no worker can read keeps that reason in its dead letter
                // even when it comes back past the limit (its dead letter could not be written at
                // the limit, or an ack was lost), rather than a reason that blames the workers.
                var (item, published, hash) = ArticleEnvelope.Decode(msg.Data ?? []);
                if (msg.Metadata is { NumDelivered: var n } && (long)n > options.MaxDeliver)
                {
                    // Delivered past the limit without a verdict: the workers that had it died or
                    // timed out on it (a crash, a hang), so trying again would only repeat that.
                    throw new IngestItemException(FormattableString.Invariant($"delivered {n} times without an acknowledgement (a worker crashed or exceeded the ack wait on it)"));
                }
                return (Message: msg, Item: item, Published: published, Hash: hash, Error: (string?)null);
            }
            catch (Exception e) when (e is IngestItemException or FormatException)
            {
                return (Message: msg, Item: (IngestItem?)null, Published: (DateOnly?)null, Hash: string.Empty, Error: e.Message);
            }
        }).ToList();
        HashSet<string> known;
        try
        {
            store.EnsureOpen();
            known = store.ExistingHashes([.. decoded.Where(d => d.Item is not null).Select(d => d.Hash)]);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // The store is down: extract anyway; the write fails too and the articles are naked
            // (then dead-lettered after --max-deliver failures), which is what an outage should cost.
            options.Log?.Invoke($"store lookup failed ({e.Message})");
            known = [];
        }
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new Outcome[decoded.Count];
        var todo = new List<int>();
        for (var i = 0; i < decoded.Count; i++)
        {
            var d = decoded[i];
            if (d.Item is null)
            {
                outcomes[i] = new Outcome(d.Message, ArticleEnvelope.Origin(d.Message.Data ?? []), null, false, d.Error);
            }
            else if (known.Contains(d.Hash) || !claimed.Add(d.Hash))
            {
                // Stored already (a redelivery after a crash, a re-send after the duplicate window).
                outcomes[i] = new Outcome(d.Message, d.Item.Origin, null, true, null);
            }
            else
            {
                todo.Add(i);
            }
        }
        Parallel.ForEach(todo, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads), CancellationToken = abort }, i =>
        {
            var d = decoded[i];
            try
            {
                var (article, source, url) = d.Item!.Read(d.Published);
                if (string.IsNullOrWhiteSpace(article.Body))
                {
                    outcomes[i] = new Outcome(d.Message, d.Item.Origin, null, false, "empty body");
                    return;
                }
                var hash = MarsadStore.ContentHash(article.Body);
                outcomes[i] = new Outcome(d.Message, d.Item.Origin, new StoredDocument(hash, source, url, d.Item.Origin, pipeline.Extract(article)), false, null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Whatever the extractor throws on this article: it is this article's failure, not the worker's.
                outcomes[i] = new Outcome(d.Message, d.Item!.Origin, null, false, $"{e.GetType().Name}: {e.Message}");
            }
        });
        return [.. outcomes];
    }

    /// <summary>Commits the batch's documents in one transaction; when that fails, each document
    /// alone, so one bad article does not fail the others.</summary>
    private void Write(List<Outcome> outcomes, CancellationToken abort)
    {
        var docs = outcomes.Where(o => o.Document is not null).ToList();
        if (docs.Count == 0)
        {
            return;
        }
        try
        {
            var (stored, events) = store.WriteBatch([.. docs.Select(o => o.Document!)], abort);
            Count(stored, events, docs.Count);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException && !abort.IsCancellationRequested)
        {
            options.Log?.Invoke($"batch write failed ({e.Message}); writing its articles one by one");
            foreach (var o in docs)
            {
                var i = outcomes.IndexOf(o);
                try
                {
                    var (stored, events) = store.WriteBatch([o.Document!], abort);
                    Count(stored, events, 1);
                }
                catch (Exception one) when (one is System.Data.Common.DbException or InvalidOperationException && !abort.IsCancellationRequested)
                {
                    outcomes[i] = o with { Document = null, Error = $"store: {one.Message}" };
                }
            }
        }
    }

    private void Count(int stored, int events, int written)
    {
        _unconsolidated |= stored > 0;
        _new += stored;
        _events += events;
        // A hash another worker committed between our lookup and our write is a duplicate.
        _duplicates += written - stored;
    }

    private async Task DeadLetterAsync(NatsJSContext js, INatsJSMsg<byte[]> msg, string? origin, long deliveries, string error)
    {
        var letter = DeadLetter.Encode(new DeadLetter(0, DateTimeOffset.UtcNow, origin, deliveries, error, Environment.MachineName + ":" + Environment.ProcessId), msg.Data ?? []);
        try
        {
            var ack = await js.PublishAsync(queue.DeadSubject, letter).ConfigureAwait(false);
            ack.EnsureSuccess();
        }
        catch (Exception e) when (e is NatsException or TimeoutException)
        {
            // Not acknowledged: the article comes back and is dead-lettered on its next delivery.
            options.Log?.Invoke($"{origin ?? "?"}: could not write the dead letter ({e.Message}); it will be redelivered");
            return;
        }
        _dead++;
        options.Log?.Invoke(FormattableString.Invariant($"{origin ?? "?"}: dead letter after {deliveries} deliveries: {error}"));
        await Settle(() => msg.AckAsync(new AckOpts { DoubleAck = true }, CancellationToken.None)).ConfigureAwait(false);
    }

    /// <summary>Acks and naks may fail while the server restarts; the article is then redelivered
    /// and found in the store, which is why a lost ack costs nothing but a lookup.</summary>
    private async Task<bool> Settle(Func<ValueTask> action)
    {
        try
        {
            await action().ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is NatsException or TimeoutException)
        {
            options.Log?.Invoke($"ack failed ({e.Message}); the article will be redelivered and found in the store");
            return false;
        }
    }

    private async Task ReportAsync(INatsJSConsumer consumer, Stopwatch watch, bool force)
    {
        if (!force && watch.Elapsed - _lastProgressAt < options.ProgressEvery)
        {
            return;
        }
        await RefreshLagAsync(consumer).ConfigureAwait(false);
        var stats = Stats(watch);
        _lastProcessed = _processed;
        _lastProgressAt = watch.Elapsed;
        options.Progress?.Invoke(stats);
    }

    /// <summary>Lag as the server counts it for the shared consumer: articles not yet delivered
    /// to any worker, and articles delivered but not yet acknowledged.</summary>
    private async Task RefreshLagAsync(INatsJSConsumer consumer)
    {
        try
        {
            await consumer.RefreshAsync().ConfigureAwait(false);
            _lag = (long)consumer.Info.NumPending;
            _inFlight = consumer.Info.NumAckPending;
        }
        catch (Exception e) when (e is NatsException or TimeoutException)
        {
            _lag = _inFlight = null;
        }
    }

    private WorkerStats Stats(Stopwatch watch)
    {
        var interval = (watch.Elapsed - _lastProgressAt).TotalSeconds;
        var recent = interval > 0 ? (_processed - _lastProcessed) / interval : 0;
        return new WorkerStats(_processed, _new, _duplicates, _dead, _retried, _redeliveries, _events, _lag, _inFlight, recent, watch.Elapsed);
    }

    private async Task<T> Retry<T>(Func<Task<T>> action, CancellationToken stop)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action().ConfigureAwait(false);
            }
            catch (Exception e) when (e is (NatsException or TimeoutException) and not NatsJSApiException && attempt < 30 && !stop.IsCancellationRequested)
            {
                options.Log?.Invoke($"queue setup failed ({e.Message}); retrying");
                await Delay(TimeSpan.FromSeconds(1), stop).ConfigureAwait(false);
            }
        }
    }

    private static async Task Delay(TimeSpan delay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(delay, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
