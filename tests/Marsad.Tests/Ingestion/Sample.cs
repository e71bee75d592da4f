using System.Text;
using Marsad.Ingestion;

namespace Marsad.Tests.Ingestion;

/// <summary>The seed article as the tests read it: bytes from the copy next to the test binaries.</summary>
internal static class Sample
{
    static Sample() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string PathOf(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    public static byte[] Utf8Bytes => File.ReadAllBytes(PathOf("samples", "khanaser-goals.txt"));

    public static string Text => new UTF8Encoding(false, true).GetString(Utf8Bytes);

    public static Article Read(byte[] bytes) => ArticleReader.Default.ReadBytes(bytes, "sample");

    /// <summary>The sample's paragraphs as the text gives them: title and byline first, furniture last.</summary>
    public static List<string> Paragraphs => [.. Text.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)];

    public static Encoding Windows1256 => Encoding.GetEncoding(1256, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
