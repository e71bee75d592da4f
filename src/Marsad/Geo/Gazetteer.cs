using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Geo;

/// <summary>One gazetteer row as a value (built on demand; the gazetteer itself keeps columns, not objects).</summary>
public readonly record struct GazetteerEntry(
    int Row, string Id, string Type, string Name, double Lat, double Lon, string Country, string Admin1, string Admin2, long Population, string? CoordSource)
{
    /// <summary>SPEC precision of a mention resolved to this row.</summary>
    public string Precision => Type switch
    {
        "country" => "country",
        "region" or "macroregion" or "county" or "localadmin" or "rural" or "road" or "sea" => "region",
        _ => "point",
    };

    public bool IsFeature => Id.StartsWith("ft:", StringComparison.Ordinal);

    /// <summary>A place the corpus train split's coders located that no gazetteer source holds (data/geo/corpus_places.tsv).</summary>
    public bool IsCorpusPlace => Id.StartsWith("cp:", StringComparison.Ordinal);

    /// <summary>A place of IDRISI's resolved training tweets that no gazetteer source holds (data/geo/idrisi_places.tsv).</summary>
    public bool IsIdrisiPlace => Id.StartsWith("ip:", StringComparison.Ordinal);
}

/// <summary>
/// The compiled gazetteer (data/geo/gazetteer.tsv.gz) plus the curated features
/// (data/geo/features.tsv), held as parallel arrays with pooled strings and one name index keyed
/// by the folded name (words joined by one space). Loaded once, lazily, from the assembly.
/// </summary>
public sealed partial class Gazetteer
{
    /// <summary>A gazetteer type of a town or village (the places coders count one event per).</summary>
    public static bool IsTownType(string type) => type is "locality" or "localadmin";

    /// <summary>A gazetteer type of a quarter of a town (a neighbourhood, a district of a city, a microhood).</summary>
    public static bool IsQuarterType(string type) => type is "neighbourhood" or "district" or "microhood";

    private static readonly Lazy<Gazetteer> DefaultInstance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string[] _ids;
    private readonly byte[] _types;
    private readonly float[] _lat;
    private readonly float[] _lon;
    private readonly ushort[] _country;
    private readonly ushort[] _admin1;
    private readonly ushort[] _admin2;
    private readonly int[] _population;
    private readonly string[] _names;
    private readonly string[] _pool;
    private readonly string[] _typeNames;
    private readonly Dictionary<int, string> _coordSources;
    private readonly Dictionary<string, int> _index;
    private readonly int[] _postRow;
    private readonly int[] _postNext;
    private Dictionary<string, int>? _byId;

