using System.Text.Json;
using System.Text.Json.Serialization;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Marsad.Worker;

/// <summary>
/// An article that failed <c>--max-deliver</c> times, kept with its error in the dead-letter
/// stream: a one-line JSON header, a newline, then the article message as it was queued (so it
/// can be inspected, fixed and queued again).
/// </summary>
public sealed record DeadLetter(
    [property: JsonPropertyName("seq")] ulong Sequence,
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("origin")] string? Origin,
    [property: JsonPropertyName("deliveries")] long Deliveries,
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("worker")] string Worker)
{
    public static byte[] Encode(DeadLetter letter, ReadOnlySpan<byte> article)
    {
        var header = JsonSerializer.SerializeToUtf8Bytes(letter with { Sequence = 0 });
        var message = new byte[header.Length + 1 + article.Length];
        header.CopyTo(message, 0);
        message[header.Length] = (byte)'\n';
        article.CopyTo(message.AsSpan(header.Length + 1));
        return message;
    }

    public static DeadLetter Decode(ReadOnlySpan<byte> message, ulong sequence)
    {
        var newline = message.IndexOf((byte)'\n');
        var header = newline < 0 ? message : message[..newline];
        try
        {
            return (JsonSerializer.Deserialize<DeadLetter>(header) ?? throw new JsonException("empty")) with { Sequence = sequence };
        }
        catch (JsonException e)
        {
            return new DeadLetter(sequence, DateTimeOffset.MinValue, null, 0, $"(unreadable dead letter: {e.Message})", "?");
        }
    }

    /// <summary>Every dead letter of the queue, oldest first, read with an ordered consumer (the
    /// stream is only read, never changed).</summary>
    public static async Task<List<DeadLetter>> ReadAllAsync(INatsConnection connection, ArticleQueue queue, CancellationToken cancel)
    {
        var js = new NatsJSContext(connection);
        await queue.EnsureStreamsAsync(js, cancel).ConfigureAwait(false);
        var stream = await js.GetStreamAsync(queue.DeadStream, cancellationToken: cancel).ConfigureAwait(false);
        var letters = new List<DeadLetter>();
        var total = stream.Info.State.Messages;
        if (total == 0)
        {
            return letters;
        }
        var consumer = await js.CreateOrderedConsumerAsync(queue.DeadStream, cancellationToken: cancel).ConfigureAwait(false);
        await foreach (var msg in consumer.ConsumeAsync<byte[]>(cancellationToken: cancel).ConfigureAwait(false))
        {
            letters.Add(Decode(msg.Data ?? [], msg.Metadata?.Sequence.Stream ?? 0));
            if (msg.Metadata is not { NumPending: > 0 })
            {
                break;
            }
        }
        return letters;
    }
}
