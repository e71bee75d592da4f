using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Output;

/// <summary>The one JSON dialect of Marsad: snake_case names, Arabic written as is, nulls kept (SPEC §4 shows them).</summary>
public static class MarsadJson
{
    public static JsonSerializerOptions Indented { get; } = Create(true);

    public static JsonSerializerOptions Compact { get; } = Create(false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Readers of this output read Arabic: escaping it as \uXXXX would make evidence unreadable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Serialize(ExtractionResult result, bool indented = true) =>
        JsonSerializer.Serialize(result, indented ? Indented : Compact);

    /// <summary>
    /// Writes <paramref name="result"/> and a line break to <paramref name="utf8"/> as the serializer
    /// produces it, in chunks: the result of a 10 MB article is about 50 MB of JSON, which as one
    /// string (UTF-16) and its UTF-8 buffer would double the process's peak memory. The bytes are
    /// those of <see cref="Serialize"/> followed by "\n" written through a UTF-8 text writer.
    /// </summary>
    public static void Write(ExtractionResult result, Stream utf8, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        JsonSerializer.Serialize(utf8, result, indented ? Indented : Compact);
        utf8.WriteByte((byte)'\n');
    }

    /// <summary>
    /// As <see cref="Write(ExtractionResult, Stream, bool)"/>, the same bytes, with the event, place
    /// and actor lists serialized by up to <paramref name="threads"/> threads at once, in chunks of
    /// <see cref="ChunkItems"/>: a 10 MB article has ~175,000 mentions, whose serialization (about a
    /// second) would otherwise run on one core after the windows extracted in parallel.
    /// </summary>
    public static void Write(ExtractionResult result, Stream utf8, bool indented, int threads)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(utf8);
        if (threads <= 1 || result.Events.Count + result.Places.Count + result.Actors.Count <= ChunkItems)
        {
            Write(result, utf8, indented);
            return;
        }
        ChunkedJson.Write(result, utf8, indented ? Indented : Compact, threads);
    }

    /// <summary>List items serialized as one piece by <see cref="Write(ExtractionResult, Stream, bool, int)"/>.</summary>
    internal const int ChunkItems = 2048;

    public static ExtractionResult? Deserialize(string json) => JsonSerializer.Deserialize<ExtractionResult>(json, Indented);
}
