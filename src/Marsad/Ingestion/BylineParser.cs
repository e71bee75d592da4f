using System.Text.RegularExpressions;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Ingestion;

/// <summary>
/// Reads datelines and bylines: a byline line «باريس نضال حمادة» (place then writer), «بقلم: …»,
/// «دمشق - أ ش أ», and a dateline opening the first paragraph: «بغداد (رويترز) -», «حلب-سانا»,
/// «دمشق -», «القاهرة - أ ف ب:». Places come from data/lexicons/datelines.tsv, agencies from
/// agencies.tsv.
/// </summary>
public sealed partial class BylineParser
{
    private readonly PhraseMatcher<string> _places = new();
    private readonly PhraseMatcher<string> _agencies = new();
    private readonly HashSet<string> _nonNames = new(StringComparer.Ordinal);

    public BylineParser(TsvTable datelines, TsvTable agencies, TsvTable? nonNames = null)
    {
        if (nonNames is not null)
        {
            var word = nonNames.Column("word");
            foreach (var row in nonNames.Rows)
            {
                _nonNames.Add(ArabicNormalizer.NormalizeKey(row[word]));
            }
        }
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

    public static BylineParser Default { get; } = new(TsvTable.LoadEmbedded("datelines"), TsvTable.LoadEmbedded("agencies"), TsvTable.LoadEmbedded("byline_nonnames"));

    /// <summary>What a byline or dateline says, and how many characters of the line it takes.</summary>
    public sealed record Result(string? Dateline, string? Author, string? Agency, int Length);

    /// <summary>
    /// Reads a whole short line standing alone under the title: «باريس نضال حمادة», «بقلم: فلان»,
    /// «كتب - فلان:», «دمشق - أ ش أ», «أ ف ب», «رويترز - بغداد». Returns null when the line is
    /// not a byline.
    /// </summary>
    public Result? ParseBylineLine(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || BoilerplateRules.CountWords(t) > 8 || t.EndsWith('.') || t.EndsWith('؟') || t.EndsWith('?'))
        {
            return null;
        }
        var m = WriterCue().Match(t);
        if (m.Success)
        {
            var author = Clean(m.Groups["name"].Value);
            return author.Length == 0 ? null : new Result(null, author, null, line.Length);
        }

        // «الوئام - رويترز:»: a colon may close a byline as it closes a dateline.
        t = t.TrimEnd(':', ' ');
        var text = AnalyzedText.Analyze(t);
        if (text.Tokens.Count == 0)
        {
            return null;
        }
        var place = _places.MatchAt(text, 0, allowClitics: false);
        if (place is null)
        {
            return ParseAgencyFirst(t, text, line.Length);
        }
        var rest = Clean(t[place.Span.End..]);
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
        // A writer's name is two to four words of letters only, none of them a word no name holds.
        var words = BoilerplateRules.CountWords(rest);
        return words is >= 2 and <= 4 && rest.All(c => char.IsLetter(c) || c == ' ' || ArabicNormalizer.IsIgnorable(c)) && IsName(rest)
            ? new Result(dateline, rest, null, line.Length)
            : null;
    }

