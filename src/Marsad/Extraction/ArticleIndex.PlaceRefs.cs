using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>What a back-reference («المدينة», «البلاد», «المعبر») points to.</summary>
internal sealed partial class ArticleIndex
{
    /// <summary>
    /// The place a back-reference such as «المدينة» at <paramref name="token"/> points to: the last
    /// place of the fitting precision before it; «البلاد» takes the country of the last place.
    /// The places are fixed for the article, so each token's answer is read once and remembered:
    /// the place linker asks every token of the span it searches, for every candidate.
    /// </summary>
    public PlaceHit? ResolvePlaceRef(int token)
    {
        if (token < 0 || token >= Count)
        {
            return null;
        }
        _placeRefRead ??= new bool[Count];
        _placeRefs ??= new PlaceHit?[Count];
        if (!_placeRefRead[token])
        {
            _placeRefs[token] = ReadPlaceRef(token);
            _placeRefRead[token] = true;
        }
        return _placeRefs[token];
    }

    private PlaceHit? ReadPlaceRef(int token)
    {
        var m = Role(token, "placeref", true);
        if (m is null)
        {
            return null;
        }
        var key = m.Key;
        if (Geo.PlaceLexicon.Default.PairRefs.TryGetValue(key, out var pair))
        {
            return FirstOfPair(token, pair);
        }
        if (Geo.PlaceLexicon.Default.FacilityBackRefs.TryGetValue(key, out var facility))
        {
            if (LastFacility(token, facility) is { } named)
            {
                return named;
            }
            if (Geo.PlaceLexicon.Default.FacilityRefsOnlyToNamed.Contains(key))
            {
                return null;
            }
        }
        var wantCountry = string.Equals(key, "البلاد", StringComparison.Ordinal);
        var wantRegion = string.Equals(key, "المنطقه", StringComparison.Ordinal);
        var wantTown = key is "المدينه" or "البلده";
        var wantCity = key is "المدينه";
        PlaceHit? quarter = null;
        // Places are in text order: start from the last one that opens before the token (bisection)
        // rather than from the end of the article, which made long articles quadratic.
        for (var i = FirstPlaceFrom(token) - 1; i >= 0; i--)
        {
            var p = Places[i];
            if (p.End > token)
            {
                continue;
            }
            // «الرقة … على بعد 160 كيلومترا الى الشرق من حلب … في وسط المدينة»: a landmark the writer measures
            // another place from is not the place the text goes on about.
            if (!wantCountry && Geo.PlaceLexicon.Default.IsLandmark(Text, p.First))
            {
                continue;
            }
            // «اشتباكات في بلدة تلعرن جنوب شرق مدينة حلب … لدى وصولها الى هذه المنطقة»: a town a compass word sets after
            // another place only locates it; «المنطقة», «البلدة» point back to the place located (s39-finer3).
            if (!wantCountry && !wantCity && (LocatesPlaceBefore(i) || PartLocatesPlaceBefore(i)))
            {
                continue;
            }
            // «اقتحموا الحي قادمين من حي بني زيد … انتشروا في المنطقة»: where people came from or belong is not the
            // scene the text goes on about (PlaceLinker.HomeOfPeople reads it so for a named place already).
            if (!wantCountry && PlaceLinker.HomeOfPeople(this, p))
            {
                continue;
            }
            var precision = p.Mention.Precision;
            if (wantCountry ? precision == "country" : wantRegion ? precision is "region" or "point" : precision == "point" && !IsFacility(p))
            {
                // «هجوم على حي المزرعة في العاصمة … انفجارات في أماكن أخرى بالمدينة»: a quarter lies in the city; «المدينة»
                // and «البلدة» are the town the text named before it, and the quarter only when it names none.
                if (wantTown && IsQuarter(p))
                {
                    quarter ??= p;
                    continue;
                }
                return wantCity ? CityOfSentence(token, i) : p;
            }
        }
        return quarter;
    }

