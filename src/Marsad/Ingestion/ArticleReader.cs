namespace Marsad.Ingestion;

/// <summary>
/// The one entry point from bytes or strings to an <see cref="Article"/>: decodes, tells HTML from
/// text, and hands over to the reader for that kind.
/// </summary>
public sealed class ArticleReader(PlainTextArticleReader text, HtmlArticleReader html)
{
    public static ArticleReader Default { get; } = new(PlainTextArticleReader.Default, HtmlArticleReader.Default);

    public Article ReadBytes(ReadOnlySpan<byte> bytes, string source, DateOnly? published = null, string? publishedSource = null) =>
        ReadString(TextDecoder.Decode(bytes), source, published, publishedSource: publishedSource);

    /// <param name="publishedSource">What <paramref name="published"/> was read from, kept in the output («--published», «crawled_at»…).</param>
    public Article ReadString(string content, string source, DateOnly? published = null, string? title = null, string? author = null, string? publishedSource = null)
    {
        // A lone surrogate (a JSON "\ud800", a cut UTF-16 file) cannot be written out as UTF-8 JSON:
        // it becomes U+FFFD here, one code unit for one, so every offset stays as it was.
        content = TextDecoder.ReplaceLoneSurrogates(content);
        title = title is null ? null : TextDecoder.ReplaceLoneSurrogates(title);
        author = author is null ? null : TextDecoder.ReplaceLoneSurrogates(author);
        var article = LooksLikeHtml(content)
            ? html.Read(content, source)
            : text.Read(content, source, title, author);
        if (title is not null)
        {
            article = article with { Title = title };
        }
        if (author is not null && article.Author is null)
        {
            article = article with { Author = author };
        }
        return published is null ? article : article with { Published = published, PublishedSource = publishedSource ?? "caller" };
    }

    /// <summary>HTML when the content opens with a tag or a doctype, or carries body/paragraph tags early on.</summary>
    public static bool LooksLikeHtml(string content)
    {
        var span = content.AsSpan().TrimStart();
        if (span.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase) || span.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var head = span.Length > 4096 ? span[..4096] : span;
        return span.StartsWith("<", StringComparison.Ordinal)
            && (head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<p", StringComparison.OrdinalIgnoreCase) || head.Contains("<div", StringComparison.OrdinalIgnoreCase) || head.Contains("<article", StringComparison.OrdinalIgnoreCase));
    }
}
