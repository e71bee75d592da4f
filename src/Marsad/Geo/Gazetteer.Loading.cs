using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Geo;

/// <summary>Loading: the compiled gazetteer stream read into columns, with the curated features, variants and the corpus coders' places added.</summary>
public sealed partial class Gazetteer
{
    public static Gazetteer LoadEmbedded() => LoadEmbedded(null);

    /// <summary>
    /// The embedded gazetteer, with only the IDRISI rows (data/geo/idrisi_places.tsv) whose
    /// <c>coord_source</c> <paramref name="keepIdrisiRow"/> accepts (all when null): the
    /// cross-validation leaves out the rows that rest only on its held-out tweets.
    /// </summary>
    public static Gazetteer LoadEmbedded(Func<string, bool>? keepIdrisiRow) => LoadEmbedded(keepIdrisiRow, keepIdrisiRow);

    /// <summary>As <see cref="LoadEmbedded(Func{string, bool}?)"/>, with OSM's country points (data/geo/country_points.tsv) filtered apart.</summary>
    public static Gazetteer LoadEmbedded(Func<string, bool>? keepIdrisiRow, Func<string, bool>? keepCountryPoint)
    {
        var asm = typeof(Gazetteer).Assembly;
        using var gz = asm.GetManifestResourceStream("Marsad.Data.geo.gazetteer.tsv.gz")
            ?? throw new InvalidOperationException("the compiled gazetteer is not embedded (data/geo/gazetteer.tsv.gz)");
        return Load(gz, TsvTable.LoadEmbedded("features"), TsvTable.LoadEmbedded("place_variants"), TsvTable.LoadEmbedded("corpus_places"),
            TsvTable.LoadEmbedded(IdrisiPlacesTable), keepIdrisiRow, TsvTable.LoadEmbedded(CountryPointsTable), keepCountryPoint);
    }

    /// <summary>
    /// The embedded table of OSM's country points IDRISI's annotators resolved countries to
    /// (data/geo/country_points.tsv); they replace WOF's point of those countries, and the
    /// cross-validation drops them with the IDRISI rows of its held-out tweets.
    /// </summary>
    public const string CountryPointsTable = "country_points";

    /// <summary>The embedded table of IDRISI's resolved training mentions the gazetteer lacks (ids <c>ip:</c>).</summary>
    public const string IdrisiPlacesTable = "idrisi_places";

