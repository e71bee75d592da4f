using System.Text.Json;

namespace Marsad.Ingestion;

/// <summary>Fields of a JSON Lines input record, read alike by <c>extract --jsonl</c> and <c>ingest</c>.</summary>
public static class JsonFields
{
    /// <summary>A string field, or null when absent or not a string; a lone surrogate escaped in
    /// the JSON («\ud800») becomes U+FFFD, since it could not be written out again.</summary>
    public static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? TextDecoder.ReplaceLoneSurrogates(v.GetString()!) : null;

    /// <summary>The record's id as the input spells it: a string as is, a number by its digits,
    /// anything else (an object, an array, true) by its JSON text, so that an id never vanishes
    /// from the output that has to be joined back to the input.</summary>
    public static string? Id(JsonElement root)
    {
        if (!root.TryGetProperty("id", out var v))
        {
            return null;
        }
        return v.ValueKind switch
        {
            JsonValueKind.String => TextDecoder.ReplaceLoneSurrogates(v.GetString()!),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => v.GetRawText(),
        };
    }
}
