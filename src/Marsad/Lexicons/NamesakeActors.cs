using Marsad.Text;

namespace Marsad.Lexicons;

/// <summary>
/// data/lexicons/namesake_actors.tsv: actor names that are also a common word («طالبان», two students) or another party's name («حزب العمال», a Labour party), each with
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
        var contexts = new Dictionary<(string Id, string Name), HashSet<string>>();
        foreach (var r in table.Rows)
        {
            var set = r[context].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            contexts[(r[id], ArabicNormalizer.NormalizeKey(r[name]))] = set;
            // A name of several words («حزب العمال») is looked up by the matcher's key of the whole phrase.
            contexts[(r[id], string.Join(' ', PhraseMatcher<ActorEntry>.Words(r[name])))] = set;
        }
        return contexts;
    }

    /// <summary>The ids whose mention makes <paramref name="norm"/> (a normalized one-word name, or a phrase matcher's key of a longer one) the name of <paramref name="id"/>, or null when it is no namesake.</summary>
    public static IReadOnlySet<string>? ContextOf(string id, string norm) => s_contexts.GetValueOrDefault((id, norm));
}
