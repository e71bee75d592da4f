using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Ingestion;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The whole seed article against a recorded list of its events, so any change in what the
/// extractor finds there shows up as a diff. Regenerate after an intended change with
/// <c>MARSAD_UPDATE_GOLDEN=1 dotnet test tests/Marsad.Tests --filter KhanaserGoldenTests</c>
/// (rewrites TestData/golden/khanaser-goals.events.json in the source tree; review the diff).
/// </summary>
public class KhanaserGoldenTests
{
    public sealed record GoldenEvent(string Type, string Modality, string? Actor1, string? Location, string Evidence);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Arabic stays readable in the file and in diffs.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string GoldenFile = "khanaser-goals.events.json";

    /// <summary>The copy the build puts beside the test binaries (read when checking).</summary>
    private static string OutputCopy => Path.Combine(AppContext.BaseDirectory, "TestData", "golden", GoldenFile);

    /// <summary>The file in the source tree (written when regenerating), found from this source file's path.</summary>
    private static string SourceFile([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "TestData", "golden", GoldenFile);

    private static List<GoldenEvent> Current()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "khanaser-goals.txt"));
        var article = ArticleReader.Default.ReadBytes(bytes, "samples/khanaser-goals.txt");
        var result = MarsadPipeline.CreateDefault().Extract(article);
        return [.. result.Events.Select(e => new GoldenEvent(e.Type, e.Modality, e.Actor1?.Id, e.Location?.Name, e.Evidence.Text))];
    }

    [Fact]
    public void Seed_article_gives_the_recorded_events()
    {
        var current = Current();
        var path = OutputCopy;
        if (Environment.GetEnvironmentVariable("MARSAD_UPDATE_GOLDEN") == "1")
        {
            path = SourceFile();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, JsonSerializer.Serialize(current, Json) + "\n");
        }
        Assert.True(File.Exists(path), $"no golden file at {path}; run with MARSAD_UPDATE_GOLDEN=1 to create it");

        var golden = JsonSerializer.Deserialize<List<GoldenEvent>>(File.ReadAllText(path), Json)!;

        // Whole lists compared so a failure prints both in full.
        Assert.Equal(
            golden.Select(e => JsonSerializer.Serialize(e, Json)),
            current.Select(e => JsonSerializer.Serialize(e, Json)));
    }
}
