using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Geo;

/// <summary>
/// Where an article is about, computed once from its places and actors: the focus country (the
/// country its places lie in, a town or region counting more than the country's own name, and its
/// actors' countries a little — data/geo/actor_countries.tsv), the countries it names or implies,
/// and the governorate when the article's places are concentrated in one. An event the article
/// tells without a place is coded here, at the lowest precision (SPEC §1: an ACLED coder codes
/// it at the country or governorate level), and an event placed abroad by a misread name is
/// moved here by <see cref="CountryGuard"/>.
/// </summary>
public sealed class DocumentFocus
{
    /// <summary>A governorate is the focus when at least this many of the country's place mentions lie in it…</summary>
    private const int MinGovernorateMentions = 2;

    /// <summary>…and at least this share of them: an article about Idlib that mentions Damascus once is still about Idlib.</summary>
    private const double MinGovernorateShare = 0.6;

    private static readonly Lazy<Dictionary<string, string[]>> ActorCountryTable = new(LoadActorCountries);

    private readonly Gazetteer? _gazetteer;
    private PlaceMention? _location;
    private bool _located;

    private DocumentFocus(string? country, string? governorate, HashSet<string> named, Gazetteer? gazetteer, double share = 0)
    {
        Country = country;
        Share = share;
        Governorate = governorate;
        Named = named;
        _gazetteer = gazetteer;
    }

    /// <summary>ISO code of the focus country, or null when the article names no place and no actor of a country.</summary>
    public string? Country { get; }

    /// <summary>The focus country's share of the article's country votes (0..1): how sure it is that the article is about it; the focus location's confidence.</summary>
    public double Share { get; }

    /// <summary>The admin1 name of the governorate the article's places concentrate in, or null.</summary>
    public string? Governorate { get; }

    /// <summary>Every country the article names, implies by its actors, or names two places of; the focus included.</summary>
    public HashSet<string> Named { get; }

    /// <summary>The focus as a place: the governorate (precision region) when there is one, else the country; null without a focus. Looked up on first use.</summary>
    public PlaceMention? Location
    {
        get
        {
            if (!_located)
            {
                _location = Country is null ? null : Place(_gazetteer ?? Gazetteer.Default, Country, Governorate) is { } at ? at with { Confidence = Math.Round(Share, 2) } : null;
                _located = true;
            }
            return _location;
        }
    }

    /// <summary>The countries each actor id belongs to or is fought in.</summary>
    internal static Dictionary<string, string[]> ActorCountries => ActorCountryTable.Value;