    private Gazetteer(Builder b)
    {
        _ids = [.. b.Ids];
        _types = [.. b.Types];
        _lat = [.. b.Lat];
        _lon = [.. b.Lon];
        _country = [.. b.Country];
        _admin1 = [.. b.Admin1];
        _admin2 = [.. b.Admin2];
        _population = [.. b.Population];
        _names = [.. b.Names];
        _pool = [.. b.Pool];
        _typeNames = [.. b.TypeNames];
        _coordSources = b.CoordSources;
        _index = b.Index;
        _postRow = [.. b.PostRow];
        _postNext = [.. b.PostNext];
        MaxWords = b.MaxWords;
        NameCount = _index.Count;
        // One probe per key for the matcher, which asks of every 1–6-word key both whether it is
        // a name and whether a longer name starts with it: the index's own dictionary carries both
        // answers (posting head + 1, shifted, and a prefix bit), and every proper word prefix of a
        // longer name («ريف حلب» of «ريف حلب الشمالي») joins it with no rows.
        var names = _index.Keys.ToArray();
        foreach (var key in names)
        {
            ref var code = ref CollectionsMarshal.GetValueRefOrNullRef(_index, key);
            code = (code + 1) << 1;
        }
        _probe = _index.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in names)
        {
            for (var space = key.LastIndexOf(' '); space > 0; space = key.LastIndexOf(' ', space - 1))
            {
                // A prefix already marked has its own shorter prefixes marked too.
                var prefix = key.AsSpan(0, space);
                var code = _probe.TryGetValue(prefix, out var c) ? c : 0;
                if ((code & PrefixBit) != 0)
                {
                    break;
                }
                _probe[prefix] = code | PrefixBit;
            }
        }
        _rows = new int[]?[_postRow.Length];
    }

    private const int PrefixBit = 1;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _probe;

    // Each name's rows, sorted, made on first lookup and shared by every later one (bounded by the index).
    private readonly int[]?[] _rows;

    // The folded key of each row's display name, made on first use (bounded by the rows).
    private string?[]? _nameKeys;

    /// <summary>Whether some longer name starts with these words (a folded key).</summary>
    public bool IsPrefix(string key) => (_index.GetValueOrDefault(key) & PrefixBit) != 0;

    /// <summary>
    /// One probe of a folded key, given as characters so that the matcher need not build a string:
    /// <paramref name="name"/> is what <see cref="Rows(int)"/> takes (negative when no name has
    /// these words), and <paramref name="prefix"/> whether some longer name starts with them.
    /// </summary>
    public void Probe(ReadOnlySpan<char> key, out int name, out bool prefix)
    {
        var code = _probe.TryGetValue(key, out var c) ? c : 0;
        name = (code >> 1) - 1;
        prefix = (code & PrefixBit) != 0;
    }

    /// <summary>The sorted rows of a name found by <see cref="Probe"/>; the list is shared and must not be changed.</summary>
    public IReadOnlyList<int> Rows(int name) => RowArray(name);

    /// <summary>
    /// <see cref="Rows(int)"/> as the array it is: the place stage reads a name's rows for every
    /// match, and through the interface each read was a dispatch stub call (docs/performance.md,
    /// fifteenth step). The array is shared and must not be changed.
    /// </summary>
    internal int[] RowArray(int name)
    {
        if (name < 0)
        {
            return [];
        }
        var cached = Volatile.Read(ref _rows[name]);
        if (cached is not null)
        {
            return cached;
        }
        var rows = new List<int>(2);
        for (var p = name; p >= 0; p = _postNext[p])
        {
            rows.Add(_postRow[p]);
        }
        rows.Sort();
        // Two threads may both build it; either copy is the same.
        cached = [.. rows];
        Volatile.Write(ref _rows[name], cached);
        return cached;
    }

    /// <summary>The folded key of a row's display name (<see cref="KeyOf"/> of <see cref="GazetteerEntry.Name"/>), kept once made.</summary>
    public string NameKeyOf(int row)
    {
        var keys = Volatile.Read(ref _nameKeys);
        if (keys is null)
        {
            Interlocked.CompareExchange(ref _nameKeys, new string?[_names.Length], null);
            keys = _nameKeys;
        }
        return keys[row] ??= KeyOf(_names[row]);
    }

    /// <summary>Whether a row is a curated feature (id <c>ft:</c>), as <see cref="GazetteerEntry.IsFeature"/> without building the entry.</summary>
    public bool IsFeatureRow(int row) => _ids[row].StartsWith("ft:", StringComparison.Ordinal);

    /// <summary>The row's country code, as <see cref="GazetteerEntry.Country"/> without building the entry.</summary>
    public string CountryOf(int row) => _pool[_country[row]];

    /// <summary>The row's latitude, as <see cref="GazetteerEntry.Lat"/> without building the entry.</summary>
    public double LatOf(int row) => _lat[row];

    /// <summary>The row's longitude, as <see cref="GazetteerEntry.Lon"/> without building the entry.</summary>
    public double LonOf(int row) => _lon[row];

    /// <summary>The gazetteer shipped in the library, loaded on first use.</summary>
    public static Gazetteer Default => DefaultInstance.Value;

    public static bool IsDefaultLoaded => DefaultInstance.IsValueCreated;

    public int Count => _ids.Length;

    /// <summary>How many distinct folded names the index holds (not counting the prefixes it also keeps).</summary>
    public int NameCount { get; }

    /// <summary>Longest name in words: how far a matcher needs to look ahead.</summary>
    public int MaxWords { get; }

    public GazetteerEntry this[int row] => new(
        row, _ids[row], _typeNames[_types[row]], _names[row], _lat[row], _lon[row],
        _pool[_country[row]], _pool[_admin1[row]], _pool[_admin2[row]], _population[row], _coordSources.GetValueOrDefault(row));

    public string TypeOf(int row) => _typeNames[_types[row]];

    public int PopulationOf(int row) => _population[row];

    /// <summary>Rows named by a folded key («حلب», «ريف حلب الشمالي»), or an empty list.</summary>
    public IReadOnlyList<int> Lookup(string key) => Rows((_index.GetValueOrDefault(key) >> 1) - 1);

    /// <summary>Rows named by any spelling of <paramref name="name"/> (normalized and tokenized like text).</summary>
    public IReadOnlyList<int> Find(string name) => Lookup(KeyOf(name));

    public bool TryGetById(string id, out int row)
    {
        // Built on first use: matching never needs it, so loading does not pay for it.
        if (_byId is null)
        {
            var byId = new Dictionary<string, int>(_ids.Length, StringComparer.Ordinal);
            for (var i = 0; i < _ids.Length; i++)
            {
                byId.TryAdd(_ids[i], i);
            }
            _byId = byId;
        }
        return _byId.TryGetValue(id, out row);
    }

    /// <summary>The row of a country by ISO code, or -1.</summary>
    public int CountryRow(string code)
    {
        // A table of the first country row of each code, made on first use: the focus of every
        // article asks for its country's row, and a scan of all rows for it was 2 % of the CPU of
        // a batch of short articles (docs/performance.md, fifteenth step).
        var rows = Volatile.Read(ref _countryRows);
        if (rows is null)
        {
            rows = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _ids.Length; i++)
            {
                if (_typeNames[_types[i]] == "country")
                {
                    rows.TryAdd(_pool[_country[i]], i);
                }
            }
            // Two threads may both build it; either table is the same.
            Volatile.Write(ref _countryRows, rows);
        }
        return code is not null && rows.TryGetValue(code, out var row) ? row : -1;
    }

    private Dictionary<string, int>? _countryRows;

    public static string KeyOf(string name) => string.Join(' ', PhraseMatcher<int>.Words(name));

    /// <summary>The embedded resource names this class reads (for diagnostics).</summary>
    public static IEnumerable<string> Resources() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.StartsWith("Marsad.Data.geo.", StringComparison.Ordinal));
}
