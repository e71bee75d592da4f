using System.Globalization;
using System.Text.Json;
using Marsad.Lexicons;
using Marsad.Store;
using Marsad.Text;

namespace Marsad.Routes;

/// <summary>
/// One stored event mention the route layer reads (BLOCKADE, REOPEN, CAPTURE), with the article it
/// came from. <see cref="Start"/>..<see cref="End"/> are the days its date covers (a month covers
/// the whole month; an undated event takes its publication day, as in the store).
/// </summary>
public sealed record RouteEvent
{
    public long Id { get; init; }
    /// <summary>Which article: events of one article never contradict each other, they tell a sequence.</summary>
    public required string Document { get; init; }
    public string? Source { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Published { get; init; }
    public int Ordinal { get; init; }
    public required string Type { get; init; }
    public required string Modality { get; init; }
    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public string? Place { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public string? Country { get; init; }
    public string? Precision { get; init; }
    public string? GazetteerId { get; init; }
    /// <summary>The road's ends as the article names them («حماة», «حلب»), or null.</summary>
    public IReadOnlyList<string>? Route { get; init; }
    public DateOnly Start { get; init; }
    public DateOnly End { get; init; }
    public string? DateValue { get; init; }
    public string DatePrecision { get; init; } = "unknown";
    public required string Evidence { get; init; }
    /// <summary>«للمرة الرابعة» said of this cut: the count the article claims, and its words.</summary>
    public int? ClaimedNth { get; init; }
    public string? ClaimText { get; init; }

    public bool Asserted => string.Equals(Modality, "asserted", StringComparison.Ordinal);

    public bool HasPoint => Lat is not null && Lon is not null;

    /// <summary>The date as the article gives it: a day, a month, a year, or the publication day in brackets.</summary>
    public string DateLabel => DateValue ?? $"[{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}]";
}

/// <summary>The words of data/lexicons/route_words.tsv, folded.</summary>
public sealed class RouteWords
{
    private static readonly Lazy<RouteWords> DefaultInstance = new(() => new RouteWords(TsvTable.LoadEmbedded("route_words")));

    private readonly List<string> _siege = [];
    private readonly List<string> _crossing = [];
    private readonly List<string> _time = [];
    private readonly List<(string[] Words, int Value)> _ordinals = [];

    public RouteWords(TsvTable table)
    {
        int word = table.Column("word"), kind = table.Column("kind"), value = table.Column("value");
        foreach (var row in table.Rows)
        {
            var key = ArabicNormalizer.NormalizeKey(row[word]);
            switch (row[kind])
            {
                case "siege": _siege.Add(key); break;
                case "crossing": _crossing.Add(key); break;
                case "time": _time.Add(key); break;
                case "ordinal":
                    _ordinals.Add((key.Split(' '), int.Parse(row[value], CultureInfo.InvariantCulture)));
                    break;
                default: throw new InvalidDataException($"{table.Name}:{row.Line}: unknown kind '{row[kind]}'");
            }
        }
        // Longest first, so «الحادية عشرة» is read before a shorter ordinal could be.
        _ordinals.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public static RouteWords Default => DefaultInstance.Value;

    /// <summary>The text speaks of a siege («الحصار», «يحاصرها», «الإطباق على»), not of a road cut.</summary>
    public bool SaysSiege(string text) => Words(text).Any(w => _siege.Any(s => w.Contains(s, StringComparison.Ordinal)));

    /// <summary>The text names a crossing («معبر», «منفذ», with clitics).</summary>
    public bool SaysCrossing(string text) => Words(text).Any(w => _crossing.Any(s => w.EndsWith(s, StringComparison.Ordinal) && w.Length <= s.Length + 3));

    /// <summary>
    /// A claimed count in <paramref name="sentence"/>: «للمرة الرابعة» → 4, «للمرة الـ 5» → 5; the
    /// one closest to <paramref name="anchor"/> (the event's words) when there are several.
    /// </summary>
    public (int Value, string Text)? ClaimedCount(string sentence, int anchor)
    {
        var tokens = Tokens(sentence);
        (int Value, string Text, int Distance)? best = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsTimeWord(tokens[i].Key))
            {
                continue;
            }
            var j = i + 1;
            int? value = null;
            foreach (var (words, v) in _ordinals)
            {
                if (j + words.Length <= tokens.Count && words.Select((w, k) => string.Equals(tokens[j + k].Key, w, StringComparison.Ordinal)).All(x => x))
                {
                    value = v;
                    j += words.Length;
                    break;
                }
            }
            if (value is null && j < tokens.Count && string.Equals(tokens[j].Key, "ال", StringComparison.Ordinal))
            {
                j++;
            }
            if (value is null && j < tokens.Count)
            {
                var digits = tokens[j].Key.StartsWith("ال", StringComparison.Ordinal) ? tokens[j].Key[2..] : tokens[j].Key;
                if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 1000)
                {
                    value = n;
                    j++;
                }
            }
            if (value is { } found)
            {
                var start = tokens[i].Start;
                var end = tokens[j - 1].End;
                var distance = anchor < start ? start - anchor : anchor > end ? anchor - end : 0;
                if (best is null || distance < best.Value.Distance)
                {
                    best = (found, sentence[start..end], distance);
                }
            }
        }
        return best is { } b ? (b.Value, b.Text) : null;
    }

