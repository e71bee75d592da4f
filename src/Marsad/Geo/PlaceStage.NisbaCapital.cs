using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// Issue 10 (s33b-worldcities): «في العاصمة الجزائرية», «وسط العاصمة التركية», «للعاصمة السورية»: the
/// capital word with a country's nisba and no name after it is that country's capital, as a name
/// would be; the writer leaves the name out for readers who know it. The capitals are the GeoNames
/// PPLC towns of the nisba countries (data/geo/country_capitals.tsv).
/// </summary>
public sealed partial class PlaceStage
{
    private static readonly string CapitalWord = ArabicNormalizer.NormalizeKey("العاصمة");

    private static readonly string RuralWord = ArabicNormalizer.NormalizeKey("ريف");

    private static readonly Lazy<Dictionary<string, string>> CapitalIds = new(() =>
    {
        var t = TsvTable.LoadEmbedded("country_capitals");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in t.Rows)
        {
            ids[r[t.Column("country")]] = r[t.Column("gazetteer_id")];
        }
        return ids;
    });

    /// <summary>
    /// Adds the capital a «العاصمة» + feminine nisba pair names. Not when a name follows or any found
    /// place covers the pair («العاصمة الأردنية عمّان» is read by the name), not after «ريف» or a
    /// compass noun («ريف العاصمة السورية», «شمال العاصمة العراقية»), which name the land around it,
    /// and not when the article names a place in the capital's area (<see cref="NamedNear"/>).
    /// </summary>
    private void AddNisbaCapitals(AnalyzedText text, List<PlaceHit> hits)
    {
        var tokens = text.Tokens;
        var added = false;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var word = tokens[i];
            var nisba = tokens[i + 1];
            if (!word.IsWord || !nisba.IsWord || nisba.Sentence != word.Sentence || !L.FeminineNationalities.Contains(nisba.Norm)
                || CapitalReading(word) is not { } reading || !L.Nationalities.TryGetValue(nisba.Norm, out var country)
                || !CapitalIds.Value.TryGetValue(country, out var id) || !G.TryGetById(id, out var row))
            {
                continue;
            }
            // «بالعاصمة السورية»: the nisba alone may have been read as the country («سورية»); the pair names the capital.
            var nisbaAsCountry = hits.FindIndex(h => h.First == i + 1 && h.End == i + 2 && h.Mention.Precision == "country"
                && string.Equals(h.Mention.Country, country, StringComparison.Ordinal));
            if (nisbaAsCountry >= 0 && !Covered(hits, i, i + 1) && !Covered(hits, i + 2, i + 3))
            {
                hits.RemoveAt(nisbaAsCountry);
            }
            if (Covered(hits, i, i + 3) || PreviousWord(text, i) is { } prev && (HasBase(prev, RuralWord) || IsDirectionNoun(prev)))
            {
                continue;
            }
            var e = G[row];
            if (NamedNear(hits, e))
            {
                continue;
            }
            var span = new TextSpan(text.BaseSpan(word, reading).Start, nisba.Span.End);
            var written = span.Cut(text.Body);
            hits.Add(new PlaceHit(i, i + 2, span, new PlaceMention
            {
                Text = written, Start = span.Start, End = span.End, Name = e.Name, Lat = Math.Round(e.Lat, 5), Lon = Math.Round(e.Lon, 5),
                Country = Empty(e.Country), Admin1 = Empty(e.Admin1), GazetteerId = e.Id, Precision = e.Precision, Confidence = NisbaCapitalConfidence,
            }));
            added = true;
        }
        if (added)
        {
            hits.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        }
    }

    private const double NisbaCapitalConfidence = 0.9;

    /// <summary>The reading of a word that is «العاصمة» behind any proclitics («للعاصمة», «وبالعاصمة»), with no suffix.</summary>
    private static Segmentation? CapitalReading(Token t)
    {
        foreach (var r in t.Segmentations)
        {
            if (r.Suffix == 0 && string.Equals(r.Base, CapitalWord, StringComparison.Ordinal))
            {
                return r;
            }
        }
        return null;
    }

    private static bool HasBase(Token t, string key)
    {
        foreach (var r in t.Segmentations)
        {
            if (r.Suffix == 0 && string.Equals(r.Base, key, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsDirectionNoun(Token t)
    {
        foreach (var r in t.Segmentations)
        {
            if (r.Suffix == 0 && L.DirectionNouns.ContainsKey(r.Base))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How near the capital a place the article names by name makes the nisba phrase a second mention of what it names.</summary>
    private const double CapitalAreaKm = 30;

    /// <summary>
    /// «استهدف تفجير حي المزة ... في العاصمة السورية»: when the article names the capital or a place in
    /// or around it by name, the phrase only refers back to that land; as a mention of its own it would
    /// take a deed's place from the finer name told with it (measured on the pool: «دوما», «مطار دمشق الدولي»).
    /// </summary>
    private static bool NamedNear(List<PlaceHit> hits, GazetteerEntry capital)
    {
        foreach (var h in hits)
        {
            if (h.Mention is { Lat: { } lat, Lon: { } lon } && string.Equals(h.Mention.Country, capital.Country, StringComparison.Ordinal)
                && GeoMath.DistanceKm(lat, lon, capital.Lat, capital.Lon) <= CapitalAreaKm)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a found place takes any token of [first, end).</summary>
    private static bool Covered(List<PlaceHit> hits, int first, int end)
    {
        foreach (var h in hits)
        {
            if (h.First < end && h.End > first)
            {
                return true;
            }
        }
        return false;
    }
}
