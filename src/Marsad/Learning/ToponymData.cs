using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Marsad.Learning;

/// <summary>A gold place span in a text (UTF-16 offsets), with its point where the source resolves it.</summary>
public sealed record GoldPlace(int Start, int End, string Type, double? Lat = null, double? Lon = null, string? Country = null);

/// <summary>A text with its gold place spans; <see cref="Key"/> keeps one tweet in one fold across the IDRISI sets.</summary>
public sealed record PlaceDoc(string Source, string Key, string Text, List<GoldPlace> Gold);

/// <summary>
/// Readers of the place-annotated sources the toponym tagger learns from and is scored on:
/// NewsFANE (token/BIO lines), the IDRISI Arabic recognition and resolution splits (JSON lines,
/// code-point offsets), and the place mentions of the annotated corpus (offsets into the shared
/// corpora's text field).
/// </summary>
public static class ToponymData
{
    /// <summary>NewsFANE's fine classes that name a place (not vehicles such as Land/Air/Water, not organisations).</summary>
    public static readonly IReadOnlySet<string> NewsFaneLocations = new HashSet<string>(StringComparer.Ordinal)
    {
        "Nation", "Population-Center", "State-or-Province", "County-or-District", "Continent", "Land-Region-Natural", "Water-Body", "Airport",
    };

