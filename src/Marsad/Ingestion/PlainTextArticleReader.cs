using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Ingestion;

/// <summary>
/// Turns already-scraped text (a title line, perhaps a byline line, paragraphs, perhaps a site
/// footer) into an <see cref="Article"/>. Title and byline lines leave the body; furniture lines
/// are dropped by <see cref="BoilerplateRules"/>; an opening dateline stays in the body (it is part
/// of the first sentence) and is also reported as metadata.
/// </summary>
public sealed partial class PlainTextArticleReader(BoilerplateRules boilerplate, BylineParser bylines)
{
    public static PlainTextArticleReader Default { get; } = new(BoilerplateRules.Default, BylineParser.Default);

    /// <param name="text">The decoded text.</param>
    /// <param name="source">Path or id, for the record.</param>
    /// <param name="title">A title given apart from the text (JSON Lines); the text then has no title line.</param>
    public Article Read(string text, string source, string? title = null, string? author = null)
    {
        var lines = SplitLines(text);
        var kept = boilerplate.Filter(lines);
        TrimBlankEdges(kept);
        CutTagTail(kept);

        string? dateline = null;
        string? foundTitle = title;
        string? foundAuthor = string.IsNullOrWhiteSpace(author) ? null : author.Trim();
        // A given author field often carries the dateline too («بيروت: فلان», «بغداد-الوئام:»).
        if (foundAuthor is not null && bylines.ParseBylineLine(foundAuthor) is { } given)
        {
            dateline = given.Dateline;
            foundAuthor = given.Author ?? given.Agency ?? foundAuthor;
        }
        var first = NextNonBlank(kept, 0);
        if (title is null && first >= 0 && IsTitleLine(kept, first) && bylines.ParseBylineLine(kept[first]) is null)
        {
            foundTitle = kept[first].Trim();
            kept.RemoveAt(first);
        }

        // A byline stands alone on one of the first lines under the title.
        var candidate = NextNonBlank(kept, 0);
        if (candidate >= 0 && NextNonBlank(kept, candidate + 1) >= 0)
        {
            var byline = bylines.ParseBylineLine(kept[candidate]);
            if (byline is not null)
            {
                dateline = byline.Dateline ?? dateline;
                foundAuthor ??= byline.Author;
                kept.RemoveAt(candidate);
            }
        }
        TrimBlankEdges(kept);
        var credit = DropTrailingCredits(kept);
        dateline ??= credit.Dateline;
        foundAuthor ??= credit.Author;
        var body = JoinParagraphs(kept);

        if (dateline is null && body.Length > 0)
        {
            var firstLine = body.AsSpan().IndexOf('\n') is var nl and >= 0 ? body[..nl] : body;
            dateline = bylines.ParseDateline(firstLine)?.Dateline;
        }
        return new Article { Source = source, Title = foundTitle, Author = foundAuthor, Dateline = dateline, Body = body };
    }

    /// <summary>
    /// Wire copy often closes with its credit on a line of its own («دمشق - أ ش أ», «وكالات»,
    /// «ترجمة - فلان»): it is not body text. Returns the credit's dateline, if any.
    /// </summary>
    private (string? Dateline, string? Author) DropTrailingCredits(List<string> lines)
    {
        string? dateline = null, author = null;
        for (var n = 0; n < 2; n++)
        {
            var last = lines.Count - 1;
            if (last < 1 || NextNonBlank(lines, 0) == last)
            {
                break;
            }
            var line = lines[last];
            var reporters = Reporters().Match(line.Trim());
            if (reporters.Success && EndsSentence(lines[last - 1]))
            {
                author ??= reporters.Groups["names"].Value;
            }
            else
            {
                var credit = bylines.ParseBylineLine(line);
                if (credit is null || (credit.Agency is null && credit.Dateline is not null))
                {
                    break;
                }
                dateline ??= credit.Dateline;
                author ??= credit.Author;
            }
            lines.RemoveAt(last);
            TrimBlankEdges(lines);
        }
        return (dateline, author);
    }

    /// <summary>A tag list run onto the last paragraph leaves the body (it is the site's index, not the story); a line left blank goes with it.</summary>
    private void CutTagTail(List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }
        var start = boilerplate.TagTailStart(lines[^1]);
        if (start >= 0)
        {
            lines[^1] = lines[^1][..start];
            TrimBlankEdges(lines);
        }
    }

    /// <summary>True when the line before a credit closes a sentence: else the «credit» may be the end of a broken sentence.</summary>
    private static bool EndsSentence(string line)
    {
        var t = line.TrimEnd();
        return t.Length == 0 || t[^1] is '.' or '!' or '؟' or '?' or '»' or '"' or ')' or '…';
    }

    /// <summary>The wire's closing «من فلان» / «من فلان وفلان» credit: two to seven words of letters, no full stop.</summary>
    [GeneratedRegex(@"^من\s+(?<names>[\p{L}\p{Mn}]+(?:\s+[\p{L}\p{Mn}]+){1,6})$")]
    private static partial Regex Reporters();

    /// <summary>
    /// A title is a first line that is short, is not closed like a sentence, and has text after it.
    /// </summary>
    private static bool IsTitleLine(List<string> lines, int index)
    {
        var t = lines[index].Trim();
        if (NextNonBlank(lines, index + 1) < 0)
        {
            return false;
        }
        var words = BoilerplateRules.CountWords(t);
        return words is >= 2 and <= 25 && !(t.EndsWith('.') || t.EndsWith('،') || t.EndsWith(','));
    }

    internal static List<string> SplitLines(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\u2029', '\n');
        return [.. normalized.Split('\n')];
    }

    private static int NextNonBlank(List<string> lines, int from)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(lines[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private static void TrimBlankEdges(List<string> lines)
    {
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0]))
        {
            lines.RemoveAt(0);
        }
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }
    }

    /// <summary>Paragraphs separated by one blank line; lines trimmed at the end; runs of blank lines folded.</summary>
    internal static string JoinParagraphs(List<string> lines)
    {
        var sb = new StringBuilder();
        var blank = false;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                blank = sb.Length > 0;
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append(blank ? "\n\n" : "\n");
            }
            sb.Append(line.TrimStart());
            blank = false;
        }
        return sb.ToString();
    }
}
