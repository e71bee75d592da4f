using System.Diagnostics;
using Marsad.Store;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Marsad.Worker;

public sealed record PublishStats(long Read, long Published, long Duplicates, long Errors, TimeSpan Elapsed)
{
    public double ArticlesPerSecond => Read / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public string Summary(string queue) => FormattableString.Invariant(
        $"marsad ingest: {Read} articles read, {Published} queued on {queue}, {Duplicates} duplicates, {Errors} errors, {Elapsed.TotalSeconds:F1} s, {ArticlesPerSecond:F1} articles/s");
}

/// <summary>
/// The producer: reads the same inputs as <c>marsad ingest</c>, decodes each article only to
/// compute its content hash, and publishes it to the queue with that hash as the JetStream message
/// id, so a re-send inside the duplicate window is dropped by the server. Extraction is left to
/// the workers. An article larger than the server's max_payload is refused, never cut.
/// </summary>
public sealed class ArticlePublisher(INatsConnection connection, ArticleQueue queue, DateOnly? defaultPublished)
{
    /// <summary>How long a publish keeps retrying while the server is unreachable (a restart).</summary>
    public TimeSpan RetryFor { get; init; } = TimeSpan.FromSeconds(60);

    public List<string> ErrorMessages { get; } = [];

    public async Task<PublishStats> RunAsync(IEnumerable<IngestItem> items, CancellationToken cancel = default)
    {
        var watch = Stopwatch.StartNew();
        var js = new NatsJSContext(connection);
        await queue.EnsureStreamsAsync(js, cancel).ConfigureAwait(false);
        long read = 0, published = 0, duplicates = 0, errors = 0;
        var maxPayload = connection.ServerInfo?.MaxPayload ?? 1024 * 1024;
        foreach (var item in items)
        {
            cancel.ThrowIfCancellationRequested();
            read++;
            string hash;
            try
            {
                var (article, _, _) = item.Read(defaultPublished);
                if (string.IsNullOrWhiteSpace(article.Body))
                {
                    Error($"{item.Origin}: empty body");
                    continue;
                }
                hash = MarsadStore.ContentHash(article.Body);
            }
            catch (Exception e) when (e is IngestItemException or FormatException or InvalidOperationException or ArgumentException)
            {
                Error(e is IngestItemException ? e.Message : $"{item.Origin}: {e.Message}");
                continue;
            }
            var message = ArticleEnvelope.Encode(item, hash, defaultPublished);
            // The subject, the message id header and protocol framing also count against the limit.
            var overhead = 512;
            if (message.Length + overhead > maxPayload)
            {
                Error(FormattableString.Invariant(
                    $"{item.Origin}: {message.Length:N0} bytes is more than the NATS server accepts in one message (max_payload {maxPayload:N0} bytes); raise max_payload in the server's configuration or ingest this article directly with --store"));
                continue;
            }
            if (await PublishAsync(js, message, hash, cancel).ConfigureAwait(false))
            {
                duplicates++;
            }
            else
            {
                published++;
            }
        }
        return new PublishStats(read, published, duplicates, errors, watch.Elapsed);

        void Error(string text)
        {
            errors++;
            if (ErrorMessages.Count < 1000)
            {
                ErrorMessages.Add(text);
            }
        }
    }

    /// <summary>Publishes and waits for the stream's acknowledgement; returns true when the server
    /// dropped it as a duplicate. Retries through a server restart (the message id makes a retry
    /// of a publish that did land a no-op).</summary>
    private async Task<bool> PublishAsync(NatsJSContext js, byte[] message, string hash, CancellationToken cancel)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var ack = await js.PublishAsync(queue.Subject, message, opts: new NatsJSPubOpts { MsgId = hash }, cancellationToken: cancel).ConfigureAwait(false);
                if (ack.Duplicate)
                {
                    return true;
                }
                ack.EnsureSuccess();
                return false;
            }
            catch (Exception e) when (e is (NatsException or TimeoutException) and not NatsJSApiException && deadline.Elapsed < RetryFor && !cancel.IsCancellationRequested)
            {
                await Task.Delay(500, cancel).ConfigureAwait(false);
            }
        }
    }
}