    /// <summary>
    /// The tweet ids an IDRISI row rests on: its <c>coord_source</c> ends with «tweets:» and the
    /// ids (written so by tools/geo/idrisi_places.py).
    /// </summary>
    public static string[] IdrisiTweets(string coordSource)
    {
        const string Marker = "tweets:";
        var at = coordSource.LastIndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? [] : coordSource[(at + Marker.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// The IDRISI events an IDRISI row rests on: its <c>coord_source</c> opens with «IDRISI LMD
    /// Arabic train (» and the event names, space-separated (tools/geo/idrisi_places.py).
    /// </summary>
    public static string[] IdrisiEvents(string coordSource)
    {
        const string Marker = "Arabic train (";
        var at = coordSource.IndexOf(Marker, StringComparison.Ordinal);
        var end = at < 0 ? -1 : coordSource.IndexOf(')', at);
        return end < 0 ? [] : coordSource[(at + Marker.Length)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// Loads a compiled gazetteer stream (gzip) and adds the curated features, the places the
    /// corpus train split's coders located (ids <c>cp:</c>) and IDRISI's (ids <c>ip:</c>, those
    /// whose source <paramref name="keepIdrisiRow"/> accepts), and moves the countries
    /// <paramref name="countryPoints"/> gives a point to (those <paramref name="keepCountryPoint"/> accepts).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Load(Stream gzip, TsvTable? features, TsvTable? variants, TsvTable? corpusPlaces = null, TsvTable? idrisiPlaces = null,
        Func<string, bool>? keepIdrisiRow = null, TsvTable? countryPoints = null, Func<string, bool>? keepCountryPoint = null)
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
        if (countryPoints is not null)
        {
            b.MoveCountryPoints(countryPoints, keepCountryPoint);
        }
        if (features is not null)
        {
            b.AddFeatures(features, "ft:");
        }
        if (corpusPlaces is not null)
        {
            b.AddFeatures(corpusPlaces, "cp:");
        }
        if (idrisiPlaces is not null)
        {
            b.AddFeatures(idrisiPlaces, "ip:", keepIdrisiRow);
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
            AddJoinedSpellings();
        }

        /// <summary>The shortest second word a joined spelling is made for: shorter ones join into common words.</summary>
        private const int MinJoinedTail = 3;

        /// <summary>
        /// A two-word name behind a head of data/geo/place_joined_heads.tsv is also written as one
        /// word («كفر نبودة», «كفرنبودة»): the joined key gets the rows of the spaced one, unless the
        /// sources already hold the joined spelling as a name of its own.
        /// </summary>
        private void AddJoinedSpellings()
        {
            var heads = TsvTable.LoadEmbedded("place_joined_heads");
            var head = heads.Column("head");
            var joined = new List<(string Key, int Row)>();
            foreach (var r in heads.Rows)
            {
                var prefix = KeyOf(r[head]) + " ";
                foreach (var (key, first) in Index)
                {
                    if (!key.StartsWith(prefix, StringComparison.Ordinal) || key.Length - prefix.Length < MinJoinedTail
                        || key.IndexOf(' ', prefix.Length) >= 0)
                    {
                        continue;
                    }
                    var one = string.Concat(key.AsSpan(0, prefix.Length - 1), key.AsSpan(prefix.Length));
                    if (Index.ContainsKey(one))
                    {
                        continue;
                    }
                    for (var p = first; p >= 0; p = PostNext[p])
                    {
                        joined.Add((one, PostRow[p]));
                    }
                }
            }
            foreach (var (key, row) in joined)
            {
                Post(key, row);
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

        public void AddFeatures(TsvTable t, string prefix, Func<string, bool>? keep = null)
        {
            int id = t.Column("id"), names = t.Column("names_ar"), type = t.Column("type"), lat = t.Column("lat"), lon = t.Column("lon"),
                cc = t.Column("country"), a1 = t.Column("admin1"), src = t.Column("coord_source");
            foreach (var r in t.Rows)
            {
                if (keep is not null && !keep(r[src]))
                {
                    continue;
                }
                var ns = r[names].Split('|');
                var row = AddRow(prefix + r[id], r[type], Float(r[lat]), Float(r[lon]), r[cc], r[a1], [], 0, ns[0].Trim());
                CoordSources[row] = r[src];
                foreach (var n in ns)
                {
                    AddName(n, row);
                }
            }
        }

        /// <summary>
        /// A country has no one point: WOF's label point and OSM's country node lie 200–800 km
        /// apart for a large country, and IDRISI, the Arabic resolution gold, measures a country
        /// mention by its distance to OSM's. Where the table gives OSM's, the country rows take it.
        /// </summary>
        public void MoveCountryPoints(TsvTable t, Func<string, bool>? keep)
        {
            int cc = t.Column("country"), lat = t.Column("lat"), lon = t.Column("lon"), src = t.Column("coord_source");
            var points = new Dictionary<string, (float Lat, float Lon, string Source)>(StringComparer.Ordinal);
            foreach (var r in t.Rows)
            {
                if (keep is null || keep(r[src]))
                {
                    points[r[cc].Trim()] = (Float(r[lat]), Float(r[lon]), r[src]);
                }
            }
            var country = _types.GetValueOrDefault("country", byte.MaxValue);
            for (var row = 0; row < Ids.Count; row++)
            {
                if (Types[row] == country && points.TryGetValue(Pool[Country[row]], out var p))
                {
                    Lat[row] = p.Lat;
                    Lon[row] = p.Lon;
                    CoordSources[row] = p.Source;
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
}
