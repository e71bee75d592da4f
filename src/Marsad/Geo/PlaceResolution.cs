using Marsad.Output;
using Marsad.Text;

namespace Marsad.Geo;

/// <summary>Resolution: the document's country and anchors, the choice among namesakes, and the mention written out.</summary>
public sealed partial class PlaceStage
{
    /// <summary>
    /// The document's country (most places, a country mention counting 1 and any other place 1.5),
    /// its focus governorate (the admin1 of that country most of its places lie in, when two
    /// or more places agree) and its anchors (unambiguous or strong places in that country).
    /// </summary>
    private (string? Country, string? Governorate, List<(double Lat, double Lon)> Anchors) Anchors(List<Match> matches)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var anchors = new List<(double, double)>();
        var named = NamedCountries(matches);
        var voted = new HashSet<int>();
        foreach (var m in matches)
        {
            // A name only the tagger's yes made a place has no say in where the document is: its
            // pick among namesakes is the most populous one, wherever that lies (a lifted «طرابلس»
            // must not carry a Syrian article's «صيدنايا» to Lebanon).
            if (!m.Accepted || m.Chosen < 0 || m.Lifted)
            {
                continue;
            }
            var e = G[m.Chosen];
            if (e.Country.Length > 0)
            {
                // A small place whose namesakes lie in other countries has no country yet: its
                // first-pass pick is the most populous namesake, and must not outvote the country the
                // text names («#الجفر #الأردن» is Jordan's al-Jafr, not the bigger Saudi one).
                var small = e.Type != "country" && Prior(m.Chosen) < 2.5;
                // A hamlet (a gazetteer locality too small to stand alone) of a country the text
                // names neither as a country nor by a town strong on its own votes once however
                // often it is named, and as little as a namesake of several countries: three
                // «حي القدم» read as an Afghan village must not outvote «دمشق».
                var hamlet = small && e.Type == "locality" && !e.IsFeature && !e.IsCorpusPlace && !e.IsIdrisiPlace && !named.Contains(e.Country);
                if (hamlet && !voted.Add(m.Chosen))
                {
                    continue;
                }
                var vote = e.Type == "country" ? 1 : small && (hamlet || SpansCountries(m)) ? 0.5 : 1.5;
                votes[e.Country] = votes.GetValueOrDefault(e.Country) + vote;
            }
        }
        var country = votes.Count == 0 ? null : votes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        var governorates = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            if (!m.Accepted || m.Chosen < 0 || m.Lifted || m.Rows.Length != 1 && Prior(m.Chosen) < 2.5)
            {
                continue;
            }
            var e = G[m.Chosen];
            if (e.Precision != "country" && string.Equals(e.Country, country, StringComparison.Ordinal))
            {
                anchors.Add((e.Lat, e.Lon));
                if (e.Admin1.Length > 0)
                {
                    governorates[e.Admin1] = governorates.GetValueOrDefault(e.Admin1) + 1;
                }
            }
        }
        string? governorate = null;
        if (governorates.Count > 0)
        {
            var top = governorates.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
            governorate = top.Value >= 2 ? top.Key : null;
        }
        return (country, governorate, anchors);
    }

    /// <summary>The countries the text names by a country mention or by a place strong on its own (a city, a governorate).</summary>
    private HashSet<string> NamedCountries(List<Match> matches)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in matches)
        {
            if (m.Accepted && m.Chosen >= 0 && !m.Lifted && (G[m.Chosen].Type == "country" || Prior(m.Chosen) >= 2.5))
            {
                named.Add(G[m.Chosen].Country);
            }
        }
        return named;
    }

    private bool SpansCountries(Match m)
    {
        var first = G[m.Rows[0]].Country;
        for (var k = 1; k < m.Rows.Length; k++)
        {
            if (!string.Equals(G[m.Rows[k]].Country, first, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private int Choose(Match m, string? country, string? governorate, AnchorIndex anchors, SentencePlaces? sentences, AnalyzedText text)
    {
        var near = sentences?.Near(m, text.Tokens[m.First].Sentence, text.Tokens);
        var best = -1;
        var bestScore = double.MinValue;
        var namesakes = m.Rows.Length > 1 && country is null ? NamesakesByCountry(m) : null;
        var twins = Twins(m);
        for (var i = 0; i < m.Rows.Length; i++)
        {
            var r = m.Rows[i];
            var e = G[r];
            var (prior, population) = twins?[i] ?? (Prior(r), e.Population);
            var s = prior;
            // Before the document has a country (the first pass, or a text that names none), a name
            // is likelier where it is common: «المنيل» names three Egyptian places and one Yemeni
            // village. Small enough to decide only ties; not used once the document has a
            // country, where it flipped close calls between a district and villages of its name
            // across a border.
            if (namesakes is not null && e.Country.Length > 0)
            {
                s += Math.Min(0.1, 0.02 * (namesakes[i] - 1));
            }
            var home = country is null || string.Equals(e.Country, country, StringComparison.Ordinal);
            if (country is not null && home)
            {
                s += 2;
                // The article's governorate weighs every choice: «القاهرة» in a Baghdad report is the
                // Baghdad quarter, «الإسكندرية» near Babil the Iraqi town.
                if (governorate is not null && string.Equals(e.Admin1, governorate, StringComparison.Ordinal))
                {
                    s += 1;
                }
            }
            if (anchors.Count > 0 && e.Precision != "country")
            {
                var d = anchors.NearestKm(e.Lat, e.Lon, 300);
                s += d < 30 ? 2 : d < 100 ? 1.5 : d < 300 ? 0.5 : 0;
            }
            s += CueFit(m.CueKind, e);
            s += near is null ? 0 : SentencePlaces.Weigh(near, e, country);
            s += NearFit(m, e);
            s += FrameFit(m, e);
            // A nisba beside the name outweighs the article's country and its other places.
            if (m.Nation is not null && string.Equals(e.Country, m.Nation, StringComparison.Ordinal))
            {
                s += 8;
            }
            // A sea is named bare («البحر الأحمر»); its namesake governorate comes with «محافظة».
            s += e.Type == "sea" && m.CueKind is null ? 2 : 0;
            // A place known by this very name beats one that lists it only among its variants
            // («اليعربية» the border town, not a village near Azaz with that alternate name).
            // With both spellings joined («المشتل», «مشتل»), either is the name: the article's places decide.
            if (m.Rows.Length > 1 && (string.Equals(G.NameKeyOf(r), m.Key, StringComparison.Ordinal)
                || (m.TwinsJoined && string.Equals(WithoutArticle(G.NameKeyOf(r)), WithoutArticle(m.Key), StringComparison.Ordinal))))
            {
                s += 1.5;
            }
            // A country's name means the country (Italy, not an Egyptian hamlet called «إيطاليا»)
            // unless a cue says «قرية»; population breaks ties between big namesakes (Moscow).
            s += e.Type == "country" && m.CueKind is null ? 4 : 0;
            // Population weighs enough that Cairo is not outvoted by a hamlet near the other places.
            // Outside the article's country it weighs less, so that a namesake near the article's
            // other places beats a distant bigger one (the anchors' +1.5 within 100 km tips it).
            s += population > 0 ? (home ? 0.35 : 0.25) * Math.Log10(population) : 0;
            s += ArabWorld.Contains(e.Country) ? 0.5 : 0;
            // A village, small town or local area the writer labels as one («منطقة», «بلدة»,
            // «قرية», «ناحية») lies where the article is, not in a country no other name of the
            // article names: «منطقة الإسكندرية إلى الجنوب من العاصمة» in a roundup of Baghdad's
            // bombings is the Iraqi town, though Egypt's city is the bigger. A bare name keeps its
            // big namesake («مؤتمر القاهرة» of the Syrian opposition is no Syrian hamlet), and a
            // country's own name after such a word is its adjective («قرى سورية شيعية»), no namesake.
            if (UnnamedAbroad(m, e, country, anchors))
            {
                s -= UnnamedCountryWeight;
            }
            if (m.Bearing >= 0 || m.Phrase is not null)
            {
                // A direction or «ريف X» is said of a town, the governorate only when no town has the name.
                s += e.Type == "locality" ? 1 : 0;
            }
            if (s > bestScore)
            {
                bestScore = s;
                best = r;
            }
        }
        return twins is null || best < 0 ? best : StrongestTwin(m, best);
    }

    /// <summary>For each of the name's rows, how many of its rows lie in that row's country.</summary>
    private int[] NamesakesByCountry(Match m) => m.Namesakes ??= CountByCountry(m.Rows);

    /// <summary>Above this many rows the counts go through a table; beneath, pairwise over the rows costs less than the table.</summary>
    private const int PairwiseNamesakes = 64;

    private int[] CountByCountry(int[] rows)
    {
        // Asked of every match of a name with several rows in the first pass: a table per match,
        // grown key by key, was the costliest step of the choice (docs/performance.md, session 33).
        // The country strings come from the gazetteer's pool, so the pairwise test is mostly a
        // reference comparison.
        var g = G;
        var counts = new int[rows.Length];
        if (rows.Length <= PairwiseNamesakes)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                var c = g.CountryOf(rows[i]);
                var n = 0;
                for (var j = 0; j < rows.Length; j++)
                {
                    n += string.Equals(g.CountryOf(rows[j]), c, StringComparison.Ordinal) ? 1 : 0;
                }
                counts[i] = n;
            }
            return counts;
        }
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var c = g.CountryOf(r);
            table[c] = table.GetValueOrDefault(c) + 1;
        }
        for (var i = 0; i < rows.Length; i++)
        {
            counts[i] = table[g.CountryOf(rows[i])];
        }
        return counts;
    }

    private static readonly HashSet<string> NearRegion = new(StringComparer.Ordinal)
    {
        "SY", "IQ", "LB", "JO", "PS", "IL", "TR", "IR", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN", "DZ", "MA", "MR", "SD",
        "SS", "SO", "DJ", "KM", "ER", "ET", "ML", "NE", "TD", "AF", "PK", "EH", "CY",
    };

    private static readonly HashSet<string> ArabWorld = new(StringComparer.Ordinal)
    {
        "SY", "IQ", "LB", "JO", "PS", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN", "DZ", "MA", "MR", "SD", "SO", "DJ", "KM",
    };

    /// <summary>
    /// A small place resolved far from everything else the document names is more likely a place
    /// the gazetteer lacks, or no place at all, than a hamlet abroad.
    /// </summary>
    private bool IsStray(Match m, string? country, AnchorIndex anchors)
    {
        if (m.Chosen < 0 || country is null || m.Bearing >= 0)
        {
            return false;
        }
        var e = G[m.Chosen];
        // «بلدة الجزيرة» of a report on Turkey's south-east, read as Algiers (a variant of its name):
        // a place labelled a village or local area, in a country no other name of the article
        // names and far from all its places, is no place the article tells of, however big.
        if (UnnamedAbroad(m, e, country, anchors) && anchors.Count > 0 && anchors.NearestKm(e.Lat, e.Lon, 500) > 500)
        {
            return true;
        }
        // A region of no country («أوروبا», «البحر المتوسط») is far from every anchor by nature.
        if (TwinPrior(m, m.Chosen) >= 2.5 || e.Country.Length == 0 || string.Equals(e.Country, country, StringComparison.Ordinal))
        {
            return false;
        }
        // «في إقليم كردستان العراق», «في محافظة المفرق»: a name the writer labels a governorate or a
        // territory, read at a governorate or territory of a country some other name of the article
        // names, is that province however far from the article's focus: the label rules out the
        // common word, the named country the namesake. Not a town word: «العاصمة السورية», «مدينة
        // جوبار», «بلدة سان كانتان» found villages of that name in a named country (measured).
        if (m.CueKind is "governorate" or "territory" && !m.Stop && CueFit(m.CueKind, e) > 0 && anchors.NamedBesides(e.Country, m.Key))
        {
            return false;
        }
        // A city of the world's news («في جنيف», «في لاهاي», «جنيف (رويترز)») introduced by a word
        // that makes it a place is where talks, courts and agencies are, however far from the war;
        // not a common word a cue happened to precede («عاصمة الدولة» is no Indian Dhule).
        if (IsWorldCity(e) && !m.Stop && (m.CueKind is not null || m.PrepositionWord))
        {
            return false;
        }
        return anchors.Count == 0 || anchors.NearestKm(e.Lat, e.Lon, 500) > 500;
    }

    private static bool IsWorldCity(GazetteerEntry e) => e.Type == "locality" && e.Population >= WorldCityPopulation;

    private const int WorldCityPopulation = 100_000;

    private static double CueFit(string? cue, GazetteerEntry e) => cue switch
    {
        null => 0,
        "settlement" => e.Type is "locality" or "localadmin" ? 2 : e.Type is "district" or "neighbourhood" ? 0.5 : -2,
        "district" => Gazetteer.IsQuarterType(e.Type) ? 2 : e.Type == "locality" ? 0 : -2,
        "airport" => e.Type == "airport" ? 2 : -1,
        "crossing" => e.Type == "crossing" ? 2 : 0,
        "governorate" => e.Type is "region" or "macroregion" ? 3 : -2,
        "territory" => PlaceStage.IsTerritory(e.Type) ? 3 : -2,
        "rural" => e.Type is "locality" or "region" ? 1 : 0,
        _ => 0,
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Gazetteer, string, int), (double, double)> CountryParts = new();

    /// <summary>
    /// «شمالي العراق»: the middle of the country's governorates that lie in that direction from its
    /// centre (Nineveh, Dohuk, Erbil, Kirkuk, Sulaymaniyah…), not a point a fixed distance north of
    /// the centroid (which fell near Samarra); a fixed offset only when the gazetteer has no such
    /// governorates.
    /// </summary>
    private (double Lat, double Lon) CountryPart(GazetteerEntry country, int bearing) =>
        CountryParts.GetOrAdd((G, country.Country, bearing), key =>
        {
            var (g, cc, b) = key;
            double sumLat = 0, sumLon = 0;
            var n = 0;
            for (var r = 0; r < g.Count; r++)
            {
                if (g.TypeOf(r) != "region")
                {
                    continue;
                }
                var e = g[r];
                if (!string.Equals(e.Country, cc, StringComparison.Ordinal) || e.IsFeature
                    || GeoMath.DistanceKm(country.Lat, country.Lon, e.Lat, e.Lon) < 50)
                {
                    continue;
                }
                var to = GeoMath.Bearing(country.Lat, country.Lon, e.Lat, e.Lon);
                var diff = Math.Abs((to - b + 540) % 360 - 180);
                if (diff <= 45)
                {
                    sumLat += e.Lat;
                    sumLon += e.Lon;
                    n++;
                }
            }
            return n == 0 ? GeoMath.Offset(country.Lat, country.Lon, b, CountryOffsetKm) : (Math.Round(sumLat / n, 4), Math.Round(sumLon / n, 4));
        });

    private PlaceMention? Mention(Match m, AnalyzedText text, string? country)
    {
        var spanText = m.Span.Cut(text.Body);
        if (m.CountryRelative)
        {
            // A nisba says whose part it is («الشمال السوري»); «شمالي البلاد» is the article's country's.
            country = m.Countries is null ? m.Nation ?? country : country;
            var row = country is null ? -1 : G.CountryRow(country);
            if (row < 0 || m.Countries is not null && !m.Countries.Contains(country, StringComparer.Ordinal))
            {
                return null;
            }
            var c = G[row];
            if (m.Countries is not null)
            {
                return new PlaceMention
                {
                    Text = spanText, Start = m.Span.Start, End = m.Span.End, Name = c.Name, Lat = Math.Round(c.Lat, 5), Lon = Math.Round(c.Lon, 5), Country = country,
                    GazetteerId = c.Id, Precision = "country",
                };
            }
            var (lat, lon) = CountryPart(c, m.Bearing);
            return new PlaceMention
            {
                Text = spanText, Start = m.Span.Start, End = m.Span.End, Name = spanText, Lat = lat, Lon = lon, Country = country,
                GazetteerId = c.Id, Precision = "region",
            };
        }
        var e = G[m.Chosen];
        if (m.Relative is { } near)
        {
            var from = G[near.From];
            return new PlaceMention
            {
                Text = spanText, Start = m.Span.Start, End = m.Span.End, Name = spanText, Lat = Math.Round(near.Lat, 4), Lon = Math.Round(near.Lon, 4),
                Country = Empty(from.Country), Admin1 = Empty(from.Admin1), GazetteerId = from.Id, Precision = "region",
            };
        }
        if (m.Bearing >= 0)
        {
            // «شمال سوريا» lies well inside the country, «شمال حلب» just outside the town.
            var (lat, lon) = e.Precision == "country" ? CountryPart(e, m.Bearing) : GeoMath.Offset(e.Lat, e.Lon, m.Bearing, m.OffsetKm);
            return new PlaceMention
            {
                Text = spanText, Start = m.Span.Start, End = m.Span.End, Name = spanText, Lat = lat, Lon = lon, Country = e.Country,
                Admin1 = Empty(e.Admin1), GazetteerId = e.Id, Precision = "region",
            };
        }
        var precision = m.Phrase is not null && e.Precision == "point" ? "region" : e.Precision;
        return new PlaceMention
        {
            Text = spanText,
            Start = m.Span.Start,
            End = m.Span.End,
            Name = m.Phrase is not null ? "ريف " + e.Name : e.Name,
            Lat = Math.Round(e.Lat, 5),
            Lon = Math.Round(e.Lon, 5),
            Country = Empty(e.Country),
            Admin1 = Empty(e.Admin1),
            GazetteerId = e.Id,
            Precision = precision,
        };
    }

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