    private bool IsTimeWord(string key)
    {
        foreach (var t in _time)
        {
            // «المرة», «للمرة», «والمرة»: the word with at most three clitic letters before it, and
            // only clitic letters, so «مستمرة» is not read as one.
            if (key.EndsWith(t, StringComparison.Ordinal) && key.Length - t.Length <= 3
                && key[..^t.Length].All(c => c is 'ا' or 'ل' or 'و' or 'ف' or 'ب'))
            {
                return true;
            }
        }
        return false;
    }

    private static IEnumerable<string> Words(string text) =>
        ArabicNormalizer.NormalizeKey(text).Split([' ', '،', ',', '.', '«', '»', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    private static List<(string Key, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(string, int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }
            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }
            if (i > start)
            {
                var key = ArabicNormalizer.NormalizeKey(text[start..i]);
                if (key.Length > 0)
                {
                    tokens.Add((key, start, i));
                }
            }
        }
        return tokens;
    }

    // Tatweel and harakat are inside words («الـ4»); the normalizer drops them from the key.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\u0640' || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>The sentence of <paramref name="body"/> around [start, end): cut at «.», «؟», «!» and line ends.</summary>
    public static (int Start, int End) SentenceAround(string body, int start, int end)
    {
        start = Math.Clamp(start, 0, body.Length);
        end = Math.Clamp(end, start, body.Length);
        var s = start;
        while (s > 0 && !IsStop(body[s - 1]))
        {
            s--;
        }
        var e = end;
        while (e < body.Length && !IsStop(body[e]))
        {
            e++;
        }
        return (s, e);
    }

    private static bool IsStop(char c) => c is '.' or '؟' or '?' or '!' or '\n' or '\r';
}

/// <summary>Reads the route layer's events from a store (SQLite or PostgreSQL alike).</summary>
public static class RouteEventReader
{
    public static List<RouteEvent> LoadRouteEvents(this MarsadStore store, RouteWords? words = null)
    {
        words ??= RouteWords.Default;
        using var cmd = store.Command(null, """
            SELECT e.id, e.document_id, d.external_id, d.source, d.title, d.url, d.published, e.ordinal, e.type, e.modality,
                   e.actor1, e.actor2, e.location_name, e.lat, e.lon, e.country, e.location_precision, e.gazetteer_id, e.route,
                   e.date_start, e.date_end, e.date_value, e.date_precision, e.evidence_text, e.evidence_start, e.evidence_end,
                   CASE WHEN e.type = 'BLOCKADE' THEN d.body END
            FROM events e JOIN documents d ON d.id = e.document_id
            WHERE e.type IN ('BLOCKADE', 'REOPEN', 'CAPTURE')
            ORDER BY e.date_start, e.document_id, e.ordinal
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<RouteEvent>();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture);
            double? D(int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);
            var start = ParseDay(S(19)) ?? ParseDay(S(6)) ?? DateOnly.MinValue;
            var body = S(26);
            (int Value, string Text)? claim = null;
            if (body is not null)
            {
                var evStart = Convert.ToInt32(r.GetValue(24), CultureInfo.InvariantCulture);
                var evEnd = Convert.ToInt32(r.GetValue(25), CultureInfo.InvariantCulture);
                var (s, e) = RouteWords.SentenceAround(body, evStart, evEnd);
                claim = words.ClaimedCount(body[s..e], evEnd - s);
            }
            var route = S(18);
            list.Add(new RouteEvent
            {
                Id = Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture),
                Document = S(2) is { Length: > 0 } ext ? ext : "doc" + S(1),
                Source = S(3),
                Title = S(4),
                Url = S(5),
                Published = S(6),
                Ordinal = Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture),
                Type = S(8)!,
                Modality = S(9)!,
                Actor1 = S(10),
                Actor2 = S(11),
                Place = S(12),
                Lat = D(13),
                Lon = D(14),
                Country = S(15),
                Precision = S(16),
                GazetteerId = S(17),
                Route = route is null ? null : JsonSerializer.Deserialize<List<string>>(route),
                Start = start,
                End = ParseDay(S(20)) ?? start,
                DateValue = S(21),
                DatePrecision = S(22) ?? "unknown",
                Evidence = S(23) ?? string.Empty,
                ClaimedNth = claim?.Value,
                ClaimText = claim?.Text,
            });
        }
        return list;
    }

    private static DateOnly? ParseDay(string? iso) =>
        iso is { Length: >= 10 } && DateOnly.TryParseExact(iso[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
