using Marsad.Text;

namespace Marsad.Geo;

public sealed partial class PlaceStage
{
    /// <summary>A region that locates a name told before it lies within this of the name's row: a governorate or a state, not a neighbouring country's province.</summary>
    private const double LocatorRegionKm = 300;

    /// <summary>
    /// Whether the writer says where the place lies, so that its row is no namesake picked at random
    /// however far it lies from the article's other places: a nisba of the row's country after it
    /// («مانشستر البريطانية»), or the row's country or a region of it told at once after it behind
    /// «ب» or «في» («في دافوس بسويسرا», «في وادي الدواسر بالسعودية», «بمطار بورغاس ببلغاريا»,
    /// «مخيم الزعتري في الأردن»). A town after it does not locate it (a list or a second
    /// happening: «حلب بحمص» is no containment), nor does a country read only from a nisba elsewhere.
    /// The name needs a cue, a preposition word or a site's head word of its own (see below).
    /// </summary>
    private bool LocatedByWriter(Match m, int index, List<Match> matches, AnalyzedText text)
    {
        if (m.Chosen < 0)
        {
            return false;
        }
        var e = G[m.Chosen];
        if (e.Country.Length == 0)
        {
            return false;
        }
        if (string.Equals(m.Nation, e.Country, StringComparison.Ordinal))
        {
            return true;
        }
        // Only a name the writer introduces as a place, by a cue, a preposition word or a site's head
        // («قاعدة انجيرليك في تركيا»): «وقبله في الكويت» ("and before it, in Kuwait") is carried to the
        // threshold by its neighbours alone, and a country after it locates nothing.
        if (index + 1 >= matches.Count
            || m.CueKind is null && !m.PrepositionWord && !(PreviousWord(text, m.First) is { } head && HeadKind(head) is not null))
        {
            return false;
        }
        var n = matches[index + 1];
        var tokens = text.Tokens;
        if (!n.Accepted || n.Chosen < 0 || n.First >= tokens.Count || tokens[n.First].Sentence != tokens[m.First].Sentence)
        {
            return false;
        }
        var behindBa = n.First == m.End && BaBefore(tokens, n);
        var afterFi = n.First == m.End + 1 && tokens[m.End] is { IsWord: true, Norm: "في" } && n.Span.Start == tokens[n.First].Span.Start;
        if (!behindBa && !afterFi)
        {
            return false;
        }
        var c = G[n.Chosen];
        if (!string.Equals(c.Country, e.Country, StringComparison.Ordinal))
        {
            return false;
        }
        return c.Type == "country"
            || c.Type is "region" or "macroregion" && GeoMath.DistanceKm(c.Lat, c.Lon, e.Lat, e.Lon) <= LocatorRegionKm;
    }

    /// <summary>The countries each sentence names by their own name («فرنسا», «بالسعودية»), each accepted on its own weight, as (sentence, country) pairs.</summary>
    private HashSet<(int Sentence, string Country)> CountriesNamedAsCountries(List<Match> matches, AnalyzedText text)
    {
        var named = new HashSet<(int, string)>();
        foreach (var m in matches)
        {
            if (m.Accepted && m.Chosen >= 0 && !m.Lifted && !m.CountryRelative && G.TypeOf(m.Chosen) == "country")
            {
                named.Add((text.Tokens[m.First].Sentence, G[m.Chosen].Country));
            }
        }
        return named;
    }

    /// <summary>
    /// A small place abroad is a stray because a word that matches a hamlet of a country the article
    /// has no business in is more often a word than that hamlet. When the text itself names the
    /// row's country («فرنسا» … «في ضاحية فيل جويف», «السعودية» … «في بلدة القديح»), the article has that
    /// business, and a name the writer introduces as a place (a cue, a preposition word, a site's head)
    /// is that country's place however far it lies from the places of the article's main country —
    /// when the name has no namesake in another country (the text's country then says nothing of which
    /// one is meant: «حي القدم» is no Afghan village because Afghanistan is named) and is no hamlet or
    /// word (a town of some size, or a place a coder or curator located: «فقيرة» poor, «فرسان» knights
    /// are hamlets of a country every article here names).
    /// </summary>
    /// <summary>
    /// The twin prior from which a row abroad is no hamlet (PlaceResolution.Prior): a town of 5,000 in the region or
    /// 20,000 outside, or a row a coder or curator located. Lower than the 2.5 of a town of weight in a list
    /// (ListNamesake) because the sentence names the country too. Set by s30-placerecall, whose dev, train and pool
    /// figures were taken with it (docs/events.md, "s30-placerecall"; review30 finding 7).
    /// </summary>
    private const double NoHamletPrior = 1.5;

    private bool InNamedCountry(Match m, HashSet<(int Sentence, string Country)> named, AnalyzedText text) =>
        m.Chosen >= 0 && named.Contains((text.Tokens[m.First].Sentence, G[m.Chosen].Country)) && !SpansCountries(m) && !m.Stop && !L.Nationalities.ContainsKey(m.Key)
        && TwinPrior(m, m.Chosen) >= NoHamletPrior
        && (m.CueKind is not null || m.PrepositionWord || PreviousWord(text, m.First) is { } head && HeadKind(head) is not null);

    /// <summary>
    /// «في كردستان تركيا», «منطقة كردستان التركية»: a country's name or nisba right after a province or
    /// region names the country that holds it. When the name has no row in that country, the row
    /// chosen in another country is a different territory (Iran's Kurdistan province is not the
    /// Kurdish south-east of Turkey), so the name is left unplaced rather than put in the wrong
    /// country. Only for a region chosen: after a town the next word is more often the object of
    /// the sentence («تسليم دمشق لبنان مذكرة», «وتتهم دمشق قطر»), and a nisba there is often its
    /// noun's («مخيم اليرموك الفلسطيني»).
    /// </summary>
    private bool OwnedByOtherCountry(Match m, AnalyzedText text)
    {
        if (!m.Accepted || m.Chosen < 0 || G.TypeOf(m.Chosen) is not ("region" or "macroregion"))
        {
            return false;
        }
        var owner = CountryNamedAfter(m, text);
        var held = G.CountryOf(m.Chosen);
        // A row of no country (a border, a continent, «الشرق الأوسط») is no other country's territory.
        if (owner is null || held.Length == 0 || string.Equals(owner, held, StringComparison.Ordinal))
        {
            return false;
        }
        foreach (var row in m.Rows)
        {
            if (string.Equals(G.CountryOf(row), owner, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The country whose name or nisba is the word right after the match in its sentence («كردستان
    /// تركيا», «كردستان التركية»), if any. Not <see cref="Match.Nation"/>: a nisba before a cue word
    /// sets that too («قضاء الهندية بمحافظة كربلاء», the district Hindiya, is no Indian Karbala).
    /// </summary>
    private string? CountryNamedAfter(Match m, AnalyzedText text)
    {
        var tokens = text.Tokens;
        if (m.End >= tokens.Count || !tokens[m.End].IsWord || tokens[m.End].Sentence != tokens[m.First].Sentence)
        {
            return null;
        }
        if (L.Nationalities.TryGetValue(tokens[m.End].Norm, out var nation))
        {
            return nation;
        }
        var rows = G.Lookup(tokens[m.End].Norm);
        for (var i = 0; i < rows.Count; i++)
        {
            if (G.TypeOf(rows[i]) == "country")
            {
                return G.CountryOf(rows[i]);
            }
        }
        return null;
    }
}
