using System.Text.RegularExpressions;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Ingestion;

/// <summary>
/// Reads datelines and bylines: a byline line «باريس نضال حمادة» (place then writer), «بقلم: …»,
/// and a dateline opening the first paragraph: «بغداد (رويترز) -», «حلب-سانا», «دمشق -»,
/// «لندن: رنيم حنوش». Places come from data/lexicons/datelines.tsv, agencies from agencies.tsv.
/// </summary>
public sealed partial class BylineParser
{
    private readonly PhraseMatcher<string> _places = new();
    private readonly PhraseMatcher<string> _agencies = new();

    public BylineParser(TsvTable datelines, TsvTable agencies)
    {
        var name = datelines.Column("name");
        foreach (var row in datelines.Rows)
        {
            _places.Add(row[name], row[name]);
        }
        var agency = agencies.Column("name");
        foreach (var row in agencies.Rows)
        {
            _agencies.Add(row[agency], row[agency]);
        }
    }

    public static BylineParser Default { get; } = new(TsvTable.LoadEmbedded("datelines"), TsvTable.LoadEmbedded("agencies"));

    /// <summary>What a byline or dateline says, and how many characters of the line it takes.</summary>
    public sealed record Result(string? Dateline, string? Author, string? Agency, int Length);

    /// <summary>
    /// Reads a whole short line standing alone under the title: «باريس نضال حمادة», «بقلم: فلان»,
    /// «كتب - فلان», «دمشق - خاص». Returns null when the line is not a byline.
    /// </summary>
    public Result? ParseBylineLine(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || BoilerplateRules.CountWords(t) > 8 || t.EndsWith('.'))
        {
            return null;
        }
        var m = WriterCue().Match(t);
        if (m.Success)
        {
            var author = Clean(m.Groups["name"].Value);
            return author.Length == 0 ? null : new Result(null, author, null, line.Length);
        }

        var text = AnalyzedText.Analyze(t);
        if (text.Tokens.Count == 0)
        {
            return null;
        }
        var place = _places.MatchAt(text, 0, allowClitics: false);
        if (place is null)
        {
            return null;
        }
        var rest = t[place.Span.End..].Trim().TrimStart('-', '–', '—', ':', '/', '،', ',').Trim();
        var dateline = place.Span.Cut(t);
        if (rest.Length == 0)
        {
            return new Result(dateline, null, null, line.Length);
        }
        var agency = MatchAgency(rest);
        if (agency is not null)
        {
            return new Result(dateline, null, agency, line.Length);
        }
        // A writer's name is two to four words of letters only.
        var words = BoilerplateRules.CountWords(rest);
        return words is >= 2 and <= 4 && rest.All(c => char.IsLetter(c) || c == ' ' || ArabicNormalizer.IsIgnorable(c))
            ? new Result(dateline, rest, null, line.Length)
            : null;
    }

    /// <summary>
    /// Reads a dateline that opens a paragraph: a known place, an optional agency in brackets or
    /// after a dash, then a dash or colon. Returns null when the paragraph does not open so.
    /// </summary>
    public Result? ParseDateline(string paragraph)
    {
        var head = paragraph.Length > 80 ? paragraph[..80] : paragraph;
        var text = AnalyzedText.Analyze(head);
        if (text.Tokens.Count < 2)
        {
            return null;
        }
        var place = _places.MatchAt(text, 0, allowClitics: false);
        if (place is null || place.End >= text.Tokens.Count)
        {
            return null;
        }
        var dateline = place.Span.Cut(head);
        var next = text.Tokens[place.End];
        string? agency = null;
        int end;
        if (next.Norm == "(")
        {
            var close = FindToken(text, place.End + 1, ")");
            if (close < 0 || close + 1 >= text.Tokens.Count || !IsDash(text.Tokens[close + 1]))
            {
                return null;
            }
            agency = text.TextOf(place.End + 1, close);
            end = text.Tokens[close + 1].Span.End;
        }
        else if (IsDash(next))
        {
            end = next.Span.End;
            if (place.End + 1 < text.Tokens.Count)
            {
                var a = _agencies.MatchAt(text, place.End + 1, allowClitics: false);
                // The agency must close the dateline: a dash, a colon or a line break follows it.
                if (a is not null && (a.End >= text.Tokens.Count || IsDash(text.Tokens[a.End]) || head.AsSpan(a.Span.End, text.Tokens[a.End].Span.Start - a.Span.End).ContainsAny('\n', '\r')))
                {
                    agency = a.Span.Cut(head);
                    end = a.End < text.Tokens.Count && IsDash(text.Tokens[a.End]) ? text.Tokens[a.End].Span.End : a.Span.End;
                }
            }
        }
        else
        {
            return null;
        }
        while (end < paragraph.Length && char.IsWhiteSpace(paragraph[end]))
        {
            end++;
        }
        return new Result(dateline, null, agency, end);
    }

    private static bool IsDash(Token t) => t.Kind == TokenKind.Punctuation && t.Norm[0] is '-' or '–' or '—' or ':';

    private static int FindToken(AnalyzedText text, int from, string norm)
    {
        for (var i = from; i < text.Tokens.Count && i < from + 8; i++)
        {
            if (string.Equals(text.Tokens[i].Norm, norm, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private string? MatchAgency(string s)
    {
        var text = AnalyzedText.Analyze(s.Trim().Trim('(', ')', '-', ':').Trim());
        if (text.Tokens.Count == 0)
        {
            return null;
        }
        var m = _agencies.MatchAt(text, 0, allowClitics: false);
        return m is not null && m.End >= text.Tokens.Count - 1 ? text.Body : null;
    }

    private static string Clean(string s) => s.Trim().Trim('-', '–', ':', '،', ',').Trim();

    [GeneratedRegex(@"^(?:بقلم|كتب|كتبت|إعداد|اعداد|تقرير|حوار)\s*[:\-–—]?\s*(?<name>[^\d\n:]{3,60})$")]
    private static partial Regex WriterCue();
}
