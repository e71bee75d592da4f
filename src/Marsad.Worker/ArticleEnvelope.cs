using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Store;

namespace Marsad.Worker;

/// <summary>
/// One article as a queue message: a one-line JSON header (what kind of input, where it came
/// from, the fallback publication date), a newline, then the input's own bytes untouched (a
/// file's bytes, or one JSON Lines record). A worker rebuilds the same <see cref="IngestItem"/>
/// that <c>marsad ingest</c> would have read, so both store exactly the same rows.
/// </summary>
public static class ArticleEnvelope
{
    private sealed record Header(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("path")] string Path,
        [property: JsonPropertyName("line")] long Line,
        [property: JsonPropertyName("published")] string? Published,
        [property: JsonPropertyName("hash")] string Hash);

    public static byte[] Encode(IngestItem item, string contentHash, DateOnly? defaultPublished)
    {
        var (kind, path, line, data) = item switch
        {
            FileItem f => ("file", f.Path, 0L, f.Bytes),
            JsonLineItem j => ("jsonl", j.Path, j.Line, Encoding.UTF8.GetBytes(j.Json)),
            _ => throw new ArgumentException($"{item.Origin}: an input of kind {item.GetType().Name} cannot be queued"),
        };
        var header = JsonSerializer.SerializeToUtf8Bytes(new Header(kind, path, line,
            defaultPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), contentHash));
        var message = new byte[header.Length + 1 + data.Length];
        header.CopyTo(message, 0);
        message[header.Length] = (byte)'\n';
        data.CopyTo(message, header.Length + 1);
        return message;
    }

    /// <summary>Rebuilds the item; throws <see cref="IngestItemException"/> for a message that is
    /// not an envelope (it can never succeed, however often it is delivered).</summary>
    public static (IngestItem Item, DateOnly? DefaultPublished, string Hash) Decode(ReadOnlySpan<byte> message)
    {
        var newline = message.IndexOf((byte)'\n');
        if (newline < 0)
        {
            throw new IngestItemException("not a Marsad article message (no header line)");
        }
        Header? header;
        try
        {
            header = JsonSerializer.Deserialize<Header>(message[..newline]);
        }
        catch (JsonException e)
        {
            throw new IngestItemException($"not a Marsad article message: {e.Message}");
        }
        if (header is null)
        {
            throw new IngestItemException("not a Marsad article message (empty header)");
        }
        var data = message[(newline + 1)..];
        DateOnly? published = header.Published is null ? null : DateOnly.ParseExact(header.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        IngestItem item = header.Kind switch
        {
            "file" => new FileItem(header.Path, data.ToArray()),
            "jsonl" => new JsonLineItem(header.Path, header.Line, Encoding.UTF8.GetString(data)),
            _ => throw new IngestItemException($"{header.Path}: unknown article kind '{header.Kind}'"),
        };
        return (item, published, header.Hash);
    }

    /// <summary>The origin named in a message's header, for error reports; null when unreadable.</summary>
    public static string? Origin(ReadOnlySpan<byte> message)
    {
        try
        {
            return Decode(message).Item.Origin;
        }
        catch (Exception e) when (e is IngestItemException or FormatException)
        {
            return null;
        }
    }
}
