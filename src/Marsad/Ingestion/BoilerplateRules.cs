using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Ingestion;

/// <summary>
/// Decides which lines are site furniture, from data/lexicons/boilerplate.tsv. Lines are compared
/// in normalized form, so «اترك تعليقاً» with or without its tanween is caught.
/// </summary>
public sealed class BoilerplateRules
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Pattern, int MaxWords)> _prefix = [];
    private readonly List<(string Pattern, int MaxWords)> _contains = [];
    private readonly HashSet<string> _listHeads = new(StringComparer.Ordinal);
    private readonly List<(string Pattern, int MaxWords)> _tails = [];

    // The same sets asked with a key in a buffer (see Filter): no string per line.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _listLookup;

    /// <summary>
    /// No rule can match a line with more words than this: body paragraphs are skipped without
    /// being normalized (the slack covers words that normalization deletes, a lone tatweel).
    /// </summary>
    private readonly int _wordLimit;

    public BoilerplateRules(TsvTable table)
    {
        int kind = table.Column("kind"), pattern = table.Column("pattern"), max = table.Column("max_words");
        foreach (var row in table.Rows)
        {
            var p = ArabicNormalizer.NormalizeKey(row[pattern].Trim());
            var words = int.Parse(row[max], System.Globalization.CultureInfo.InvariantCulture);
            switch (row[kind])
            {
                case "exact": _exact.Add(p); break;
                case "prefix": _prefix.Add((p, words)); break;
                case "contains": _contains.Add((p, words)); break;
                case "list": _listHeads.Add(p); break;
                case "tail": _tails.Add((p + " ", words)); break;
                default: throw new InvalidDataException($"{table.Name}:{row.Line}: unknown kind '{row[kind]}'");
            }
        }
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _listLookup = _listHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordLimit = 8 + _prefix.Select(p => p.MaxWords)
            .Concat(_contains.Select(p => p.MaxWords))
            .Concat(_exact.Concat(_listHeads).Select(CountWords))
            .DefaultIfEmpty(0).Max();
    }

    public static BoilerplateRules Default { get; } = new(TsvTable.LoadEmbedded("boilerplate"));

    /// <summary>True when the whole line is furniture.</summary>
    public bool IsBoilerplate(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var buffer = new KeyBuffer();
        return CountWords(line) <= _wordLimit && IsBoilerplateKey(buffer.Key(line.AsSpan().Trim()));
    }

    private bool IsBoilerplateKey(ReadOnlySpan<char> key)
    {
        if (key.Length == 0)
        {
            return false;
        }
        if (_exactLookup.Contains(key) || _listLookup.Contains(key))
        {
            return true;
        }
        // A row of buttons or links on one line («طباعة الخبر | أرسل لصديق»): furniture when every item is.
        if (key.IndexOfAny('|', '•', '·') >= 0)
        {
            var items = key.ToString().Split(['|', '•', '·'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (items.Length > 1 && items.All(i => _exact.Contains(i)))
            {
                return true;
            }
        }
        // A key's words are parted by single spaces and it has none at its ends.
        var words = key.Count(' ') + 1;
        foreach (var (p, maxWords) in _prefix)
        {
            if (words <= maxWords && key.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }
        foreach (var (p, maxWords) in _contains)
        {
            if (words <= maxWords && key.Contains(p, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where a tag list run onto the end of a line starts («… الهجوم. سمات تركيا داعش سوريا»), or
    /// -1. Some sites print their tags after the last sentence with no line break, so no line rule
    /// sees them; the list is a tail word and a few bare words, and never ends like a sentence
    /// (a closing «… من سمات المرحلة.» stays body text).
    /// </summary>
    public int TagTailStart(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var t = line.AsSpan().TrimEnd();
        if (_tails.Count == 0 || t.Length == 0 || EndsLikeSentence(t[^1]))
        {
            return -1;
        }
        var maxWords = _tails.Max(p => p.MaxWords + CountWords(p.Pattern));
        // Word starts from the end, nearest first: only the last few words can open a tail.
        var after = 0;
        for (var i = t.Length - 1; i >= 0 && after <= maxWords; i--)
        {
            if (char.IsWhiteSpace(t[i]) || (i > 0 && !char.IsWhiteSpace(t[i - 1])))
            {
                continue;
            }
            var key = ArabicNormalizer.NormalizeKey(t[i..].ToString());
            foreach (var (p, max) in _tails)
            {
                if (after >= CountWords(p) && after - CountWords(p) < max && key.StartsWith(p, StringComparison.Ordinal))
                {
                    return i;
                }
            }
            after++;
        }
        return -1;
    }

    private static bool EndsLikeSentence(char c) => c is '.' or '!' or '؟' or '?' or '»' or '"' or '”' or ')' or ':' or '…' or '،' or ',' or '؛';

    /// <summary>True when the line opens a list of headlines («اقرأ أيضاً»).</summary>
    public bool OpensList(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var buffer = new KeyBuffer();
        return CountWords(line) <= _wordLimit && OpensListKey(buffer.Key(line.AsSpan().Trim()), ref buffer);
    }

    private bool OpensListKey(ReadOnlySpan<char> key, ref KeyBuffer buffer)
    {
        key = key.TrimEnd([':', ' ']);
        return _listLookup.Contains(key) || _listLookup.Contains(buffer.WithColon(key));
    }

    /// <summary>
    /// Removes furniture lines from a list of lines: single lines by rule, and the short headline
    /// lines under a «read also» head until the first line that reads like body text.
    /// </summary>
    public List<string> Filter(IReadOnlyList<string> lines, List<string>? removed = null)
    {
        var kept = new List<string>(lines.Count);
        var inList = false;
        var buffer = new KeyBuffer();
        foreach (var line in lines)
        {
            var trimmed = line.AsSpan().Trim();
            if (trimmed.Length == 0)
            {
                kept.Add(line);
                continue;
            }
            // A separator line («***», «-----») is layout; it still parts paragraphs. Lines of other
            // punctuation or of numbers stay: scraped text breaks lines inside sentences
            // («بينهم\n10\nمجندين»), and a lone «.» may end one.
            if (IsSeparator(trimmed))
            {
                removed?.Add(trimmed.ToString());
                kept.Add(string.Empty);
                continue;
            }
            // One normalization per line serves every rule, into a buffer reused for every line;
            // long body lines need none.
            var hasKey = CountWords(trimmed) <= _wordLimit;
            var key = hasKey ? buffer.Key(trimmed) : default;
            if (hasKey && OpensListKey(key, ref buffer))
            {
                inList = true;
                removed?.Add(trimmed.ToString());
                continue;
            }
            if (inList && LooksLikeHeadline(trimmed))
            {
                removed?.Add(trimmed.ToString());
                continue;
            }
            inList = false;
            if (hasKey && IsBoilerplateKey(key))
            {
                removed?.Add(trimmed.ToString());
                continue;
            }
            kept.Add(line);
        }
        return kept;
    }

    private static bool IsSeparator(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!(c is '*' or '-' or '_' or '=' or '~' or '•' or '·' or '#' or '+' || char.IsWhiteSpace(c)))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A headline: short, and not closed like a sentence of body text.</summary>
    internal static bool LooksLikeHeadline(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        return CountWords(t) <= 18 && !(t.EndsWith('.') || t.EndsWith('،') || t.EndsWith(':'));
    }

    internal static int CountWords(string s) => CountWords(s.AsSpan());

    internal static int CountWords(ReadOnlySpan<char> s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord)
            {
                n++;
            }
            inWord = w;
        }
        return n;
    }

    /// <summary>Where a line's key is folded (and a list head's key with its colon), grown to the longest line keyed.</summary>
    private struct KeyBuffer
    {
        private char[]? _key;
        private char[]? _colon;

        public ReadOnlySpan<char> Key(ReadOnlySpan<char> line)
        {
            var bound = ArabicNormalizer.MaxKeyLength(line.Length);
            if (_key is null || _key.Length < bound)
            {
                _key = new char[Math.Max(bound, 256)];
            }
            return _key.AsSpan(0, ArabicNormalizer.NormalizeKey(line, _key));
        }

        public ReadOnlySpan<char> WithColon(ReadOnlySpan<char> key)
        {
            if (_colon is null || _colon.Length < key.Length + 1)
            {
                _colon = new char[Math.Max(key.Length + 1, 256)];
            }
            key.CopyTo(_colon);
            _colon[key.Length] = ':';
            return _colon.AsSpan(0, key.Length + 1);
        }
    }
}