    private bool IsName(string words)
    {
        foreach (var w in ArabicNormalizer.NormalizeKey(words).Split(' '))
        {
            if (_nonNames.Contains(w))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A line that is only an agency («أ ش أ», «(رويترز)»), an agency then a place or a desk
    /// («عين اليوم – بغداد», «عين اليوم – متابعات»), or writers then the outlet («فلان – عين اليوم»).
    /// </summary>
    private Result? ParseAgencyFirst(string t, AnalyzedText text, int length)
    {
        var whole = MatchAgency(t);
        if (whole is not null)
        {
            return new Result(null, null, whole, length);
        }
        var agency = _agencies.MatchAt(text, 0, allowClitics: false);
        if (agency is null)
        {
            return ParseWritersThenOutlet(t, length);
        }
        if (agency.End >= text.Tokens.Count)
        {
            return null;
        }
        var next = agency.End;
        var separated = IsSeparatorBetween(t, agency.Span.End, text.Tokens[next].Span.Start);
        while (next < text.Tokens.Count && text.Tokens[next].Kind == TokenKind.Punctuation && IsSeparator(text.Tokens[next].Norm[0]))
        {
            separated = true;
            next++;
        }
        if (!separated || next >= text.Tokens.Count)
        {
            return null;
        }
        var place = _places.MatchAt(text, next, allowClitics: false);
        if (place is not null && place.End == text.Tokens.Count)
        {
            return new Result(place.Span.Cut(t), null, agency.Span.Cut(t), length);
        }
        var second = _agencies.MatchAt(text, next, allowClitics: false);
        return second is not null && second.End == text.Tokens.Count ? new Result(null, null, agency.Span.Cut(t), length) : null;
    }

    /// <summary>«عمر إبراهيم – عين اليوم», «سعاد علي، منى حسن - وكالات»: names of letters, a separator, a known outlet.</summary>
    private Result? ParseWritersThenOutlet(string t, int length)
    {
        var cut = t.LastIndexOfAny(['-', '–', '—', '_', 'ـ', '|']);
        if (cut <= 0)
        {
            return null;
        }
        var names = t[..cut].Trim();
        var outlet = MatchAgency(t[(cut + 1)..]);
        var words = BoilerplateRules.CountWords(names);
        return outlet is not null && words is >= 2 and <= 6 && names.All(c => char.IsLetter(c) || c is ' ' or '،' or ',' || ArabicNormalizer.IsIgnorable(c)) && IsName(names.Replace('،', ' ').Replace(',', ' '))
            ? new Result(null, names, outlet, length)
            : null;
    }

    /// <summary>
    /// Reads a dateline that opens a paragraph: a known place, up to two bracketed notes (an agency,
    /// a country), then a dash, colon, underscore or tatweel, then perhaps an agency closed by
    /// another separator: «بغداد (رويترز) -», «حلب-سانا», «دمشق ـ», «القاهرة - أ ف ب:»; the city
    /// may be followed by its country after a comma («بغداد، العراق (CNN) --»). Returns
    /// null when the paragraph does not open so.
    /// </summary>
    public Result? ParseDateline(string paragraph)
    {
        var head = paragraph.Length > 120 ? paragraph[..120] : paragraph;
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
        var pos = SkipSpaces(head, place.Span.End);
        // «بغداد، العراق (CNN) --»: the city's country after a comma belongs to the dateline (the
        // dateline stays the city); read as body text it became an actor of the first sentence.
        if (place.End + 2 < text.Tokens.Count && text.Tokens[place.End].Norm is "،" or ",")
        {
            if (ActorLexicon.Default.Matcher.MatchAt(text, place.End + 1, false) is { } country && country.End < text.Tokens.Count
                && country.Values.Any(static v => v is { Class: "state", Kind: "name" }))
            {
                pos = SkipSpaces(head, country.Span.End);
            }
            // «بيروت، لبنان (CNN)--»: a country the actor lexicon holds no state name for (Lebanon
            // is named there by its nisba only) is still the city's country, by the gazetteer.
            else if (IsCountryName(text.Tokens[place.End + 1], head))
            {
                pos = SkipSpaces(head, text.Tokens[place.End + 1].Span.End);
            }
        }
        string? agency = null;
        var notes = 0;
        var separated = false;
        // «القاهرة – (أ ش أ):» and «الموصل (العراق) (رويترز) -»: notes and separators in any order.
        for (var step = 0; step < 5 && pos < head.Length; step++)
        {
            if (head[pos] == '(' && notes < 2)
            {
                var close = head.IndexOf(')', pos);
                if (close < 0 || close - pos > 40 || head.AsSpan(pos, close - pos).Contains('\n'))
                {
                    return null;
                }
                agency ??= MatchAgency(head[(pos + 1)..close]);
                notes++;
                pos = SkipSpaces(head, close + 1);
            }
            else if (IsSeparator(head[pos]))
            {
                separated = true;
                pos = SkipSpaces(head, pos + 1);
            }
            else
            {
                break;
            }
        }
        if (!separated && agency is null)
        {
            return null;
        }
        var end = pos;
        if (separated && agency is null)
        {
            (agency, end) = AgencyAfterSeparator(head, pos);
        }
        while (end < paragraph.Length && char.IsWhiteSpace(paragraph[end]))
        {
            end++;
        }
        return new Result(dateline, null, agency, end);
    }

    /// <summary>A one-word name of a country in the gazetteer («لبنان»).</summary>
    private static bool IsCountryName(Text.Token token, string head)
    {
        if (token.Kind != Text.TokenKind.Word)
        {
            return false;
        }
        var gazetteer = Geo.Gazetteer.Default;
        foreach (var row in gazetteer.Find(token.Span.Cut(head)))
        {
            if (gazetteer.TypeOf(row) == "country")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// An agency right after the dateline's separator counts only when it closes the dateline (a
    /// separator, a line break or the end follows), or when it is glued to the separator
    /// («حلب-سانا», «دمشق _أ ش أ»), the wire style that lets the text run on after a space.
    /// </summary>
    private (string? Agency, int End) AgencyAfterSeparator(string head, int pos)
    {
        var stop = pos;
        while (stop < head.Length && stop - pos < 40 && !IsSeparator(head[stop]) && head[stop] is not ('\n' or '(' or '.' or '،' or ','))
        {
            stop++;
        }
        if (stop == pos)
        {
            return (null, pos);
        }
        var candidate = head[pos..stop].Trim();
        var closed = stop - pos < 40 && (stop >= head.Length || IsSeparator(head[stop]) || head[stop] == '\n');
        if (closed && (MatchAgency(candidate) is not null || IsQuotedName(candidate)))
        {
            var end = stop;
            while (end < head.Length && IsSeparator(head[end]))
            {
                end++;
            }
            return (candidate, end);
        }
        if (IsSeparator(head[pos - 1]))
        {
            var text = AnalyzedText.Analyze(head[pos..stop]);
            var m = text.Tokens.Count > 0 ? _agencies.MatchAt(text, 0, allowClitics: false) : null;
            if (m is not null && (m.Span.End == text.Body.Length || char.IsWhiteSpace(text.Body[m.Span.End])))
            {
                return (m.Span.Cut(text.Body), pos + m.Span.End);
            }
        }
        return (null, pos);
    }

    /// <summary>A newspaper named in quotes after a dateline: «بيروت - «الحياة» -».</summary>
    private static bool IsQuotedName(string s) =>
        s.Length > 2 && s[0] is '«' or '"' or '“' && s[^1] is '»' or '"' or '”' && BoilerplateRules.CountWords(s) <= 4;

    private static bool IsSeparator(char c) => c is '-' or '–' or '—' or '_' or 'ـ' or ':' or '/' or '|';

    private static bool IsSeparatorBetween(string s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsSeparator(s[i]))
            {
                return true;
            }
        }
        return false;
    }

    private static int SkipSpaces(string s, int pos)
    {
        while (pos < s.Length && s[pos] is ' ' or '\t' or '\u00A0')
        {
            pos++;
        }
        return pos;
    }

    private string? MatchAgency(string s)
    {
        var trimmed = s.Trim().Trim('(', ')', '-', '–', '—', '_', 'ـ', ':', ' ', '«', '»', '"', '“', '”');
        var text = AnalyzedText.Analyze(trimmed);
        if (text.Tokens.Count == 0)
        {
            return null;
        }
        var m = _agencies.MatchAt(text, 0, allowClitics: false);
        return m is not null && m.End >= text.Tokens.Count - 1 ? text.Body : null;
    }

    private static string Clean(string s) => s.Trim().Trim('-', '–', '—', '_', 'ـ', ':', '/', '،', ',', ' ').Trim();

    [GeneratedRegex(@"^(?:بقلم|كتبت|كتب|إعداد|اعداد|تقرير|حوار|ترجمة|ترجمه|متابعة)(?:\s*[:\-–—_ـ]+\s*|\s+)(?<name>[^\d\n:]{3,60}?)\s*:?$")]
    private static partial Regex WriterCue();
}
