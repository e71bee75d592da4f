using AngleSharp.Html.Parser;

namespace Marsad.Ingestion;

/// <summary>
/// Reads an HTML page: SmartReader finds the main text; title, author and date come from the
/// page's own markup; the text then goes through the same plain-text cleaning (boilerplate lines,
/// bylines, datelines) so HTML and text inputs give the same body.
/// </summary>
public sealed class HtmlArticleReader(PlainTextArticleReader text)
{
    public static HtmlArticleReader Default { get; } = new(PlainTextArticleReader.Default);

    public Article Read(string html, string source)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var title = FirstNonEmpty(
            doc.QuerySelector("h1")?.TextContent,
            doc.QuerySelector("meta[property='og:title']")?.GetAttribute("content"),
            StripSiteSuffix(doc.Title));
        var author = FirstNonEmpty(
            doc.QuerySelector("meta[name='author']")?.GetAttribute("content"),
            doc.QuerySelector("[rel='author'], .byline, .author")?.TextContent);
        var published = ParseDate(FirstNonEmpty(
            doc.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content"),
            doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            doc.QuerySelector("meta[name='date']")?.GetAttribute("content")));

        var url = Uri.TryCreate(source, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            ? source
            : "https://localhost/article";
        // The three-argument form never downloads: the page is already here.
        var parsed = SmartReader.Reader.ParseArticle(url, html, null);
        var mainText = parsed.IsReadable ? parsed.TextContent : doc.Body?.TextContent ?? string.Empty;
        var article = text.Read(mainText, source, title: title?.Trim() ?? string.Empty, author: author?.Trim());
        if (string.IsNullOrEmpty(article.Title))
        {
            article = article with { Title = null };
        }
        return article with { Published = published };
    }

    private static string? FirstNonEmpty(params string?[] values)
    {
        foreach (var v in values)
        {
            if (!string.IsNullOrWhiteSpace(v))
            {
                return v.Trim();
            }
        }
        return null;
    }

    /// <summary>«عنوان الخبر - اسم الموقع» and «عنوان | الموقع»: the part before the last separator.</summary>
    internal static string? StripSiteSuffix(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        foreach (var sep in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            var i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 0)
            {
                return title[..i].Trim();
            }
        }
        return title.Trim();
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }
        return DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
    }
}
