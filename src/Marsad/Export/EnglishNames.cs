using System.IO.Compression;
using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Export;

/// <summary>
/// English names for ACLED's codebook, read from the English column of the embedded gazetteer
/// (data/geo/gazetteer.tsv.gz): a country by its ISO code, a first-level division by its
/// country and Arabic name, a place by its gazetteer id. The extractor needs only the Arabic
/// names, so these are loaded here, once, and only by an export that asks for them.
/// </summary>
public sealed class EnglishNames
{
    private static readonly Lazy<EnglishNames> DefaultInstance = new(LoadEmbedded);

    private readonly Dictionary<string, string> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string Admin1), string> _admin1 = [];
    private readonly Dictionary<string, string> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _alpha3 = new(StringComparer.Ordinal);

    public static EnglishNames Default => DefaultInstance.Value;

    /// <summary>The country's English name, or null when the code is unknown.</summary>
    public string? Country(string? code) => code is not null && _countries.TryGetValue(code, out var name) ? name : null;

    /// <summary>The ISO 3166-1 alpha-3 code of an alpha-2 code («SY» → «SYR»), or null when the code is unknown.</summary>
    public string? Alpha3(string? code) => code is not null && _alpha3.TryGetValue(code, out var alpha3) ? alpha3 : null;

    /// <summary>The English name of the first-level division written <paramref name="admin1"/> in Arabic.</summary>
    public string? Admin1(string? country, string? admin1) =>
        country is not null && admin1 is not null && _admin1.TryGetValue((country, ArabicNormalizer.NormalizeKey(admin1)), out var name) ? name : null;

    /// <summary>The English name of the gazetteer row <paramref name="gazetteerId"/>.</summary>
    public string? Place(string? gazetteerId) => gazetteerId is not null && _places.TryGetValue(gazetteerId, out var name) ? name : null;

    public static EnglishNames Load(Stream gzip, TsvTable? acledAdmin1 = null, TsvTable? isoCountries = null)
    {
        var names = new EnglishNames();
        using var unzip = new GZipStream(gzip, CompressionMode.Decompress);
        using var reader = new StreamReader(unzip);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("id\t", StringComparison.Ordinal))
            {
                continue;
            }
            // id type lat lon cc admin1 admin2 pop ar en
            var f = line.Split('\t');
            if (f.Length < 10 || f[9].Length == 0)
            {
                continue;
            }
            var en = f[9].Split('|')[0];
            names._places[f[0]] = en;
            if (string.Equals(f[1], "country", StringComparison.Ordinal) && f[4].Length > 0)
            {
                names._countries.TryAdd(f[4], en);
            }
            else if (string.Equals(f[1], "region", StringComparison.Ordinal) && f[4].Length > 0 && f[5].Length > 0)
            {
                names._admin1.TryAdd((f[4], ArabicNormalizer.NormalizeKey(f[5])), en);
            }
        }
        if (acledAdmin1 is not null)
        {
            // ACLED's own spellings («Idleb», «Deir-ez-Zor») win over the gazetteer's transliterations.
            int country = acledAdmin1.Column("country"), ar = acledAdmin1.Column("admin1_ar"), acled = acledAdmin1.Column("acled_admin1");
            foreach (var row in acledAdmin1.Rows)
            {
                names._admin1[(row[country], ArabicNormalizer.NormalizeKey(row[ar]))] = row[acled];
            }
        }
        if (isoCountries is not null)
        {
            int alpha2 = isoCountries.Column("alpha2"), alpha3 = isoCountries.Column("alpha3");
            foreach (var row in isoCountries.Rows)
            {
                names._alpha3[row[alpha2]] = row[alpha3];
            }
        }
        return names;
    }

    private static EnglishNames LoadEmbedded()
    {
        using var gz = typeof(EnglishNames).Assembly.GetManifestResourceStream("Marsad.Data.geo.gazetteer.tsv.gz")
            ?? throw new InvalidOperationException("the compiled gazetteer is not embedded (data/geo/gazetteer.tsv.gz)");
        return Load(gz, TsvTable.LoadEmbedded("acled_admin1"), TsvTable.LoadEmbedded("iso_3166_countries"));
    }
}