    /// <summary>
    /// «بأطراف مدينتي الرمادي والفلوجة … بأطراف الفلوجة مثل الكرمة والصقلاوية … في محيط المدينة»: the towns of the
    /// sentence that names the last one are read together, and when the last is a town the article never calls a city
    /// («ناحية الصقلاوية», a district seat, a suburb given as an example), «المدينة» is the latest of them the article
    /// has called «مدينة» before, and no smaller by the sources' count of its people. Otherwise the last stands.
    /// </summary>
    private PlaceHit CityOfSentence(int token, int last)
    {
        var pick = Places[last];
        if (CalledCityBefore(pick, token))
        {
            return pick;
        }
        var sentence = Text.Tokens[pick.First].Sentence;
        for (var i = last - 1; i >= 0; i--)
        {
            var p = Places[i];
            if (Text.Tokens[p.First].Sentence != sentence)
            {
                break;
            }
            if (p.Mention.Precision == "point" && !IsFacility(p) && !IsQuarter(p) && !Geo.PlaceLexicon.Default.IsLandmark(Text, p.First)
                && CalledCityBefore(p, token) && PopulationOf(p) >= PopulationOf(pick))
            {
                return p;
            }
        }
        return pick;
    }

    /// <summary>The article calls the place «مدينة» somewhere before the token (any mention of the same row).</summary>
    private bool CalledCityBefore(PlaceHit place, int token)
    {
        for (var i = FirstPlaceFrom(token) - 1; i >= 0; i--)
        {
            var p = Places[i];
            if (p.End <= token && SamePlace(p, place) && CalledCity(i))
            {
                return true;
            }
        }
        return false;
    }

    private static bool SamePlace(PlaceHit a, PlaceHit b) =>
        a.Mention.GazetteerId is { } id ? string.Equals(id, b.Mention.GazetteerId, StringComparison.Ordinal) : string.Equals(a.Mention.Name, b.Mention.Name, StringComparison.Ordinal);

    /// <summary>«مدينة الفلوجة», «بمدينة الفلوجة», «مدينتي الرمادي والفلوجة», «مدن الرمادي والفلوجة».</summary>
    private bool CalledCity(int place)
    {
        var p = Places[place];
        if (ArabicNormalizer.NormalizeKey(p.Mention.Text).StartsWith("مدينه ", StringComparison.Ordinal))
        {
            return true;
        }
        // The second of a pair or list: «مدينتي الرمادي والفلوجة» (the «و» a token of its own or written on the name).
        if (place > 0 && Places[place - 1] is var before && Text.Tokens[before.First].Sentence == Text.Tokens[p.First].Sentence
            && (before.End == p.First || before.End == p.First - 1 && Text.Tokens[before.End].Norm is "و") && CalledCity(place - 1))
        {
            return true;
        }
        return HeadBefore(p, Geo.PlaceLexicon.Default.CalledCityHeads);
    }

    /// <summary>
    /// True when the word right before the place is one of <paramref name="heads"/>, bare or behind a
    /// proclitic («بمدينة», «وبحي»): the segmenter's readings, with no suffix.
    /// </summary>
    private bool HeadBefore(PlaceHit p, HashSet<string> heads)
    {
        var k = p.First - 1;
        if (k < 0 || !Text.Tokens[k].IsWord)
        {
            return false;
        }
        foreach (var s in Text.Tokens[k].Segmentations)
        {
            if (s.Suffix == 0 && heads.Contains(s.Base))
            {
                return true;
            }
        }
        return false;
    }

    private static long PopulationOf(PlaceHit p) =>
        p.Mention.GazetteerId is { } id && Geo.Gazetteer.Default.TryGetById(id, out var row) ? Geo.Gazetteer.Default.PopulationOf(row) : 0;

    /// <summary>
    /// A quarter the text calls one: «حي المزرعة», «بحي جوبر», «حيي الميدان و…». The gazetteer's district
    /// rows are no test: they hold towns with their bases («التاجي») and sites as well as quarters.
    /// </summary>
    private bool IsQuarter(PlaceHit p)
    {
        if (ArabicNormalizer.NormalizeKey(p.Mention.Text).StartsWith("حي ", StringComparison.Ordinal))
        {
            return true;
        }
        return HeadBefore(p, Geo.PlaceLexicon.Default.CalledQuarterHeads);
    }

