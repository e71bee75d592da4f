using Marsad.Text;

namespace Marsad.Lexicons;

/// <summary>
/// data/lexicons/word_parts.tsv: letters a rule looks for inside a word, by role. A table of its own,
/// because a row of a whole-word table enters that table's phrase matcher as a word.
/// </summary>
public static class WordParts
{
    private static readonly Dictionary<string, string[]> s_parts = Load();

    private static Dictionary<string, string[]> Load()
    {
        var table = TsvTable.LoadEmbedded("word_parts");
        int part = table.Column("part"), role = table.Column("role");
        return table.Rows.GroupBy(r => r[role], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => ArabicNormalizer.NormalizeKey(r[part])).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// True when the normalized word <paramref name="norm"/> ends in the letters of a row of <paramref name="role"/>
    /// with at least <paramref name="stem"/> letters before them.
    /// </summary>
    public static bool EndsIn(string norm, string role, int stem)
    {
        foreach (var letters in PartsOf(role))
        {
            if (norm.Length - letters.Length >= stem && norm.EndsWith(letters, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static string[] PartsOf(string role) =>
        s_parts.TryGetValue(role, out var parts) ? parts : throw new ArgumentException($"word_parts.tsv has no role '{role}'", nameof(role));

    /// <summary>True when the normalized word <paramref name="norm"/> holds the letters of a row of <paramref name="role"/> anywhere.</summary>
    public static bool Holds(string norm, string role)
    {
        if (!s_parts.TryGetValue(role, out var parts))
        {
            throw new ArgumentException($"word_parts.tsv has no role '{role}'", nameof(role));
        }
        foreach (var letters in parts)
        {
            if (norm.Contains(letters, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
