using Marsad.Text;

namespace Marsad.Lexicons;

/// <summary>
/// data/lexicons/dual_nouns.tsv: dual nouns with their singular, by role. A table of its own, because each row
/// pairs two words, where the word-role tables map one word to its roles.
/// </summary>
public static class DualNouns
{
    private static readonly Dictionary<(string Dual, string Role), string> s_singulars = Load();

    private static Dictionary<(string Dual, string Role), string> Load()
    {
        var table = TsvTable.LoadEmbedded("dual_nouns");
        int dual = table.Column("dual"), singular = table.Column("singular"), role = table.Column("role");
        return table.Rows.ToDictionary(r => (ArabicNormalizer.NormalizeKey(r[dual]), r[role]), r => ArabicNormalizer.NormalizeKey(r[singular]));
    }

    /// <summary>The normalized singular of <paramref name="norm"/>, a normalized dual of <paramref name="role"/> (a reading's base), or null.</summary>
    public static string? SingularOf(string norm, string role) => s_singulars.GetValueOrDefault((norm, role));
}