    /// <summary>The focus of an article from its places and (when known yet) its actors.</summary>
    public static DocumentFocus Of(IReadOnlyList<PlaceHit> places, IReadOnlyList<ActorHit> actors, Gazetteer? gazetteer = null, Marsad.Text.AnalyzedText? text = null)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var p in places)
        {
            var cc = p.Mention.Country;
            if (cc is null)
            {
                continue;
            }
            if (p.Mention.Precision == "country")
            {
                named.Add(cc);
            }
            votes[cc] = votes.GetValueOrDefault(cc) + (p.Mention.Precision == "country" ? 1 : 1.5);
            if (!ids.TryGetValue(cc, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                ids[cc] = set;
            }
            set.Add(p.Mention.GazetteerId ?? p.Mention.Name);
        }
        foreach (var a in actors)
        {
            if (ActorCountries.TryGetValue(a.ActorId, out var countries))
            {
                foreach (var cc in countries)
                {
                    named.Add(cc);
                    votes[cc] = votes.GetValueOrDefault(cc) + 0.5;
                }
            }
        }
        foreach (var (cc, set) in ids)
        {
            if (set.Count >= 2)
            {
                named.Add(cc);
            }
        }
        // «قطاع خوي راتا» on the Kashmir line read as Iran's Khoy: a town named once, in a country
        // nothing else of the article names, far from all the towns and regions it names, is a
        // namesake, not where the article is; it sets no focus while a country the article names has votes.
        foreach (var cc in LoneFar(places, ids, named, text) ?? [])
        {
            votes.Remove(cc);
        }
        var focus = votes.Count == 0 ? null : votes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        if (focus is null)
        {
            return new DocumentFocus(null, null, named, gazetteer);
        }
        named.Add(focus);
        return new DocumentFocus(focus, ConcentratedIn(places, focus), named, gazetteer, votes[focus] / votes.Values.Sum());
    }

    /// <summary>A lone place is far when every other located place of the article lies beyond this.</summary>
    private const double LoneFarKm = 1000;

    /// <summary>The one place mention that lies in the country, or null when it has none or several.</summary>
    private static PlaceHit? Lone(IReadOnlyList<PlaceHit> places, string country)
    {
        PlaceHit? only = null;
        foreach (var p in places)
        {
            if (string.Equals(p.Mention.Country, country, StringComparison.Ordinal))
            {
                if (only is not null)
                {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    /// <summary>The countries that only one place name points to, which the article names by nothing else, that lie far from every town and region it names, while some other country is named; null when there are none.</summary>
    private static List<string>? LoneFar(IReadOnlyList<PlaceHit> places, Dictionary<string, HashSet<string>> ids, HashSet<string> named, Marsad.Text.AnalyzedText? text)
    {
        if (named.Count == 0)
        {
            return null;
        }
        List<string>? lone = null;
        HashSet<string>? nations = null;
        foreach (var (cc, set) in ids)
        {
            if (set.Count != 1 || named.Contains(cc) || Lone(places, cc) is not { } only
                || only.Mention.Precision != "point")
            {
                continue;
            }
            var far = true;
            var others = 0;
            foreach (var p in places)
            {
                if (p.Mention.Lat is not { } lat || p.Mention.Lon is not { } lon || string.Equals(p.Mention.Country, cc, StringComparison.Ordinal))
                {
                    continue;
                }
                // A country's centroid alone says little of where the article is: a town or region must stand far too.
                others += p.Mention.Precision == "country" ? 0 : 1;
                if (only.Mention.Lat is not { } qa || only.Mention.Lon is not { } qo || GeoMath.DistanceKm(lat, lon, qa, qo) <= LoneFarKm)
                {
                    far = false;
                }
            }
            // The walk over every token for nationalities is made only for a country that is lone and far otherwise:
            // made at each of the focus's uses for every article, it was most of the focus's time (docs/performance.md, session 33).
            if (far && others > 0 && !(nations ??= Nationalities(text)).Contains(cc))
            {
                (lone ??= []).Add(cc);
            }
        }
        return lone;
    }

    /// <summary>The countries the article's nationality adjectives name: a nationality names its country too («ميدان التحرير» beside «المصري» is where the article is).</summary>
    private static HashSet<string> Nationalities(Marsad.Text.AnalyzedText? text)
    {
        var nations = new HashSet<string>(StringComparer.Ordinal);
        if (text is not null)
        {
            var adjectives = PlaceLexicon.Default.Nationalities;
            foreach (var t in text.Tokens)
            {
                if (t.IsWord && adjectives.TryGetValue(t.Norm, out var nation))
                {
                    nations.Add(nation);
                }
            }
        }
        return nations;
    }

    /// <summary>The admin1 that most of the focus country's town and region mentions lie in, when they concentrate there.</summary>
    private static string? ConcentratedIn(IReadOnlyList<PlaceHit> places, string country)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var p in places)
        {
            if (p.Mention.Precision == "country" || !string.Equals(p.Mention.Country, country, StringComparison.Ordinal) || p.Mention.Admin1 is not { Length: > 0 } admin1)
            {
                continue;
            }
            counts[admin1] = counts.GetValueOrDefault(admin1) + 1;
            total++;
        }
        string? best = null;
        var most = 0;
        foreach (var (admin1, n) in counts)
        {
            if (n > most || (n == most && string.CompareOrdinal(admin1, best) < 0))
            {
                (best, most) = (admin1, n);
            }
        }
        return most >= MinGovernorateMentions && most >= MinGovernorateShare * total ? best : null;
    }

    /// <summary>A country (ISO alpha-2) as a place at country precision, or null when the gazetteer has no row for it.</summary>
    internal PlaceMention? CountryPlace(string country) => Place(_gazetteer ?? Gazetteer.Default, country, null);

    /// <summary>The governorate's gazetteer row (a region of the country by that name) when there is one, else the country's.</summary>
    private static PlaceMention? Place(Gazetteer g, string country, string? governorate)
    {
        if (governorate is not null)
        {
            foreach (var row in g.Find(governorate))
            {
                var entry = g[row];
                if (entry.Type == "region" && string.Equals(entry.Country, country, StringComparison.Ordinal))
                {
                    return Mention(entry, "region");
                }
            }
        }
        var c = g.CountryRow(country);
        return c < 0 ? null : Mention(g[c], "country");
    }

    private static PlaceMention Mention(GazetteerEntry e, string precision) => new()
    {
        Text = e.Name,
        Name = e.Name,
        Lat = Math.Round(e.Lat, 5),
        Lon = Math.Round(e.Lon, 5),
        Country = e.Country,
        Admin1 = precision == "country" || e.Admin1.Length == 0 ? null : e.Admin1,
        GazetteerId = e.Id,
        Precision = precision,
    };

    private static Dictionary<string, string[]> LoadActorCountries()
    {
        var table = TsvTable.LoadEmbedded("actor_countries");
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var r in table.Rows)
        {
            map[r[table.Column("actor")]] = r[table.Column("countries")].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return map;
    }
}