    /// <summary>Airports, crossings and roads are points but not what «المدينة» refers back to.</summary>
    public static bool IsFacility(PlaceHit p)
    {
        var name = ArabicNormalizer.NormalizeKey(p.Mention.Name);
        foreach (var head in Geo.PlaceLexicon.Default.NonTownHeads)
        {
            if (name.StartsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The second place of the pair a definite dual at <paramref name="token"/> points back to («قريتي تل أعور والفريكة»:
    /// al-Furayka), or null when the token is no such reference or the pair is not two places joined by «و».
    /// </summary>
    public PlaceHit? SecondOfPair(int token)
    {
        if (ResolvePlaceRef(token) is not { } first || Role(token, "placeref", true) is not { } m || !Geo.PlaceLexicon.Default.PairRefs.ContainsKey(m.Key))
        {
            return null;
        }
        return PairedAt(first, FirstPlaceFrom(first.End)) is { } second && second.End <= token ? second : null;
    }

    /// <summary>The place at <paramref name="i"/> when it follows <paramref name="first"/> behind «و» as the second of its pair, or null.</summary>
    private PlaceHit? PairedAt(PlaceHit first, int i) => i < Places.Count && JoinedByAnd(first, Places[i]) ? Places[i] : null;

    /// <summary>«قريتي X وY»: the second place follows the first behind «و», written alone or on the name.</summary>
    private bool JoinedByAnd(PlaceHit first, PlaceHit next) =>
        next.First == first.End && Text.Tokens[next.First].Norm.StartsWith('و')
        || next.First == first.End + 1 && Text.Tokens[first.End].Norm is "و";

    /// <summary>
    /// «بلدتي الفوعة وكفريا … معسكري نبل والزهراء … سقوط قذائف على البلدتين»: another pair of places joined by «و» told
    /// between the named pair and the dual may be the pair it means; the reference is left unread.
    /// </summary>
    private bool OtherPairBetween(PlaceHit first, int token)
    {
        var i = FirstPlaceFrom(first.End);
        var second = PairedAt(first, i);
        for (var j = i; j + 1 < Places.Count && Places[j + 1].End <= token; j++)
        {
            var (a, b) = (Places[j], Places[j + 1]);
            if (JoinedByAnd(a, b) && !(IsOneOf(a, first, second) && IsOneOf(b, first, second)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsOneOf(PlaceHit p, PlaceHit first, PlaceHit? second) => SamePlace(p, first) || second is not null && SamePlace(p, second);

    /// <summary>
    /// The place is told right after another place of a point's precision through a compass word («تلعرن جنوب شرق مدينة
    /// حلب», «قرية X شمالي حماة»), with a town word between or not: it says where the first place lies.
    /// </summary>
    private bool LocatesPlaceBefore(int place)
    {
        if (place == 0)
        {
            return false;
        }
        var lex = Geo.PlaceLexicon.Default;
        var p = Places[place];
        var before = Places[place - 1];
        var sentence = Text.Tokens[p.First].Sentence;
        var k = p.First - 1;
        for (var skipped = 0; skipped < 2 && k > before.End && lex.Cues.ContainsKey(Text.Tokens[k].Norm); skipped++)
        {
            k--;
        }
        var compass = 0;
        while (compass < 2 && k >= before.End && Text.Tokens[k].IsWord && lex.DirectionNouns.ContainsKey(Text.Tokens[k].Norm))
        {
            compass++;
            k--;
        }
        return compass > 0 && k == before.End - 1 && Text.Tokens[before.First].Sentence == sentence && before.Mention.Precision == "point";
    }

    /// <summary>
    /// «في اقليم شرناق بجنوب شرقي البلاد … أرسلت إلى المنطقة» (s40-finer4): a compass part of a land told right after
    /// another place of its sentence, by «ب» or «في», only says where that place lies, as a compass word after a town does
    /// (<see cref="LocatesPlaceBefore"/>); the place before is the scene, whatever its precision short of a country.
    /// So does one written right after the place, bare or past a comma, a dash or an opening bracket («قرب بلدة اعزاز
    /// شمالي حلب», «بمنطقة السيدية جنوب العاصمة», «مدينة الحسكة، شمال شرقي البلاد», «بعاج (غرب الموصل)»): the news
    /// writes a compass part after a town only to place the town (s41-coarse).
    /// </summary>
    private bool PartLocatesPlaceBefore(int place)
    {
        if (place == 0)
        {
            return false;
        }
        var p = Places[place];
        var before = Places[place - 1];
        if (p.Mention.Precision != "region" || before.Mention.Precision == "country" || Text.Tokens[before.First].Sentence != Text.Tokens[p.First].Sentence)
        {
            return false;
        }
        var first = Text.Tokens[p.First];
        var clitic = p.Span.Start > first.Span.Start && first.Norm.StartsWith('ب');
        var joined = p.First == before.End
            || p.First == before.End + 1 && !clitic && Text.Tokens[before.End] is { IsWord: true, Norm: "في" } or { Kind: TokenKind.Punctuation, Norm: "،" or "," or "-" or "(" };
        var word = clitic ? first.Norm[1..] : first.Norm;
        return joined && Geo.PlaceLexicon.Default.DirectionNouns.ContainsKey(word);
    }

    /// <summary>
    /// «في قريتي تل أعور والفريكة … سيطرة القوات على القريتين»: a definite dual points back to the pair the last dual
    /// of its noun named, and stands for the first of them; a pair only counted («على قريتين») names no place (s39-finer3).
    /// </summary>
    private PlaceHit? FirstOfPair(int token, HashSet<string> named)
    {
        for (var k = token - 1; k >= 0; k--)
        {
            if (Geo.PlaceStage.NamesPair(Text.Tokens[k], named))
            {
                return k + 1 < token && PlaceAt(k + 1) is { } first && first.First == k + 1 && !OtherPairBetween(first, token) ? first : null;
            }
        }
        return null;
    }

    /// <summary>
    /// «قصفت المعبر», «وسيطروا على المطار»: a definite crossing or airport refers back to the last
    /// crossing or airport the article named («معبر "اليعربية"», «مطار الطبقة العسكري»), not to the
    /// last town («بمنطقة ربيعة») told in between; a report names its site once and then calls it by
    /// its kind. With none named before, the town the text goes on about stands for it (as before).
    /// </summary>
    private PlaceHit? LastFacility(int token, string facility)
    {
        for (var i = FirstPlaceFrom(token) - 1; i >= 0; i--)
        {
            var p = Places[i];
            if (p.End <= token && !Geo.PlaceLexicon.Default.IsLandmark(Text, p.First) && string.Equals(FacilityKind(p), facility, StringComparison.Ordinal))
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>
    /// «معبر» or «مطار» when the place is one: its name starts with the word («مطار المزة»), or the
    /// word is written right before it, with a clitic or not, a quotation mark between or not
    /// («بمعبر "اليعربية"», «لمطار كويرس»).
    /// </summary>
    private string? FacilityKind(PlaceHit p)
    {
        var name = ArabicNormalizer.NormalizeKey(p.Mention.Name);
        foreach (var word in Geo.PlaceLexicon.Default.FacilityBackRefs.Values)
        {
            if (name.StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }
        var k = p.First - 1;
        if (k >= 0 && Text.Tokens[k].IsDoubleQuote)
        {
            k--;
        }
        if (k < 0 || !Text.Tokens[k].IsWord)
        {
            return null;
        }
        foreach (var s in Text.Tokens[k].Segmentations)
        {
            foreach (var word in Geo.PlaceLexicon.Default.FacilityBackRefs.Values)
            {
                if (string.Equals(s.Base, word, StringComparison.Ordinal))
                {
                    return word;
                }
            }
        }
        return null;
    }
}
