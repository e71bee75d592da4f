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

    public static ExtractionResult? Deserialize(string json) => JsonSerializer.Deserialize<ExtractionResult>(json, Indented);
}
