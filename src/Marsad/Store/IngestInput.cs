using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Ingestion;

namespace Marsad.Store;

/// <summary>One unit of input before decoding: a whole file's bytes, or one JSON Lines line.</summary>
public abstract record IngestItem(string Origin)
{
    /// <summary>Characters (or bytes) of the raw input, known before it is decoded.</summary>
    public abstract long RawLength { get; }

    /// <summary>Decodes the item into an article plus its source and URL; throws
    /// <see cref="IngestItemException"/> when the item cannot be read.</summary>
    public abstract (Article Article, string Source, string? Url) Read(DateOnly? defaultPublished);
}

public sealed class IngestItemException(string message) : Exception(message);

public sealed record FileItem(string Path, byte[] Bytes) : IngestItem(Path)
{
    public override long RawLength => Bytes.Length;

    public override (Article, string, string?) Read(DateOnly? defaultPublished)
    {
        try
        {
            return (ArticleReader.Default.ReadBytes(Bytes, Path, defaultPublished, "--published"), Path, null);
        }
        catch (UndecodableInputException e)
        {
            throw new IngestItemException($"{Path}: {e.Message}");
        }
    }
}

/// <summary>
/// A JSON Lines record: SPEC §4 fields (id, text|html, published, title, author) and the shared
/// corpora's fields (source = the outlet, url, crawled_at / date_extracted as the publication
/// day when no «published» is given: a crawl of an RSS feed is within a day or two of it).
/// </summary>
public sealed record JsonLineItem(string Path, long Line, string Json) : IngestItem(FormattableString.Invariant($"{Path}:{Line}"))
{
    public override long RawLength => Json.Length;

    public override (Article, string, string?) Read(DateOnly? defaultPublished)
    {
        try
        {
            using var json = JsonDocument.Parse(TextDecoder.ReplaceLoneSurrogates(Json.TrimStart('\uFEFF')));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new IngestItemException($"{Origin}: not a JSON object");
            }
            var id = JsonFields.Id(root);
            var text = Get(root, "text");
            var html = Get(root, "html");
            if (text is null && html is null)
            {
                throw new IngestItemException($"{Origin}: no \"text\" or \"html\" field");
            }
            (DateOnly? published, string? field) = (defaultPublished, "--published");
            try
            {
                if (PublicationDate.Read(root) is { Date: { } stated } read)
                {
                    (published, field) = (stated, read.Field);
                }
            }
            catch (FormatException e)
            {
                throw new IngestItemException($"{Origin}: {e.Message}");
            }
            var url = Get(root, "url");
            var source = Get(root, "source") ?? url ?? Path;
            var article = ArticleReader.Default.ReadString(html ?? text!, url ?? source, published, Get(root, "title"), Get(root, "author"), field);
            return (article with { Id = id }, source, url);
        }
        catch (JsonException e)
        {
            throw new IngestItemException($"{Origin}: {e.Message}");
        }
    }

    private static string? Get(JsonElement root, string name) =>
        JsonFields.Text(root, name);
}

/// <summary>A JSON Lines line too long to be read at all: only its length is known.</summary>
public sealed record OverlongLineItem(string Path, long Line, long Length) : IngestItem(FormattableString.Invariant($"{Path}:{Line}"))
{
    public override long RawLength => Length;

    public override (Article, string, string?) Read(DateOnly? defaultPublished) =>
        throw new IngestItemException(FormattableString.Invariant($"{Origin}: the line has {Length:N0} characters, far more than an article may have"));
}

/// <summary>Expands the command line's paths into items, in a stable order.</summary>
public static class IngestInputs
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".jsonl"];

    /// <summary>Files as given; folders recursively (*.txt, *.html, *.htm, *.jsonl, sorted by
    /// ordinal path); «-» reads JSON Lines from <paramref name="stdin"/>.</summary>
    /// <summary>Longest JSON Lines line read by default (16 × the default --max-chars).</summary>
    public const long DefaultMaxLineChars = 16_000_000;

    public static IEnumerable<IngestItem> Enumerate(IEnumerable<string> paths, TextReader? stdin = null, long maxLineChars = DefaultMaxLineChars)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var item in Lines("-", stdin ?? Console.In, maxLineChars))
                {
                    yield return item;
                }
                continue;
            }
            IEnumerable<string> files;
            if (Directory.Exists(path))
            {
                files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f).ToLowerInvariant(), StringComparer.Ordinal))
                    .Order(StringComparer.Ordinal);
            }
            else if (File.Exists(path))
            {
                files = [path];
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
            foreach (var file in files)
            {
                if (string.Equals(System.IO.Path.GetExtension(file), ".jsonl", StringComparison.OrdinalIgnoreCase))
                {
                    using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                    foreach (var item in Lines(file, reader, maxLineChars))
                    {
                        yield return item;
                    }
                }
                else
                {
                    yield return new FileItem(file, File.ReadAllBytes(file));
                }
            }
        }
    }

    private static IEnumerable<IngestItem> Lines(string path, TextReader reader, long maxLineChars)
    {
        // A line over the cap is never held in memory: one 50 MB line must not cost gigabytes.
        foreach (var line in BoundedLines.Read(reader, maxLineChars))
        {
            yield return line.Text is { } text ? new JsonLineItem(path, line.Number, text) : new OverlongLineItem(path, line.Number, line.Length);
        }
    }
}
