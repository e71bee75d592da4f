using System.Text.RegularExpressions;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Marsad.Worker;

/// <summary>
/// The names of one article queue on a NATS server: a work-queue stream of articles, a stream of
/// dead letters and the durable pull consumer every worker shares. Several queues (a test's, a
/// team's) live side by side on one server under different names.
/// </summary>
public sealed partial record ArticleQueue
{
    public const string DefaultName = "marsad";

    /// <summary>How long JetStream remembers a message id: a re-send inside it is dropped by the
    /// server; a later one reaches a worker, which finds the hash in the store and skips it.</summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(1);

    public ArticleQueue(string name = DefaultName)
    {
        if (!NamePattern().IsMatch(name))
        {
            // Lower case only: stream names are upper-cased, so «Marsad» and «marsad» would share a
            // stream with two different subjects, and each producer would rewrite the other's.
            throw new ArgumentException($"queue name '{name}': use lower-case letters, digits, '-' and '_' only (it becomes a stream and subject name)");
        }
        Name = name;
    }

    public string Name { get; }

    public string Stream => Name.ToUpperInvariant() + "_ARTICLES";

    public string Subject => Name + ".articles";

    public string DeadStream => Name.ToUpperInvariant() + "_DEAD";

    public string DeadSubject => Name + ".dead";

    public string Consumer => Name + "-workers";

    [GeneratedRegex("^[a-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    /// <summary>Creates the two streams when absent (file storage; the article stream with
    /// work-queue retention, so an acknowledged article is deleted from the server).</summary>
    public async Task EnsureStreamsAsync(INatsJSContext js, CancellationToken cancel)
    {
        await js.CreateOrUpdateStreamAsync(new StreamConfig(Stream, [Subject])
        {
            Retention = StreamConfigRetention.Workqueue,
            Storage = StreamConfigStorage.File,
            DuplicateWindow = DuplicateWindow,
            Description = "Marsad: articles waiting for a worker",
        }, cancel).ConfigureAwait(false);
        await js.CreateOrUpdateStreamAsync(new StreamConfig(DeadStream, [DeadSubject])
        {
            Retention = StreamConfigRetention.Limits,
            Storage = StreamConfigStorage.File,
            Description = "Marsad: articles that failed extraction or storage, with their error",
        }, cancel).ConfigureAwait(false);
    }

    /// <summary>The shared durable consumer: explicit acks, unlimited server-side redelivery (the
    /// worker counts deliveries itself and dead-letters at its limit), at most
    /// <paramref name="maxAckPending"/> articles in flight over all workers.</summary>
    public async Task<INatsJSConsumer> EnsureConsumerAsync(INatsJSContext js, TimeSpan ackWait, int maxAckPending, CancellationToken cancel)
    {
        await EnsureStreamsAsync(js, cancel).ConfigureAwait(false);
        return await js.CreateOrUpdateConsumerAsync(Stream, new ConsumerConfig(Consumer)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = ackWait,
            MaxDeliver = -1,
            MaxAckPending = maxAckPending,
            FilterSubject = Subject,
        }, cancel).ConfigureAwait(false);
    }

    /// <summary>Connects to a nats:// URL on 127.0.0.1 or elsewhere, reconnecting forever after a
    /// server restart; fails fast when no server answers at start.</summary>
    public static async Task<NatsConnection> ConnectAsync(string url, string clientName, CancellationToken cancel)
    {
        if (!IsNatsLocation(url))
        {
            throw new ArgumentException($"{url}: a NATS server is named as nats://host:port");
        }
        var connection = new NatsConnection(NatsOpts.Default with
        {
            Url = url,
            Name = clientName,
            MaxReconnectRetry = -1,
            ReconnectWaitMin = TimeSpan.FromMilliseconds(200),
            ReconnectWaitMax = TimeSpan.FromSeconds(2),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        });
        try
        {
            await connection.ConnectAsync().AsTask().WaitAsync(cancel).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return connection;
    }

    public static bool IsNatsLocation(string location) =>
        location.StartsWith("nats://", StringComparison.OrdinalIgnoreCase);
}
