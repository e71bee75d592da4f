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
    }

    public static BoilerplateRules Default { get; } = new(TsvTable.LoadEmbedded("boilerplate"));

    /// <summary>True when the whole line is furniture.</summary>
    public bool IsBoilerplate(string line)
    {
        var key = Key(line);
        if (key.Length == 0)
        {
            return false;
        }
        if (_exact.Contains(key) || _listHeads.Contains(key))
        {
            return true;
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
    public bool OpensList(string line)
    {
        var key = Key(line).TrimEnd(':', ' ');
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
            if (OpensList(trimmed))
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
            if (IsBoilerplate(trimmed))
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
