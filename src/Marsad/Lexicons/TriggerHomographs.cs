using Marsad.Text;

namespace Marsad.Lexicons;

/// <summary>
/// data/lexicons/trigger_homographs.tsv: conjugation is generated, and a few generated forms are
/// spelled, undotted, like a commoner word of another kind («توقف»: «تُوقِف», she arrests, and
/// «توقّف», a halt). The table names them per verb, so the verb keeps its other forms.
/// </summary>
internal static class TriggerHomographs
{
    /// <summary>The forms to leave out by (type, normalized past form of the verb).</summary>
    internal static Dictionary<(string Type, string Verb), HashSet<string>> LeftOutForms(TsvTable? table)
    {
        var map = new Dictionary<(string, string), HashSet<string>>();
        if (table is null)
        {
            return map;
        }
        int type = table.Column("type"), verb = table.Column("verb"), form = table.Column("form");
        foreach (var row in table.Rows)
        {
            var key = (row[type], ArabicNormalizer.NormalizeKey(row[verb]));
            if (!map.TryGetValue(key, out var set))
            {
                map[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }
            set.Add(ArabicNormalizer.NormalizeKey(row[form]));
        }
        return map;
    }
}
