using System.Reflection;

namespace Marsad.Lexicons;

/// <summary>
/// A data file of the project: comment lines «# source: …» and «# licence: …» (both required:
/// every vocabulary says where it came from), a header row, then tab-separated rows. Blank lines
/// and other «#» lines are skipped. A row with the wrong number of fields is an error that names
/// the file and line, never a silent skip.
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columnIndex;

    private TsvTable(string name, string source, string licence, string[] columns, List<TsvRow> rows)
    {
        Name = name;
        Source = source;
        Licence = licence;
        Columns = columns;
        Rows = rows;
        _columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            _columnIndex[columns[i]] = i;
        }
    }

    public string Name { get; }

    public string Source { get; }

    public string Licence { get; }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<TsvRow> Rows { get; }

    public int Column(string name) => _columnIndex.TryGetValue(name, out var i)
        ? i
        : throw new InvalidDataException($"{Name}: no column '{name}' (has {string.Join(", ", Columns)})");

    public bool HasColumn(string name) => _columnIndex.ContainsKey(name);

    /// <summary>Names of the lexicons embedded in the library (without extension).</summary>
    public static IEnumerable<string> EmbeddedNames()
    {
        const string prefix = "Marsad.Data.lexicons.";
        foreach (var r in typeof(TsvTable).Assembly.GetManifestResourceNames())
        {
            if (r.StartsWith(prefix, StringComparison.Ordinal) && r.EndsWith(".tsv", StringComparison.Ordinal))
            {
                yield return r[prefix.Length..^4];
            }
        }
    }

    /// <summary>Loads an embedded lexicon by name («actors» for data/lexicons/actors.tsv).</summary>
    public static TsvTable LoadEmbedded(string name)
    {
        var resource = $"Marsad.Data.lexicons.{name}.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"lexicon '{name}' is not embedded (looked for {resource})");
        using var reader = new StreamReader(stream);
        return Parse(name, reader);
    }

    public static TsvTable LoadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(Path.GetFileName(path), reader);
    }

    public static TsvTable Parse(string name, TextReader reader)
    {
        string? source = null, licence = null;
        string[]? columns = null;
        var rows = new List<TsvRow>();
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line.TrimEnd().Length == 0)
            {
                continue;
            }
            if (line[0] == '#')
            {
                var body = line.TrimStart('#').Trim();
                if (body.StartsWith("source:", StringComparison.OrdinalIgnoreCase))
                {
                    source = body["source:".Length..].Trim();
                }
                else if (body.StartsWith("licence:", StringComparison.OrdinalIgnoreCase) || body.StartsWith("license:", StringComparison.OrdinalIgnoreCase))
                {
                    licence = body[(body.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                }
                continue;
            }
            var fields = line.Split('\t');
            if (columns is null)
            {
                columns = fields;
                continue;
            }
            if (fields.Length != columns.Length)
            {
                throw new InvalidDataException($"{name}:{lineNo}: {fields.Length} fields, the header has {columns.Length}");
            }
            rows.Add(new TsvRow(lineNo, fields));
        }
        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(licence))
        {
            throw new InvalidDataException($"{name}: a data file must say its '# source:' and '# licence:' in its header");
        }
        if (columns is null)
        {
            throw new InvalidDataException($"{name}: no header row");
        }
        return new TsvTable(name, source, licence, columns, rows);
    }
}

/// <summary>One data row with the line it came from, for error messages.</summary>
public sealed record TsvRow(int Line, string[] Fields)
{
    public string this[int column] => Fields[column];
}
