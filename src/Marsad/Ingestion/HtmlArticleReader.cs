using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Marsad.Ingestion;

/// <summary>
/// Reads an HTML page: title, author and date come from the page's own markup; site furniture
/// (navigation, share buttons, related lists, comment forms, footers) is cut out of the tree; the
/// main text is the article element of the page, or what SmartReader finds when the page has
/// none; its block elements become paragraphs; the text then goes through the same plain-text
/// cleaning (boilerplate lines, bylines, datelines) so HTML and text inputs give the same body.
/// </summary>
public sealed partial class HtmlArticleReader(PlainTextArticleReader text, BylineParser bylines)
{
    public HtmlArticleReader(PlainTextArticleReader text)
        : this(text, BylineParser.Default)
    {
    }

    public static HtmlArticleReader Default { get; } = new(PlainTextArticleReader.Default, BylineParser.Default);

    /// <summary>Elements that never hold article text.</summary>
    private const string FurnitureSelector =
        "script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, input, select, textarea, "
        + "nav, header, footer, aside, figcaption, [role='navigation'], [role='banner'], [role='contentinfo'], [role='complementary'], "
        + "[aria-hidden='true'], [hidden]";

    /// <summary>Containers of the article text on common CMSs, tried before SmartReader's guess.</summary>
    private const string ContentSelector =
        "[itemprop='articleBody'], article, .entry-content, .article-body, .article-content, .article-text, .articleBody, "
        + ".post-content, .post-body, .story-body, .story-content, .news-content, .news-body, .td-post-content, "
        + ".field-name-body, #article-body, #articleBody, #article-content, .details-body, main";

