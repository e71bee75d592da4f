using Marsad.Lexicons;
using Marsad.Text;

namespace Marsad.Geo;

/// <summary>
/// The small vocabularies of place recognition (data/geo/place_*.tsv): cue words, prepositions,
/// compass words, distance units, nationality adjectives, blockers and the stoplist of names that are also common words.
/// </summary>
public sealed partial class PlaceLexicon
{
    private static readonly Lazy<PlaceLexicon> DefaultInstance = new(LoadEmbedded);

    public static PlaceLexicon Default => DefaultInstance.Value;

    /// <summary>Folded cue word → kind (settlement, district, airport, crossing, governorate, area, rural).</summary>
    public Dictionary<string, string> Cues { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded cue words an output place mention includes when they stand right before its name («مدينة», «محافظة»; not «مناطق»).</summary>
    public HashSet<string> SpanCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded cue words that keep their sense behind the clitic «ب» or «ل» («لناحية», «بمحافظة»; not «بحي», «بمنطقة»).</summary>
    public HashSet<string> CuesBehindPreposition { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded singular quarter words a curated quarter's name may start with («حي», «ضاحية»: district cues in the span).</summary>
    public List<string> QuarterHeads { get; } = [];

    /// <summary>Folded plural and dual quarter words that open a list of quarters («أحياء», «حيي»: district cues outside the span).</summary>
    public HashSet<string> QuarterListCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded cue words of a village or a small town («قرية», «بلدة», «ناحية», their plurals and duals; not «مدينة»).</summary>
    public HashSet<string> VillageCues { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Prepositions { get; } = new(StringComparer.Ordinal);

    /// <summary>«في» (place_within.tsv word): a site before it lies within the country named right after it.</summary>
    public HashSet<string> WithinWords { get; } = new(StringComparer.Ordinal);

    /// <summary>«ب» (place_within.tsv clitic): glued to a country's name right after a site, the site lies within it.</summary>
    public HashSet<string> WithinClitics { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded nouns of a gathering or a court named by its town («مؤتمر», «محادثات», «محكمة»): the town after one is introduced as after a preposition word.</summary>
    public HashSet<string> VenueNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that introduce a quoted title or chosen name (place_title_heads.tsv: «تحت اسم «رسائل سرت»», «بعنوان»).</summary>
    public HashSet<string> TitleHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that may stand between «من» and a place inside a launch site or starting point (place_origin_fillers.tsv: «من منطقة تقع بالقرب من X»).</summary>
    public HashSet<string> OriginFillers { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns of a vehicle, a craft or a convoy, definite (place_vehicle_nouns.tsv): a nationality right after one is its owner («الطائرة السورية»).</summary>
    public HashSet<string> VehicleNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Words of part after which «من» is partitive (place_partitive_heads.tsv kind part: «أجزاء من مطار X», «معظم من»).</summary>
    public HashSet<string> PartitiveHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Sides of a place, partitive only when a bearing stands between them and «من» (place_partitive_heads.tsv kind side: «الطرف الشمالي من X»).</summary>
    public HashSet<string> SideHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Compass and side adjectives that may stand between a side or a word of part and «من» (place_partitive_heads.tsv kind bearing: «الشمالية», «الأيمن»).</summary>
    public HashSet<string> PartBearings { get; } = new(StringComparer.Ordinal);

    /// <summary>Words of number after which «من» is partitive only before a plural noun of places (place_partitive_heads.tsv kind count: «عدد من مناطق X», not «عشرات من داريا»).</summary>
    public HashSet<string> CountHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Plural nouns of places that make a word of number before «من» partitive (place_part_nouns.tsv: «مناطق», «أحياء», «قرى»).</summary>
    public HashSet<string> PartNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns that open a place's name and name nothing alone (place_name_heads.tsv: «قلعة», «تل», «أم»).</summary>
    public HashSet<string> NameHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns of a building or a unit whose definite form also names towns (place_building_nouns.tsv: «حسينية», «منشأة»).</summary>
    public HashSet<string> BuildingNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Words of a spoken statement whose place is where it was said (place_speech_venues.tsv: «في مؤتمر صحافي في أنقرة»).</summary>
    public HashSet<string> SpeechVenues { get; } = new(StringComparer.Ordinal);

    /// <summary>Words after an indefinite settlement or area word that describe the place instead of naming it (place_unnamed_words.tsv: «في قرية أخرى»).</summary>
    public HashSet<string> UnnamedWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded word → its kind (carry, hurt, treat) of the hurt taken somewhere after a deed (place_carried_to.tsv: «ونقل الجرحى إلى مستشفى X»).</summary>
    public Dictionary<string, string> CarriedTo { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded word → its kind (way, travel, while, flee) of a journey or a flight whose ends are no place of a deed (place_journey_words.tsv: «في طريق عودته من دمشق إلى بيروت», «وفر آخرون إلى X»).</summary>
    public Dictionary<string, string> JourneyWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded word → its kind (deed, people) of a clause telling a deed's aim at another place (place_aim_words.tsv: «لإيقاف هجومه ضد X», «نصرة لأهلنا في X»).</summary>
    public Dictionary<string, string> AimWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded word → its kind (hear, hearer, calm) of a clause telling where a deed was only heard or where it was calm (place_hearing_words.tsv: «يسمع سكان X», «ساد الهدوء X»).</summary>
    public Dictionary<string, string> HearingWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words around a state's bare name that make it the government, by kind (place_government_words.tsv: before «تحذير دمشق», after «دمشق تتهم», relation «العلاقات بين واشنطن وأنقرة»).</summary>
    public Dictionary<string, HashSet<string>> GovernmentWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded word of a tie between parties → the folded preposition that brings in the party (place_link_words.tsv: «صلات بإيران», «بدعم من إيران»).</summary>
    public Dictionary<string, string> LinkWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded dual of a facility word → its folded singular («مطاري» → «مطار»): «مطاري حلب الدولي والنيرب العسكري» is read as «مطار حلب الدولي».</summary>
    public Dictionary<string, string> DualCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded compass noun («شمال», «غربي») → bearing.</summary>
    public Dictionary<string, int> DirectionNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded compass adjective («الشمالي») → bearing.</summary>
    public Dictionary<string, int> DirectionAdjectives { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded compass noun with the article («الشمال») → bearing: before a country's masculine nisba, a part of that country.</summary>
    public Dictionary<string, int> DirectionParts { get; } = new(StringComparer.Ordinal);

    /// <summary>The prepositions that keep their sense behind «و» or «ف» («وفي»), folded.</summary>
    public HashSet<string> PrepositionsAfterAnd { get; } = new(StringComparer.Ordinal);

    public HashSet<string> BlockBefore { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Two folded words that before a name make it part of a longer name («للدفاع عن»: «الجبهة العربية
    /// للدفاع عن سوريا» is a group, not Syria), keyed by the second, the word right before the name,
    /// so that a name asks only its own previous word and builds no string.
    /// </summary>
    public Dictionary<string, HashSet<string>> BlockBeforePairs { get; } = new(StringComparer.Ordinal);

    public HashSet<string> BlockAfter { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded name → kind (common, person, title): names that never fire without a cue word.</summary>
    public Dictionary<string, string> Stoplist { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Stoplist names only the NewsFANE count put there (place_stoplist_ner.tsv), not the hand-made
    /// list: a word that was rarely a place in that corpus's sports and general news («الزيارة» the
    /// visit, «معربا»), which a town or quarter word in front («بلدة الزيارة») still makes a place.
    /// </summary>
    public HashSet<string> MeasuredStop { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded head noun of a named facility or street («مستشفى», «شارع») → kind (health, street, settlement…).</summary>
    public Dictionary<string, string> FacilityHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Folded heads of facility names («مطار», «معبر», «طريق», «قاعده») in file order: such a place is
    /// not what «المدينة» refers back to (place_facility_refs.tsv).
    /// </summary>
    public List<string> NonTownHeads { get; } = [];

    /// <summary>Folded nouns by which the text calls the place after them a city («مدينة», «مدينتي», «مدن»; place_ref_heads.tsv).</summary>
    public HashSet<string> CalledCityHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded nouns by which the text calls the place after them a quarter («حي», «حيي», «أحياء»; place_ref_heads.tsv).</summary>
    public HashSet<string> CalledQuarterHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded definite back-reference («المعبر») → the folded facility head it points back to («معبر»).</summary>
    public Dictionary<string, string> FacilityBackRefs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Folded back-references that point only to a place named with their head («الجامعة» to «جامعة الأنبار»): with none
    /// named they are no place («الجامعة العربية» is the Arab League), where «المطار» falls back to the last town's airport.
    /// </summary>
    public HashSet<string> FacilityRefsOnlyToNamed { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Folded definite dual of a town noun («القريتين») → the folded duals that name the pair it points back to
    /// («قريتي», «قريتين»; place_pair_refs.tsv, s39-finer3).
    /// </summary>
    public Dictionary<string, HashSet<string>> PairRefs { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded word («المملكة») → the countries it may stand for when the article is about one of them.</summary>
    public Dictionary<string, string[]> CountryReferences { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded nisba adjective («الأردنية») → the country (ISO alpha-2) it names beside a place name.</summary>
    public Dictionary<string, string> Nationalities { get; } = new(StringComparer.Ordinal);

    /// <summary>The feminine ones of <see cref="Nationalities"/> («السورية»): they agree with no masculine compass part.</summary>
    public HashSet<string> FeminineNationalities { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded units of distance («كلم», «كيلومترا») that, before a compass word, make the place after it a landmark.</summary>
    public HashSet<string> DistanceUnits { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded unit of distance → (kilometres in one unit, the figure it says alone: 2 for a dual, 0 for none), from place_distance_units.tsv.</summary>
    public Dictionary<string, (double Km, int Count)> DistanceUnitSizes { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words of a distance phrase by role (place_distance_links.tsv): «من»/«عن» bring in the reference (from), «إلى» a compass part before it (toward).</summary>
    public Dictionary<string, string> DistanceLinks { get; } = new(StringComparer.Ordinal);

    /// <summary>Phrases, as normalised words, that open a list of places inside the place before them (place_inclusions.tsv: «من بينها»).</summary>
    public List<string[]> Inclusions { get; } = [];

    /// <summary>Phrases, as normalised words, that add one more member to a list of places (place_list_additions.tsv: «إضافة إلى», «فضلا عن»).</summary>
    public List<string[]> ListAdditions { get; } = [];

    /// <summary>Folded words that stand behind «و» for one more of the deed told before them (place_list_ellipses.tsv: «وأخرى في …», «ومثلها قرب …»).</summary>
    public HashSet<string> ListEllipses { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that open a second happening's clause (place_clause_joiners.tsv: «بينما», «فيما», «في حين»): a town beyond one is not the frame of a quarter before it.</summary>
    public HashSet<string> ClauseJoiners { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded words that may stand between a name and the compass phrase locating it («في» of «برزة في شمال دمشق»).</summary>
    public HashSet<string> CompassLinks { get; } = new(StringComparer.Ordinal);

    /// <summary>«العاصمة»: the town word through which a compass phrase names the writer's landmark (place_landmark_words.tsv).</summary>
    public HashSet<string> LandmarkWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds the normalized «word» column of the embedded table <paramref name="table"/> to <paramref name="set"/>.</summary>
    private static void AddWords(HashSet<string> set, string table)
    {
        var t = TsvTable.LoadEmbedded(table);
        var word = t.Column("word");
        foreach (var r in t.Rows)
        {
            set.Add(ArabicNormalizer.NormalizeKey(r[word]));
        }
    }

    /// <summary>Maps the normalized <paramref name="key"/> column of the embedded table <paramref name="table"/> to its normalized <paramref name="value"/> column.</summary>
    private static void AddPairs(Dictionary<string, string> map, string table, string key, string value)
    {
        var t = TsvTable.LoadEmbedded(table);
        int k = t.Column(key), v = t.Column(value);
        foreach (var r in t.Rows)
        {
            map[ArabicNormalizer.NormalizeKey(r[k])] = ArabicNormalizer.NormalizeKey(r[v]);
        }
    }

    public static PlaceLexicon LoadEmbedded()
    {
        var lex = new PlaceLexicon();
        var nations = TsvTable.LoadEmbedded("place_nationalities");
        foreach (var r in nations.Rows)
        {
            var adjective = ArabicNormalizer.NormalizeKey(r[nations.Column("adjective")]);
            lex.Nationalities[adjective] = r[nations.Column("country")];
            if (r[nations.Column("gender")] == "f")
            {
                lex.FeminineNationalities.Add(adjective);
            }
        }
        var units = TsvTable.LoadEmbedded("place_distance_units");
        foreach (var r in units.Rows)
        {
            var unit = ArabicNormalizer.NormalizeKey(r[units.Column("word")]);
            lex.DistanceUnits.Add(unit);
            var count = r[units.Column("count")];
            lex.DistanceUnitSizes[unit] = (double.Parse(r[units.Column("km")], System.Globalization.CultureInfo.InvariantCulture),
                count.Length == 0 ? 0 : int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
        }
        AddPairs(lex.DistanceLinks, "place_distance_links", "word", "role");
        var references = TsvTable.LoadEmbedded("place_country_references");
        foreach (var r in references.Rows)
        {
            lex.CountryReferences[Gazetteer.KeyOf(r[references.Column("word")])] = r[references.Column("countries")].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        var cues = TsvTable.LoadEmbedded("place_cues");
        foreach (var r in cues.Rows)
        {
            var cue = ArabicNormalizer.NormalizeKey(r[cues.Column("cue")]);
            lex.Cues[cue] = r[cues.Column("kind")];
            if (r[cues.Column("in_span")] == "yes")
            {
                lex.SpanCues.Add(cue);
            }
            if (r[cues.Column("behind_preposition")] == "yes")
            {
                lex.CuesBehindPreposition.Add(cue);
            }
            if (r[cues.Column("village")] == "yes")
            {
                lex.VillageCues.Add(cue);
            }
            if (lex.Cues[cue] == "district")
            {
                if (lex.SpanCues.Contains(cue))
                {
                    lex.QuarterHeads.Add(cue);
                }
                else
                {
                    lex.QuarterListCues.Add(cue);
                }
            }
        }
        var preps = TsvTable.LoadEmbedded("place_prepositions");
        foreach (var r in preps.Rows)
        {
            var word = ArabicNormalizer.NormalizeKey(r[preps.Column("word")]);
            lex.Prepositions.Add(word);
            if (r[preps.Column("and")] == "yes")
            {
                lex.PrepositionsAfterAnd.Add(word);
            }
        }
        var within = TsvTable.LoadEmbedded("place_within");
        foreach (var r in within.Rows)
        {
            (r[within.Column("kind")] == "clitic" ? lex.WithinClitics : lex.WithinWords).Add(ArabicNormalizer.NormalizeKey(r[within.Column("word")]));
        }
        var inclusions = TsvTable.LoadEmbedded("place_inclusions");
        foreach (var r in inclusions.Rows)
        {
            lex.Inclusions.Add([.. r[inclusions.Column("phrase")].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.NormalizeKey)]);
        }
        var additions = TsvTable.LoadEmbedded("place_list_additions");
        foreach (var r in additions.Rows)
        {
            lex.ListAdditions.Add([.. r[additions.Column("phrase")].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.NormalizeKey)]);
        }
        AddWords(lex.ListEllipses, "place_list_ellipses");
        AddPairs(lex.DualCues, "place_dual_cues", "dual", "singular");
        AddWords(lex.VenueNouns, "place_venue_nouns");
        AddWords(lex.TitleHeads, "place_title_heads");
        AddWords(lex.SpeechVenues, "place_speech_venues");
        AddWords(lex.UnnamedWords, "place_unnamed_words");
        AddPairs(lex.LinkWords, "place_link_words", "word", "prep");
        AddPairs(lex.CarriedTo, "place_carried_to", "word", "kind");
        AddPairs(lex.JourneyWords, "place_journey_words", "word", "kind");
        AddPairs(lex.AimWords, "place_aim_words", "word", "kind");
        AddPairs(lex.HearingWords, "place_hearing_words", "word", "kind");
        var government = TsvTable.LoadEmbedded("place_government_words");
        foreach (var r in government.Rows)
        {
            var kind = r[government.Column("kind")];
            if (!lex.GovernmentWords.TryGetValue(kind, out var words))
            {
                lex.GovernmentWords[kind] = words = new HashSet<string>(StringComparer.Ordinal);
            }
            words.Add(ArabicNormalizer.NormalizeKey(r[government.Column("word")]));
        }
        AddWords(lex.ClauseJoiners, "place_clause_joiners");
        AddWords(lex.CompassLinks, "place_compass_links");
        AddWords(lex.LandmarkWords, "place_landmark_words");
        AddWords(lex.OriginFillers, "place_origin_fillers");
        AddWords(lex.VehicleNouns, "place_vehicle_nouns");
        var partitive = TsvTable.LoadEmbedded("place_partitive_heads");
        foreach (var r in partitive.Rows)
        {
            var target = r[partitive.Column("kind")] switch
            {
                "part" => lex.PartitiveHeads,
                "count" => lex.CountHeads,
                "side" => lex.SideHeads,
                "bearing" => lex.PartBearings,
                var kind => throw new InvalidDataException($"place_partitive_heads.tsv: unknown kind «{kind}»"),
            };
            target.Add(ArabicNormalizer.NormalizeKey(r[partitive.Column("word")]));
        }
        AddWords(lex.PartNouns, "place_part_nouns");
        AddWords(lex.NameHeads, "place_name_heads");
        AddWords(lex.BuildingNouns, "place_building_nouns");
        var dirs = TsvTable.LoadEmbedded("place_directions");
        foreach (var r in dirs.Rows)
        {
            var bearing = int.Parse(r[dirs.Column("bearing")], System.Globalization.CultureInfo.InvariantCulture);
            var target = r[dirs.Column("form")] switch
            {
                "noun" => lex.DirectionNouns,
                "adjective" => lex.DirectionAdjectives,
                "part" => lex.DirectionParts,
                var form => throw new InvalidDataException($"place_directions.tsv: unknown form «{form}»"),
            };
            target[ArabicNormalizer.NormalizeKey(r[dirs.Column("word")])] = bearing;
        }
        var heads = TsvTable.LoadEmbedded("place_facility_heads");
        foreach (var r in heads.Rows)
        {
            lex.FacilityHeads[ArabicNormalizer.NormalizeKey(r[heads.Column("word")])] = r[heads.Column("kind")];
        }
        var refHeads = TsvTable.LoadEmbedded("place_ref_heads");
        foreach (var r in refHeads.Rows)
        {
            var target = r[refHeads.Column("kind")] switch
            {
                "city" => lex.CalledCityHeads,
                "quarter" => lex.CalledQuarterHeads,
                var kind => throw new InvalidDataException($"place_ref_heads.tsv: unknown kind «{kind}»"),
            };
            target.Add(ArabicNormalizer.NormalizeKey(r[refHeads.Column("word")]));
        }
        var refs = TsvTable.LoadEmbedded("place_facility_refs");
        foreach (var r in refs.Rows)
        {
            var head = ArabicNormalizer.NormalizeKey(r[refs.Column("head")]);
            lex.NonTownHeads.Add(head);
            if (r[refs.Column("backref")] is var backref && !string.Equals(backref, "-", StringComparison.Ordinal))
            {
                lex.FacilityBackRefs[ArabicNormalizer.NormalizeKey(backref)] = head;
                if (string.Equals(r[refs.Column("alone")], "none", StringComparison.Ordinal))
                {
                    lex.FacilityRefsOnlyToNamed.Add(ArabicNormalizer.NormalizeKey(backref));
                }
            }
        }
        var pairs = TsvTable.LoadEmbedded("place_pair_refs");
        foreach (var r in pairs.Rows)
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in r[pairs.Column("named")].Split('|'))
            {
                named.Add(ArabicNormalizer.NormalizeKey(word));
            }
            foreach (var word in r[pairs.Column("definite")].Split('|'))
            {
                lex.PairRefs[ArabicNormalizer.NormalizeKey(word)] = named;
            }
        }
        var blockers = TsvTable.LoadEmbedded("place_blockers");
        foreach (var r in blockers.Rows)
        {
            var word = r[blockers.Column("word")];
            if (word.Contains(' ', StringComparison.Ordinal))
            {
                var pair = word.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (pair.Length != 2)
                {
                    throw new InvalidDataException($"place_blockers.tsv: '{word}' is neither one word nor two");
                }
                var before = ArabicNormalizer.NormalizeKey(pair[1]);
                if (!lex.BlockBeforePairs.TryGetValue(before, out var firsts))
                {
                    lex.BlockBeforePairs[before] = firsts = new HashSet<string>(StringComparer.Ordinal);
                }
                firsts.Add(ArabicNormalizer.NormalizeKey(pair[0]));
                continue;
            }
            (r[blockers.Column("side")] == "before" ? lex.BlockBefore : lex.BlockAfter).Add(ArabicNormalizer.NormalizeKey(word));
        }
        // The hand-made list first, then the one measured on NewsFANE (a hand-made kind wins).
        foreach (var name in new[] { "place_stoplist", "place_stoplist_ner" })
        {
            var stop = TsvTable.LoadEmbedded(name);
            foreach (var r in stop.Rows)
            {
                var key = Gazetteer.KeyOf(r[stop.Column("name")]);
                if (lex.Stoplist.TryAdd(key, r[stop.Column("kind")]) && name == "place_stoplist_ner")
                {
                    lex.MeasuredStop.Add(key);
                }
            }
        }
        return lex;
    }
}
