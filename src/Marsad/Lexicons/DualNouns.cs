using Marsad.Text;

namespace Marsad.Lexicons;

/// <summary>
/// data/lexicons/dual_nouns.tsv: dual nouns with their singular, by role. A table of its own, because each row
/// pairs two words, where the word-role tables map one word to its roles.
/// </summary>
public static class DualNouns
{
    private static readonly Dictionary<(string Dual, string Role), string> s_singulars = Load();

    // ActorStage asks for every reading of every token; hashing each base cost a quarter of a second
    // over the shared news, so words of another length or last letter than any dual are turned away first.
    private static readonly int s_shortest = s_singulars.Keys.Min(k => k.Dual.Length);
    private static readonly int s_longest = s_singulars.Keys.Max(k => k.Dual.Length);
    private static readonly HashSet<char> s_lastLetters = [.. s_singulars.Keys.Select(k => k.Dual[^1])];

    private static Dictionary<(string Dual, string Role), string> Load()
    {
        var table = TsvTable.LoadEmbedded("dual_nouns");
        int dual = table.Column("dual"), singular = table.Column("singular"), role = table.Column("role");
        return table.Rows.ToDictionary(r => (ArabicNormalizer.NormalizeKey(r[dual]), r[role]), r => ArabicNormalizer.NormalizeKey(r[singular]));
    }

    /// <summary>
    /// False when no reading of <paramref name="norm"/> with no suffix cut off can be a dual of the table: its
    /// last letter is no dual's. Asked before the token's readings, which are built on first use.
    /// </summary>
    public static bool MayEndInDual(string norm) => norm.Length > 0 && s_lastLetters.Contains(norm[^1]);

    /// <summary>The normalized singular of <paramref name="norm"/>, a normalized dual of <paramref name="role"/> (a reading's base), or null.</summary>
    public static string? SingularOf(string norm, string role) =>
        norm.Length < s_shortest || norm.Length > s_longest || !s_lastLetters.Contains(norm[^1]) ? null : s_singulars.GetValueOrDefault((norm, role));
}