    private const string BylineSelector =
        ".byline, .by-line, .author, .author-name, .post-author, .article-author, .writer, .writer-name, .news-author, "
        + "[rel='author'], [itemprop='author']";

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "tr", "td", "th", "figure", "hr", "address", "center",
    };

    public Article Read(string html, string source)
    {
        var doc = new HtmlParser().ParseDocument(html);
        var published = ReadPublished(doc);
        var heading = FindTitleHeading(doc);
        var title = FirstNonEmpty(
            heading is null ? null : Collapse(heading.TextContent),
            doc.QuerySelector("meta[property='og:title']")?.GetAttribute("content"),
            doc.QuerySelector("meta[name='twitter:title']")?.GetAttribute("content"),
            StripSiteSuffix(doc.Title));
        var (author, bylineDateline) = ReadByline(doc);

        heading?.Remove();
        RemoveFurniture(doc);
        var root = FindContentRoot(doc, source);
        var paragraphs = BlockText(root);
        DropRepeatedTitle(paragraphs, title);
        var article = text.Read(string.Join("\n\n", paragraphs), source, title: title ?? string.Empty, author: author);
        if (string.IsNullOrEmpty(article.Title))
        {
            article = article with { Title = null };
        }
        if (article.Dateline is null && bylineDateline is not null)
        {
            article = article with { Dateline = bylineDateline };
        }
        return article with { Published = published, PublishedSource = published is null ? null : "page" };
    }

    /// <summary>The page's headline: an h1 of the article rather than the site logo's h1 in the header.</summary>
    private static IElement? FindTitleHeading(IDocument doc)
    {
        IElement? first = null;
        foreach (var h in doc.QuerySelectorAll("h1"))
        {
            if (string.IsNullOrWhiteSpace(h.TextContent))
            {
                continue;
            }
            if (h.Closest("header, nav, footer, aside, [role='banner']") is null || h.Closest("article") is not null)
            {
                return h;
            }
            first ??= h;
        }
        // A lone h1 in the header that repeats the page title is still the headline.
        var pageTitle = doc.Title ?? string.Empty;
        return first is not null && pageTitle.Contains(Collapse(first.TextContent), StringComparison.Ordinal) ? first : null;
    }

    /// <summary>
    /// The writer, from a byline element («باريس نضال حمادة», «بقلم: فلان»), the author meta or a
    /// rel=author link; a place that opens the byline is the article's dateline. Byline elements
    /// leave the tree so their line does not reach the body.
    /// </summary>
    private (string? Author, string? Dateline) ReadByline(IDocument doc)
    {
        string? author = null, dateline = null;
        foreach (var element in doc.QuerySelectorAll(BylineSelector).ToList())
        {
            var line = Collapse(element.TextContent);
            if (line.Length == 0 || BoilerplateRules.CountWords(line) > 10 || element.QuerySelector("p") is not null)
            {
                continue;
            }
            if (author is null && dateline is null)
            {
                var parsed = bylines.ParseBylineLine(line);
                if (parsed is not null)
                {
                    author = parsed.Author;
                    dateline = parsed.Dateline;
                }
                else if (BoilerplateRules.CountWords(line) <= 5)
                {
                    author = line;
                }
            }
            element.Remove();
        }
        author ??= FirstNonEmpty(
            doc.QuerySelector("meta[name='author']")?.GetAttribute("content"),
            doc.QuerySelector("meta[property='article:author']")?.GetAttribute("content") is { } a && !a.Contains("://", StringComparison.Ordinal) ? a : null);
        return (author, dateline);
    }

    private static DateOnly? ReadPublished(IDocument doc) =>
        ParseDate(doc.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content"))
        ?? ParseDate(doc.QuerySelector("meta[itemprop='datePublished']")?.GetAttribute("content"))
        ?? ParseDate(doc.QuerySelector("[itemprop='datePublished'][datetime], time[itemprop='datePublished']")?.GetAttribute("datetime"))
        ?? ParseDate(doc.QuerySelector("article time[datetime]")?.GetAttribute("datetime"))
        ?? ParseDate(doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
        ?? ParseDate(doc.QuerySelector("meta[name='date'], meta[name='pubdate'], meta[name='publish-date'], meta[name='DC.date.issued']")?.GetAttribute("content"))
        ?? JsonLdDate(doc);

    /// <summary>datePublished from schema.org JSON-LD, at the top, in a list, or in an @graph.</summary>
    private static DateOnly? JsonLdDate(IDocument doc)
    {
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindProperty(json.RootElement, "datePublished", 0) is { } value && ParseDate(value) is { } d)
                {
                    return d;
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources of the date remain.
            }
        }
        return null;
    }

    private static string? FindProperty(JsonElement e, string name, int depth)
    {
        if (depth > 6)
        {
            return null;
        }
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                if (e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String)
                {
                    return v.GetString();
                }
                foreach (var p in e.EnumerateObject())
                {
                    if (FindProperty(p.Value, name, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (FindProperty(item, name, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// Cuts navigation, headers, footers, asides, forms and every element whose class or id names
    /// furniture (share, social, related, comments, newsletter, tags…), unless it holds most of the
    /// page's text, as a body with class «has-sidebar» does.
    /// </summary>
    private static void RemoveFurniture(IDocument doc)
    {
        foreach (var e in doc.QuerySelectorAll(FurnitureSelector).ToList())
        {
            // An <article> inside a <header> wrapper is rare but real: keep anything that holds paragraphs.
            if (e.LocalName is "header" or "footer" or "aside" && e.QuerySelectorAll("p").Length >= 3 && e.Closest("article") is null && e.QuerySelector("article") is not null)
            {
                continue;
            }
            e.Remove();
        }
        // A date shown next to the headline is metadata, read already; a date inside a sentence stays.
        foreach (var e in doc.QuerySelectorAll("time").ToList())
        {
            if (e.Closest("p, li, blockquote, td") is null)
            {
                e.Remove();
            }
        }
        var total = Math.Max(1, doc.Body?.TextContent.Length ?? 1);
        foreach (var e in doc.QuerySelectorAll("[class], [id]").ToList())
        {
            if (e.LocalName is "html" or "body" or "main" || e.ParentElement is null)
            {
                continue;
            }
            var names = $"{e.GetAttribute("class")} {e.GetAttribute("id")}";
            if (FurnitureName().IsMatch(names) && !ContentName().IsMatch(names) && e.TextContent.Length * 2 < total)
            {
                e.Remove();
            }
        }
    }

    private IElement FindContentRoot(IDocument doc, string source)
    {
        IElement? best = null;
        var bestLength = 0;
        foreach (var e in doc.QuerySelectorAll(ContentSelector))
        {
            var length = ParagraphTextLength(e);
            // Equal text: the later, inner container holds less else.
            if (length >= bestLength && length > 0)
            {
                best = e;
                bestLength = length;
            }
        }
        if (best is not null && bestLength >= 200)
        {
            return best;
        }

        var url = Uri.TryCreate(source, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            ? source
            : "https://localhost/article";
        // The three-argument form never downloads: the page is already here.
        var parsed = SmartReader.Reader.ParseArticle(url, doc.DocumentElement.OuterHtml, null);
        if (parsed.IsReadable && !string.IsNullOrWhiteSpace(parsed.Content))
        {
            var fragment = new HtmlParser().ParseDocument(parsed.Content);
            if (fragment.Body is { } body && ParagraphTextLength(body) > bestLength)
            {
                return body;
            }
        }
        return best ?? doc.Body ?? doc.DocumentElement;
    }

    private static int ParagraphTextLength(IElement e)
    {
        var n = 0;
        foreach (var p in e.QuerySelectorAll("p"))
        {
            n += p.TextContent.Length;
        }
        return n == 0 ? e.TextContent.Length / 2 : n;
    }

    /// <summary>Pages without an h1 repeat the headline in bold above the text: it is the title, not body.</summary>
    private static void DropRepeatedTitle(List<string> paragraphs, string? title)
    {
        if (title is null)
        {
            return;
        }
        var key = Text.ArabicNormalizer.NormalizeKey(title);
        for (var i = 0; i < Math.Min(3, paragraphs.Count); i++)
        {
            var lines = paragraphs[i].Split('\n');
            if (lines.Length > 0 && string.Equals(Text.ArabicNormalizer.NormalizeKey(lines[0]), key, StringComparison.Ordinal))
            {
                if (lines.Length == 1)
                {
                    paragraphs.RemoveAt(i);
                }
                else
                {
                    paragraphs[i] = string.Join("\n", lines[1..]);
                }
                return;
            }
        }
    }

    /// <summary>Each block element's text becomes a paragraph; a &lt;br&gt; becomes a line break inside it.</summary>
    internal static List<string> BlockText(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    current.Append(t.Data);
                    break;
                case IElement e when e.LocalName == "br":
                    current.Append('\n');
                    break;
                case IElement e when BlockTags.Contains(e.LocalName):
                    Flush(current, paragraphs);
                    Walk(e, current, paragraphs);
                    Flush(current, paragraphs);
                    break;
                case IElement e:
                    Walk(e, current, paragraphs);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }
        // One <br> breaks a line; an empty line between two (<br><br>, the old sites' paragraph) parts paragraphs.
        var lines = new List<string>();
        foreach (var raw in current.ToString().Split('\n'))
        {
            var line = Collapse(raw);
            // A date or time on a line of its own in a page is the page's date stamp, read already.
            if (BareDate().IsMatch(line))
            {
                continue;
            }
            if (line.Length > 0)
            {
                lines.Add(line);
            }
            else if (lines.Count > 0)
            {
                paragraphs.Add(string.Join("\n", lines));
                lines.Clear();
            }
        }
        if (lines.Count > 0)
        {
            paragraphs.Add(string.Join("\n", lines));
        }
        current.Clear();
    }

    /// <summary>HTML whitespace (and no-break spaces) folded to single spaces.</summary>
    private static string Collapse(string s) => HtmlSpace().Replace(s, " ").Trim();

    private static string? FirstNonEmpty(params string?[] values)
    {
        foreach (var v in values)
        {
            if (!string.IsNullOrWhiteSpace(v))
            {
                return Collapse(v);
            }
        }
        return null;
    }

    /// <summary>
    /// «عنوان الخبر - اسم الموقع», «عنوان | الموقع» and «الموقع | عنوان»: the site name is the
    /// short side of the last (or first) separator.
    /// </summary>
    internal static string? StripSiteSuffix(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var t = Collapse(title);
        foreach (var sep in new[] { " | ", " - ", " – ", " — ", " :: ", " « ", " » " })
        {
            var last = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (last > 0 && BoilerplateRules.CountWords(t[(last + sep.Length)..]) <= 4)
            {
                return t[..last].Trim();
            }
            var first = t.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && BoilerplateRules.CountWords(t[..first]) <= 3 && BoilerplateRules.CountWords(t[(first + sep.Length)..]) > 4)
            {
                return t[(first + sep.Length)..].Trim();
            }
        }
        return t;
    }

    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var v = value.Trim();
        if (v.Length >= 10 && DateOnly.TryParseExact(v[..10], ["yyyy-MM-dd", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        return DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt) ? DateOnly.FromDateTime(dt.DateTime) : null;
    }

    [GeneratedRegex(@"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|^\d{1,2}:\d{2}$")]
    private static partial Regex BareDate();

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex HtmlSpace();

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|navigation|menu|header|footer|sidebar|share|shares|sharing|social|socials|related|relatedposts|comment|comments|respond|reply|newsletter|subscribe|subscription|breadcrumb|breadcrumbs|tags|tag-list|tagcloud|widget|advert|advertisement|ads|ad|banner|popup|modal|cookie|cookies|read-?also|more-news|most-read|popular|copyright|back-to-top|backtotop|scroll-?top|go-?top|to-top|print|meta|entry-meta|post-meta|article-meta|date|post-date|timestamp|author-box|post-navigation|pagination|recommended|trending)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"(?:^|[\s_-])(?:article-?body|articlebody|entry-content|post-content|story-body|news-content|main-content)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentName();
}
