using System.Text;

namespace Marsad.Learning;

/// <summary>
/// One labelled sentence of the Arabic event gold standard (openeventdata/arabic_event_gsr,
/// shared/data/events/arabic_event_gsr): does it tell an event of <see cref="EventType"/>
/// (ASSAULT or PROTEST)? <see cref="Label"/> is «yes», «easy no», «difficult no» or «ambiguous».
/// </summary>
public sealed record GsrSentence(string Id, string EventType, string Label, string Text)
{
    /// <summary>The source document: the id without its trailing sentence number («-12» or «_12»).</summary>
    public string Document => GsrSentences.DocumentOf(Id);

    public bool IsYes => string.Equals(Label, "yes", StringComparison.Ordinal);

    /// <summary>Too few annotators: neither scored nor learned from.</summary>
    public bool IsAmbiguous => string.Equals(Label, "ambiguous", StringComparison.Ordinal);

    /// <summary>A «no» with a dissenting annotator: scored only in the all-labels figures.</summary>
    public bool IsDifficultNo => string.Equals(Label, "difficult no", StringComparison.Ordinal);
}

/// <summary>Reads the gsr CSV files and splits their sentences into folds by source document.</summary>
public static class GsrSentences
{
    /// <summary>Where the gsr files are under the shared data root.</summary>
    public static readonly string Folder = Path.Combine("data", "events", "arabic_event_gsr");

    private static readonly string[] Files = ["assault_gsr_train.csv", "protest_gsr_train.csv"];

    private static readonly string[] Labels = ["yes", "easy no", "difficult no", "ambiguous"];

    /// <summary>Every sentence of the files present in <paramref name="dir"/>, in file order.</summary>
    public static IReadOnlyList<GsrSentence> Load(string dir)
    {
        var result = new List<GsrSentence>();
        foreach (var name in Files)
        {
            var path = Path.Combine(dir, name);
            if (!File.Exists(path))
            {
                continue;
            }
            using var reader = new StreamReader(path, Encoding.UTF8);
            var rows = ReadCsv(reader);
            if (rows.Count == 0)
            {
                continue;
            }
            var header = rows[0];
            int Column(string column) => Array.IndexOf(header, column) is var i and >= 0
                ? i : throw new InvalidDataException($"{path}: no '{column}' column");
            int id = Column("id"), type = Column("event_type"), label = Column("label"), text = Column("text");
            foreach (var row in rows.Skip(1))
            {
                if (row.Length != header.Length)
                {
                    throw new InvalidDataException($"{path}: a row of {row.Length} fields under a header of {header.Length}");
                }
                if (!Labels.Contains(row[label], StringComparer.Ordinal))
                {
                    throw new InvalidDataException($"{path}: unknown label '{row[label]}' of {row[id]}");
                }
                result.Add(new GsrSentence(row[id], row[type], row[label], row[text].Trim()));
            }
        }
        return result;
    }

    /// <summary>«AAW_ARB_20080913.0007-59» → «AAW_ARB_20080913.0007»: sentences of one document share a fold.</summary>
    public static string DocumentOf(string id)
    {
        var end = id.Length;
        while (end > 0 && char.IsAsciiDigit(id[end - 1]))
        {
            end--;
        }
        return end > 0 && end < id.Length && id[end - 1] is '-' or '_' ? id[..(end - 1)] : id;
    }

    /// <summary>The fold of a source document: FNV-1a of its id, stable across runs and machines.</summary>
    public static int FoldOf(string document, int folds)
    {
        var h = 2166136261u;
        foreach (var c in document)
        {
            h = unchecked((h ^ c) * 16777619u);
        }
        return (int)(h % (uint)folds);
    }

    /// <summary>RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static List<string[]> ReadCsv(TextReader reader)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    quoted = false;
                }
                continue;
            }
            switch (ch)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. fields]);
                    fields.Clear();
                    any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }
        return rows;
    }
}
