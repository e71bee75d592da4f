using Marsad.Text;

namespace Marsad.Lexicons;

/// <summary>
/// data/lexicons/namesake_actors.tsv: one-word actor names that are also a common word («طالبان», two students), each with
/// the actors whose mention in the article makes the word the actor's name. A table of its own, because each row pairs a
/// name with a set of ids, where actors.tsv maps a name to one id.
/// </summary>
public static class NamesakeActors
{
    private static readonly Dictionary<(string Id, string Name), HashSet<string>> s_contexts = Load();

    private static Dictionary<(string Id, string Name), HashSet<string>> Load()
    {
        var table = TsvTable.LoadEmbedded("namesake_actors");
        int id = table.Column("id"), name = table.Column("name"), context = table.Column("context");
        return table.Rows.ToDictionary(
            r => (r[id], ArabicNormalizer.NormalizeKey(r[name])),
            r => r[context].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The ids whose mention makes <paramref name="norm"/> (a normalized one-word name) the name of <paramref name="id"/>, or null when it is no namesake.</summary>
    public static IReadOnlySet<string>? ContextOf(string id, string norm) => s_contexts.GetValueOrDefault((id, norm));
}
