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
}

/// <summary>
/// The compiled gazetteer (data/geo/gazetteer.tsv.gz) plus the curated features
/// (data/geo/features.tsv), held as parallel arrays with pooled strings and one name index keyed
/// by the folded name (words joined by one space). Loaded once, lazily, from the assembly.
/// </summary>
public sealed class Gazetteer
{
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
    public IReadOnlyList<int> Rows(int name)
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
        for (var i = 0; i < _ids.Length; i++)
        {
            if (_typeNames[_types[i]] == "country" && string.Equals(_pool[_country[i]], code, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    public static string KeyOf(string name) => string.Join(' ', PhraseMatcher<int>.Words(name));

    public static Gazetteer LoadEmbedded()
    {
        var asm = typeof(Gazetteer).Assembly;
        using var gz = asm.GetManifestResourceStream("Marsad.Data.geo.gazetteer.tsv.gz")
            ?? throw new InvalidOperationException("the compiled gazetteer is not embedded (data/geo/gazetteer.tsv.gz)");
        return Load(gz, TsvTable.LoadEmbedded("features"), TsvTable.LoadEmbedded("place_variants"), TsvTable.LoadEmbedded("corpus_places"));
    }

    /// <summary>Loads a compiled gazetteer stream (gzip) and adds the curated features and the places the corpus train split's coders located (ids <c>cp:</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Load(Stream gzip, TsvTable? features, TsvTable? variants, TsvTable? corpusPlaces = null)
    {
        var b = new Builder(variants);
        string all;
        using (var reader = new StreamReader(new GZipStream(gzip, CompressionMode.Decompress), new UTF8Encoding(false), false, 1 << 16))
        {
            all = reader.ReadToEnd();
        }
        // One string for the whole file and spans over it: no string per line.
        var rest = all.AsSpan();
        var header = true;
        while (rest.Length > 0)
        {
            var nl = rest.IndexOf('\n');
            var line = nl < 0 ? rest : rest[..nl];
            rest = nl < 0 ? [] : rest[(nl + 1)..];
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            b.AddCompiled(line);
        }
        if (features is not null)
        {
            b.AddFeatures(features, "ft:");
        }
        if (corpusPlaces is not null)
        {
            b.AddFeatures(corpusPlaces, "cp:");
        }
        b.AddAliases();
        return new Gazetteer(b);
    }

    private sealed class Builder
    {
        public readonly List<string> Ids = new(120_000);
        public readonly List<byte> Types = new(120_000);
        public readonly List<float> Lat = new(120_000);
        public readonly List<float> Lon = new(120_000);
        public readonly List<ushort> Country = new(120_000);
        public readonly List<ushort> Admin1 = new(120_000);
        public readonly List<ushort> Admin2 = new(120_000);
        public readonly List<int> Population = new(120_000);
        public readonly List<string> Names = new(120_000);
        public readonly List<string> Pool = [string.Empty];
        public readonly List<string> TypeNames = [];
        public readonly Dictionary<int, string> CoordSources = [];
        public readonly Dictionary<string, int> Index = new(100_000, StringComparer.Ordinal);
        public readonly List<int> PostRow = new(130_000);
        public readonly List<int> PostNext = new(130_000);
        public int MaxWords;
        private readonly Dictionary<string, ushort> _pool = new(StringComparer.Ordinal) { [string.Empty] = 0 };
        private readonly Dictionary<string, byte> _types = new(StringComparer.Ordinal);
        private readonly List<(string From, string To, string Country)> _aliases = [];

        public Builder(TsvTable? variants)
        {
            if (variants is null)
            {
                return;
            }
            int from = variants.Column("name"), to = variants.Column("variant");
            var only = variants.HasColumn("country") ? variants.Column("country") : -1;
            foreach (var r in variants.Rows)
            {
                _aliases.Add((KeyOf(r[from]), KeyOf(r[to]), only < 0 ? string.Empty : r[only].Trim()));
            }
        }

        /// <summary>
        /// Spellings the sources lack: each variant gets the rows of its name, or only those of
        /// one country when the variant names it («سلطنة عمان» is Oman's, not Amman's «عمان»).
        /// </summary>
        public void AddAliases()
        {
            foreach (var (from, to, only) in _aliases)
            {
                var rows = new List<int>();
                for (var p = Index.GetValueOrDefault(from, -1); p >= 0; p = PostNext[p])
                {
                    if (only.Length == 0 || string.Equals(Pool[Country[PostRow[p]]], only, StringComparison.Ordinal))
                    {
                        rows.Add(PostRow[p]);
                    }
                }
                foreach (var r in rows)
                {
                    Post(to, r);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddCompiled(ReadOnlySpan<char> line)
        {
            // id type lat lon cc admin1 admin2 pop ar en — parsed on spans: only the id, the
            // display name and new keys become strings.
            var rest = line;
            var id = Next(ref rest).ToString();
            var type = Next(ref rest);
            var lat = Float(Next(ref rest));
            var lon = Float(Next(ref rest));
            var cc = Next(ref rest);
            var admin1 = Next(ref rest);
            var admin2 = Next(ref rest);
            var popText = Next(ref rest);
            var ar = Next(ref rest);
            var en = Next(ref rest);
            if (rest.Length > 0 || en.Contains('\t'))
            {
                throw new InvalidDataException($"gazetteer: too many fields in row {id}");
            }
            var pop = popText.Length == 0 ? 0 : int.Parse(popText, CultureInfo.InvariantCulture);
            var firstBar = ar.IndexOf('|');
            var display = ar.Length > 0 ? (firstBar < 0 ? ar : ar[..firstBar]) : (en.IndexOf('|') is var eb and >= 0 ? en[..eb] : en);
            var row = AddRow(id, type, lat, lon, cc, admin1, admin2, pop, display.Length > 0 ? display.ToString() : id);
            while (ar.Length > 0)
            {
                var bar = ar.IndexOf('|');
                var name = bar < 0 ? ar : ar[..bar];
                ar = bar < 0 ? [] : ar[(bar + 1)..];
                AddName(name, row);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static ReadOnlySpan<char> Next(ref ReadOnlySpan<char> rest)
        {
            var tab = rest.IndexOf('\t');
            ReadOnlySpan<char> field;
            if (tab < 0)
            {
                field = rest;
                rest = [];
            }
            else
            {
                field = rest[..tab];
                rest = rest[(tab + 1)..];
            }
            return field;
        }

        public void AddFeatures(TsvTable t, string prefix)
        {
            int id = t.Column("id"), names = t.Column("names_ar"), type = t.Column("type"), lat = t.Column("lat"), lon = t.Column("lon"),
                cc = t.Column("country"), a1 = t.Column("admin1"), src = t.Column("coord_source");
            foreach (var r in t.Rows)
            {
                var ns = r[names].Split('|');
                var row = AddRow(prefix + r[id], r[type], Float(r[lat]), Float(r[lon]), r[cc], r[a1], [], 0, ns[0].Trim());
                CoordSources[row] = r[src];
                foreach (var n in ns)
                {
                    AddName(n, row);
                }
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private int AddRow(string id, ReadOnlySpan<char> type, float lat, float lon, ReadOnlySpan<char> cc, ReadOnlySpan<char> admin1, ReadOnlySpan<char> admin2, int pop, string name)
        {
            var types = _types.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!types.TryGetValue(type, out var t))
            {
                TypeNames.Add(type.ToString());
                t = (byte)(TypeNames.Count - 1);
                types[type] = t;
            }
            Ids.Add(id);
            Types.Add(t);
            Lat.Add(lat);
            Lon.Add(lon);
            Country.Add(Intern(cc));
            Admin1.Add(Intern(admin1));
            Admin2.Add(Intern(admin2));
            Population.Add(pop);
            Names.Add(name);
            return Ids.Count - 1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddName(ReadOnlySpan<char> name, int row)
        {
            name = name.Trim();
            if (name.Length == 0)
            {
                return;
            }
            Span<char> buf = stackalloc char[name.Length];
            var n = FastKey(name, buf);
            if (n < 0)
            {
                var words = PhraseMatcher<int>.Words(name.ToString());
                if (words.Count == 0)
                {
                    return;
                }
                Post(string.Join(' ', words), row);
                MaxWords = Math.Max(MaxWords, words.Count);
                return;
            }
            var key = buf[..n];
            MaxWords = Math.Max(MaxWords, key.Count(' ') + 1);
            var index = Index.GetAlternateLookup<ReadOnlySpan<char>>();
            if (index.TryGetValue(key, out var head))
            {
                if (PostRow[head] != row)
                {
                    PostRow.Add(row);
                    PostNext.Add(head);
                    index[key] = PostRow.Count - 1;
                }
                return;
            }
            PostRow.Add(row);
            PostNext.Add(-1);
            index[key] = PostRow.Count - 1;
        }

        private void Post(string key, int row)
        {
            var head = Index.GetValueOrDefault(key, -1);
            if (head >= 0 && PostRow[head] == row)
            {
                return;
            }
            PostRow.Add(row);
            PostNext.Add(head);
            Index[key] = PostRow.Count - 1;
        }

        // Most names are plain Arabic letters and spaces: fold them directly instead of running the
        // tokenizer (the slow path gives the same key; a test checks both agree). Returns -1 when
        // the name needs the slow path.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal static int FastKey(ReadOnlySpan<char> name, Span<char> buf)
        {
            var n = 0;
            var space = true;
            foreach (var c in name)
            {
                if (c == ' ')
                {
                    if (!space)
                    {
                        buf[n++] = ' ';
                        space = true;
                    }
                    continue;
                }
                if (c is < '\u0621' or > '\u0652')
                {
                    return -1;
                }
                var f = ArabicNormalizer.Fold(c);
                if (f != '\0')
                {
                    buf[n++] = f;
                    space = false;
                }
            }
            if (n > 0 && buf[n - 1] == ' ')
            {
                n--;
            }
            return n == 0 ? -1 : n;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private ushort Intern(ReadOnlySpan<char> s)
        {
            var pool = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!pool.TryGetValue(s, out var i))
            {
                i = checked((ushort)Pool.Count);
                var str = s.ToString();
                Pool.Add(str);
                _pool[str] = i;
            }
            return i;
        }

        private static float Float(ReadOnlySpan<char> s) => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }
    /// <summary>The embedded resource names this class reads (for diagnostics).</summary>
    public static IEnumerable<string> Resources() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.StartsWith("Marsad.Data.geo.", StringComparison.Ordinal));
}
