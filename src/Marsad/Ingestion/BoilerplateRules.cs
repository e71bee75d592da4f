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
            var p = Key(row[pattern]);
            var words = int.Parse(row[max], System.Globalization.CultureInfo.InvariantCulture);
            switch (row[kind])
            {
                case "exact": _exact.Add(p); break;
                case "prefix": _prefix.Add((p, words)); break;
                case "contains": _contains.Add((p, words)); break;
                case "list": _listHeads.Add(p); break;
                default: throw new InvalidDataException($"{table.Name}:{row.Line}: unknown kind '{row[kind]}'");
            }
        }
        _wordLimit = 8 + _prefix.Select(p => p.MaxWords)
            .Concat(_contains.Select(p => p.MaxWords))
            .Concat(_exact.Concat(_listHeads).Select(CountWords))
            .DefaultIfEmpty(0).Max();
    }

    public static BoilerplateRules Default { get; } = new(TsvTable.LoadEmbedded("boilerplate"));

    /// <summary>True when the whole line is furniture.</summary>
    public bool IsBoilerplate(string line) => CountWords(line) <= _wordLimit && IsBoilerplateKey(Key(line));

    private bool IsBoilerplateKey(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }
        if (_exact.Contains(key) || _listHeads.Contains(key))
        {
            return true;
        }
        // A row of buttons or links on one line («طباعة الخبر | أرسل لصديق»): furniture when every item is.
        if (key.AsSpan().IndexOfAny('|', '•', '·') >= 0)
        {
            var items = key.Split(['|', '•', '·'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (items.Length > 1 && items.All(i => _exact.Contains(i)))
            {
                return true;
            }
        }
        var words = CountWords(key);
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

    /// <summary>True when the line opens a list of headlines («اقرأ أيضاً»).</summary>
    public bool OpensList(string line) => CountWords(line) <= _wordLimit && OpensListKey(Key(line));

    private bool OpensListKey(string key)
    {
        key = key.TrimEnd(':', ' ');
        return _listHeads.Contains(key) || _listHeads.Contains(key + ":");
    }

    /// <summary>
    /// Removes furniture lines from a list of lines: single lines by rule, and the short headline
    /// lines under a «read also» head until the first line that reads like body text.
    /// </summary>
    public List<string> Filter(IReadOnlyList<string> lines, List<string>? removed = null)
    {
        var kept = new List<string>(lines.Count);
        var inList = false;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                kept.Add(line);
                continue;
            }
            // A separator line («***», «-----») is layout; it still parts paragraphs. Lines of other
            // punctuation or of numbers stay: scraped text breaks lines inside sentences
            // («بينهم\n10\nمجندين»), and a lone «.» may end one.
            if (trimmed.All(c => c is '*' or '-' or '_' or '=' or '~' or '•' or '·' or '#' or '+' || char.IsWhiteSpace(c)))
            {
                removed?.Add(trimmed);
                kept.Add(string.Empty);
                continue;
            }
            // One normalization per line serves every rule; long body lines need none.
            var key = CountWords(trimmed) <= _wordLimit ? Key(trimmed) : null;
            if (key is not null && OpensListKey(key))
            {
                inList = true;
                removed?.Add(trimmed);
                continue;
            }
            if (inList && LooksLikeHeadline(trimmed))
            {
                removed?.Add(trimmed);
                continue;
            }
            inList = false;
            if (key is not null && IsBoilerplateKey(key))
            {
                removed?.Add(trimmed);
                continue;
            }
            kept.Add(line);
        }
        return kept;
    }

    /// <summary>A headline: short, and not closed like a sentence of body text.</summary>
    internal static bool LooksLikeHeadline(string line)
    {
        var t = line.TrimEnd();
        return CountWords(t) <= 18 && !(t.EndsWith('.') || t.EndsWith('،') || t.EndsWith(':'));
    }

    private static string Key(string line) => ArabicNormalizer.NormalizeKey(line.Trim());

    internal static int CountWords(string s)
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
}
