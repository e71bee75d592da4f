using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Ingestion;

namespace Marsad.Store;

/// <summary>One unit of input before decoding: a whole file's bytes, or one JSON Lines line.</summary>
public abstract record IngestItem(string Origin)
{
    /// <summary>Decodes the item into an article plus its source and URL; throws
    /// <see cref="IngestItemException"/> when the item cannot be read.</summary>
    public abstract (Article Article, string Source, string? Url) Read(DateOnly? defaultPublished);
}

public sealed class IngestItemException(string message) : Exception(message);

public sealed record FileItem(string Path, byte[] Bytes) : IngestItem(Path)
{
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

/// <summary>Expands the command line's paths into items, in a stable order.</summary>
public static class IngestInputs
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".jsonl"];

    /// <summary>Files as given; folders recursively (*.txt, *.html, *.htm, *.jsonl, sorted by
    /// ordinal path); «-» reads JSON Lines from <paramref name="stdin"/>.</summary>
    public static IEnumerable<IngestItem> Enumerate(IEnumerable<string> paths, TextReader? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                foreach (var item in Lines("-", stdin ?? Console.In))
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
                    foreach (var item in Lines(file, reader))
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

    private static IEnumerable<IngestItem> Lines(string path, TextReader reader)
    {
        long lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return new JsonLineItem(path, lineNo, line);
            }
        }
    }
}
