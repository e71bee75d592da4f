using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Output;

/// <summary>
/// Writes a long string value in pieces, the same bytes the serializer writes for it whole. A whole
/// string that needs escaping (any line break) is first escaped into a buffer of six times its
/// length: a 10 MB body rented a 128 MB array at the end of its run, a large-object allocation and
/// the run's last full collection.
/// </summary>
internal sealed class LongStringConverter : JsonConverter<string?>
{
    // Small enough that a piece's escape buffer is a small object; a piece boundary inside a
    // surrogate pair is carried over by the writer.
    internal const int PieceChars = 8192;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }
        if (value.Length <= PieceChars)
        {
            writer.WriteStringValue(value);
            return;
        }
        var rest = value.AsSpan();
        while (rest.Length > PieceChars)
        {
            writer.WriteStringValueSegment(rest[..PieceChars], isFinalSegment: false);
            rest = rest[PieceChars..];
        }
        writer.WriteStringValueSegment(rest, isFinalSegment: true);
    }
}