    /// <summary>NewsFANE sentences (blank-line separated), grouped <paramref name="perDoc"/> to a text so sentence splitting has context.</summary>
    public static List<PlaceDoc> ReadNewsFane(string file, int perDoc = 20)
    {
        var docs = new List<PlaceDoc>();
        var sb = new StringBuilder();
        var gold = new List<GoldPlace>();
        var sentences = 0;
        int? open = null;
        var openType = string.Empty;
        var lastEnd = 0;
        void Close()
        {
            if (open is { } s)
            {
                gold.Add(new GoldPlace(s, lastEnd, openType));
                open = null;
            }
        }
        void Flush()
        {
            Close();
            if (sb.Length > 0)
            {
                docs.Add(new PlaceDoc("newsfane", "nf" + docs.Count.ToString(CultureInfo.InvariantCulture), sb.ToString(), [.. gold]));
            }
            sb.Clear();
            gold.Clear();
            sentences = 0;
        }
        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.Trim('\uFEFF', '\u200E', '\r');
            if (line.Trim().Length == 0)
            {
                Close();
                // A full stop ends the sentence for the segmenter, as the source gives no punctuation at breaks.
                if (sb.Length > 0 && sb[^1] != '.')
                {
                    sb.Append(" .");
                }
                sb.Append('\n');
                if (++sentences >= perDoc)
                {
                    Flush();
                }
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }
            var word = line[..tab].Trim('\u200E', ' ');
            var tag = line[(tab + 1)..].Trim();
            if (word.Length == 0)
            {
                continue;
            }
            if (sb.Length > 0 && sb[^1] != '\n')
            {
                sb.Append(' ');
            }
            var start = sb.Length;
            sb.Append(word);
            var cls = tag.Length > 2 ? tag[2..] : string.Empty;
            var isPlace = NewsFaneLocations.Contains(cls);
            if (tag.StartsWith("I-", StringComparison.Ordinal) && isPlace && open is not null && string.Equals(cls, openType, StringComparison.Ordinal))
            {
                lastEnd = sb.Length;
                continue;
            }
            Close();
            if (isPlace)
            {
                open = start;
                openType = cls;
                lastEnd = sb.Length;
            }
        }
        Flush();
        return docs;
    }

    /// <summary>IDRISI recognition tweets (idrisi_lmr_ar/*__train.jsonl), keyed by tweet id.</summary>
    public static List<PlaceDoc> ReadIdrisiRecognition(string dir) => ReadIdrisi(Path.Combine(dir, "idrisi_lmr_ar"), resolution: false);

    /// <summary>IDRISI resolution tweets (idrisi_lmd_ar/*__train.jsonl): mentions with their gold OSM point.</summary>
    public static List<PlaceDoc> ReadIdrisiResolution(string dir) => ReadIdrisi(Path.Combine(dir, "idrisi_lmd_ar"), resolution: true);

    private static List<PlaceDoc> ReadIdrisi(string dir, bool resolution)
    {
        var docs = new List<PlaceDoc>();
        foreach (var file in Directory.GetFiles(dir, "*__train.jsonl").Order(StringComparer.Ordinal))
        {
            var ev = Path.GetFileName(file).Replace("__train.jsonl", string.Empty, StringComparison.Ordinal);
            foreach (var line in File.ReadLines(file))
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var text = root.GetProperty("text").GetString() ?? string.Empty;
                var id = root.TryGetProperty("tweet_id", out var tid) ? tid.ToString() : docs.Count.ToString(CultureInfo.InvariantCulture);
                var gold = new List<GoldPlace>();
                var placed = new List<(int Start, int End)>();
                foreach (var m in root.GetProperty("location_mentions").EnumerateArray()
                    .OrderBy(m => m.GetProperty(resolution ? "start_offset" : "startIdx").GetInt32()))
                {
                    var type = m.GetProperty("type").GetString() ?? string.Empty;
                    var (start, end) = Align(text, m.GetProperty(resolution ? "start_offset" : "startIdx").GetInt32(),
                        m.GetProperty(resolution ? "end_offset" : "endIdx").GetInt32(), placed);
                    if (!resolution)
                    {
                        gold.Add(Trim(text, start, end, type));
                        continue;
                    }
                    if (!m.TryGetProperty("osm_json", out var osm) || osm.ValueKind != JsonValueKind.Object
                        || !osm.TryGetProperty("lat", out var lat) || !osm.TryGetProperty("lon", out var lon))
                    {
                        continue;
                    }
                    string? cc = null;
                    if (osm.TryGetProperty("address", out var address) && address.TryGetProperty("country_code", out var c))
                    {
                        cc = c.GetString()?.ToUpperInvariant();
                    }
                    gold.Add(Trim(text, start, end, type,
                        double.Parse(lat.GetString()!, CultureInfo.InvariantCulture), double.Parse(lon.GetString()!, CultureInfo.InvariantCulture), cc));
                }
                docs.Add(new PlaceDoc(ev, id, text, gold));
            }
        }
        return docs;
    }

    /// <summary>
    /// Place mentions of the annotated corpus (data/gold/corpus/train/*.json: place_mentions with
    /// offsets into the text field of the shared corpus record named by article_ref); empty when
    /// the directory does not exist.
    /// </summary>
    public static List<PlaceDoc> ReadCorpus(string trainDir, string sharedRoot)
    {
        var docs = new List<PlaceDoc>();
        if (!Directory.Exists(trainDir))
        {
            return docs;
        }
        var texts = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(trainDir, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement;
            if (!root.TryGetProperty("place_mentions", out var mentions) || mentions.ValueKind != JsonValueKind.Array
                || !root.TryGetProperty("article_ref", out var reference))
            {
                continue;
            }
            var corpus = reference.GetProperty("corpus").GetString()!;
            var id = reference.GetProperty("id").GetString()!;
            if (!texts.TryGetValue(corpus, out var byId))
            {
                byId = LoadTexts(Path.Combine(sharedRoot, corpus));
                texts[corpus] = byId;
            }
            if (!byId.TryGetValue(id, out var text))
            {
                throw new InvalidDataException($"{file}: article {id} is not in {corpus}");
            }
            var gold = new List<GoldPlace>();
            foreach (var m in mentions.EnumerateArray())
            {
                var start = m.GetProperty("start").GetInt32();
                var end = m.GetProperty("end").GetInt32();
                if (start < 0 || end > text.Length || end <= start)
                {
                    throw new InvalidDataException($"{file}: place mention [{start},{end}) is outside the text");
                }
                gold.Add(new GoldPlace(start, end, "corpus"));
            }
            // Coders mark «محافظة نينوى» and the «نينوى» inside it; the tagger's tags cannot nest, and
            // IDRISI marks the longer span («مدينة #البتراء»), so the longer one is kept.
            var all = gold;
            gold = [.. all.Where(g => !all.Exists(o => o.Start <= g.Start && g.End <= o.End && o.End - o.Start > g.End - g.Start))
                .Distinct().OrderBy(g => g.Start).ThenBy(g => g.End)];
            docs.Add(new PlaceDoc("corpus", Path.GetFileNameWithoutExtension(file), text, gold));
        }
        return docs;
    }

    private static Dictionary<string, string> LoadTexts(string jsonl)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(jsonl))
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("id", out var id) && doc.RootElement.TryGetProperty("text", out var text))
            {
                byId[id.ToString()] = text.GetString() ?? string.Empty;
            }
        }
        return byId;
    }

    /// <summary>
    /// A mention's UTF-16 span, moved to the whole-word occurrence of its text that IDRISI's own
    /// token-level (BILOU) release labels. The JSON offsets were found by searching the tweet for
    /// the mention's text, so 7–9 % of them point at its first occurrence: inside another word
    /// («لبنان» in «اللبنانية»), inside another mention («بيروت» in «#مرفأ_بيروت») or at the
    /// occurrence a previous mention of the same name already took; the BILOU release labels the
    /// later «#لبنان» instead. A part of a hashtag joined by «_» («#امطار_الكويت») is no whole word. A span that is a whole word (after up to two proclitics, which IDRISI
    /// counts in the token) and free stays where it is; one that is neither moves to the first
    /// free whole-word occurrence; with none, it stays.
    /// </summary>
    public static (int Start, int End) Align(string text, int codePointStart, int codePointEnd, List<(int Start, int End)> placed)
    {
        // IDRISI offsets count code points (Python); .NET strings count UTF-16 units, and tweets carry emoji.
        var start = Math.Clamp(Utf16Index(text, codePointStart), 0, text.Length);
        var end = Math.Clamp(Utf16Index(text, codePointEnd), start, text.Length);
        bool Free(int s, int e) => !placed.Exists(p => p.Start < e && s < p.End);
        if (end > start && (!IsWholeWord(text, start, end) || !Free(start, end)))
        {
            var name = text[start..end];
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (IsWholeWord(text, at, at + name.Length) && Free(at, at + name.Length))
                {
                    (start, end) = (at, at + name.Length);
                    break;
                }
            }
        }
        placed.Add((start, end));
        return (start, end);
    }

    private static bool IsWholeWord(string text, int start, int end)
    {
        // «_» joins the words of a hashtag: «الكويت» inside «#امطار_الكويت» is part of another word.
        static bool Letter(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
        if (end < text.Length && Letter(text[end]))
        {
            return false;
        }
        var k = start;
        while (k > 0 && start - k < 2 && "وفبلك".Contains(text[k - 1], StringComparison.Ordinal))
        {
            k--;
        }
        return start == 0 || !Letter(text[start - 1]) || (k < start && (k == 0 || !Letter(text[k - 1])));
    }

    /// <summary>Gold spans lose a leading «#» and trailing marks, as the system never includes them (offsets in UTF-16 units).</summary>
    public static GoldPlace Trim(string text, int start, int end, string type, double? lat = null, double? lon = null, string? cc = null)
    {
        while (start < end && (text[start] == '#' || char.IsWhiteSpace(text[start])))
        {
            start++;
        }
        while (end > start && (char.IsPunctuation(text[end - 1]) || char.IsWhiteSpace(text[end - 1])))
        {
            end--;
        }
        return new GoldPlace(start, end, type, lat, lon, cc);
    }

    private static int Utf16Index(string text, int codePoints)
    {
        var i = 0;
        for (var n = 0; n < codePoints && i < text.Length; n++)
        {
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        }
        return i;
    }

    /// <summary>The fold (0..folds-1) of a key: a stable hash, so a tweet falls in the same fold in both IDRISI sets.</summary>
    public static int FoldOf(string key, int folds)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }
        return (int)(h % (uint)folds);
    }
}
