using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// A summary lead told at a region or a country and the body's telling at a town inside it (s24-lead, s34-finer): «مقتل 28 مدنيا في قصف جوي
/// لطائرات النظام على محافظة حلب» then «شنت ست غارات على مناطق في مدينة منبج»; «تفجير سيارتين … في إحدى مدن محافظة
/// الحسكة» then «… أمام مفرزتي الشدادة». The lead sums up or announces what the body tells place by place, so it is
/// the same happening told twice (SPEC §6) and the town is its more precise place (docs/annotation.md: the most
/// precise place the text gives). The same-place merge cannot see it: the region's point lies tens of kilometres
/// from the town's, and a region's telling placed by its own words is no sentence placement.
/// </summary>
internal static partial class EventMerger
{
    /// <summary>
    /// Folds each telling placed at a region or a country (<see cref="LeadArea"/>) into the first later telling of its type, modality and doer placed at a
    /// town inside that region, on the same day. Only a region told before the town: a region named after the town's
    /// telling is mostly another happening of a round-up (a clash in the eastern countryside after two villages' battles)
    /// or a list of provinces, and coders code those apart.
    /// </summary>
    private static List<EventCandidate> FoldLeadsIntoTowns(ArticleIndex index, List<EventCandidate> events)
    {
        HashSet<EventCandidate>? folded = null;
        foreach (var lead in events)
        {
            if (LeadArea(lead) is not { } found)
            {
                continue;
            }
            var (area, kind) = found;
            EventCandidate? town = null;
            var towns = 0;
            foreach (var e in events)
            {
                if (e.First > lead.First && !ReferenceEquals(e, lead) && !(folded?.Contains(e) ?? false) && TellsAgain(lead, e) && (Inside(index, e.Place!, area, kind) || RetoldInCountry(lead, e, area, kind)))
                {
                    town ??= e;
                    towns++;
                }
            }
            var (rule, lendsToll) = ("summary lead", towns == 1);
            if (town is null)
            {
                if (RetoldTown(index, lead, area, kind, events, folded) is not { } retold)
                {
                    continue;
                }
                // «وأسفرت التفجيرات عن إصابة 50»: a retelling's wounded-only 0 is no count of the deed the town's telling tells.
                (town, rule, lendsToll) = (retold, "definite retelling", lead.Fatalities is not 0);
            }
            TraceMerge(index, lead, town, rule);
            LendLead(town, lead, lendsToll);
            (folded ??= new HashSet<EventCandidate>(ReferenceEqualityComparer.Instance)).Add(lead);
        }
        return folded is null ? events : events.FindAll(e => !folded.Contains(e));
    }

    private enum AreaKind { Province, CountryPart }

    /// <summary>
    /// The area a telling is placed at, and what kind of area it is, or null: a region it names in its own words; a
    /// whole country it names in its own words («قصفت طائرات إسرائيلية موقعا في سوريا» then «… في جمرايا»; «نفذ التحالف
    /// 18 غارة في العراق» then «… قرب الموصل»: docs/annotation.md 4.8, the named towns are the core events and a country
    /// total at most an optional one); or the governorate or country of the article's focus, for a telling that names no
    /// place («خطفوا عشرات المسيحيين» then «… اختطفهم التنظيم من مدينة القريتين»). The later telling must still be of
    /// the same type, modality, doer and day, at a point inside the area.
    /// </summary>
    private static (PlaceHit Area, AreaKind Kind)? LeadArea(EventCandidate lead)
    {
        if (lead.Place is not { PutByTown: false, Mention.Precision: "region" or "country" } area || AreaOf(area.Mention) is not { } kind)
        {
            return null;
        }
        return lead.PlaceSource == "focus" || area.First >= 0 ? (area, kind) : null;
    }

    /// <summary>
    /// A region that holds towns by administration: a governorate (a gazetteer region row), a city's countryside
    /// (a curated <c>rural</c> row, «ريف حلب الشمالي») or a compass part of a town's surroundings («شمالي تكريت»,
    /// «ريف درعا»: a town row read at region precision), all within one province; or a country or a compass part of one
    /// («شمال العراق», «جنوب تركيا»). Mountains, valleys, borders and other named areas (curated or corpus rows, a
    /// district) are places of their own, where events happen and are coded (جرود القلمون, القلمون الشرقي).
    /// </summary>
    private static AreaKind? AreaOf(Output.PlaceMention area)
    {
        if (area.GazetteerId is not { } id || !Geo.Gazetteer.Default.TryGetById(id, out var row))
        {
            return null;
        }
        var gazetteer = Geo.Gazetteer.Default;
        var type = gazetteer.TypeOf(row);
        if (type == "country")
        {
            return AreaKind.CountryPart;
        }
        var province = type == "rural" || (!gazetteer.IsFeatureRow(row) && (type is "region" or "macroregion" || Geo.Gazetteer.IsTownType(type)));
        return province && !string.IsNullOrEmpty(area.Admin1) ? AreaKind.Province : null;
    }

    /// <summary>A town of the area's province (or country, for a part of a country) on the area's bearing, and not the town the area is named by («ريف حلب» and حلب).</summary>
    /// <remarks>A quarter or village the sources lack, put at the town its sentence tells it by (<see cref="PlaceHit.PutByTown"/>), is a point of that town.</remarks>
    private static bool Inside(ArticleIndex index, PlaceHit point, PlaceHit area, AreaKind kind) => Inside(index, point.Mention, area, kind, point.PutByTown);

    private static bool Inside(ArticleIndex index, Output.PlaceMention point, PlaceHit area, AreaKind kind, bool putByTown = false) =>
        (point.Precision == "point" || putByTown) && point.Country is { } country && string.Equals(country, area.Mention.Country, StringComparison.Ordinal)
        && (kind == AreaKind.CountryPart || string.Equals(ProvinceOf(point), area.Mention.Admin1, StringComparison.Ordinal))
        && !string.Equals(point.GazetteerId, area.Mention.GazetteerId, StringComparison.Ordinal) && OnTheBearing(index, area, point);

    /// <summary>
    /// The point's province: its own admin1, or for a row the sources leave without one («بلدة حران العواميد», «دير
    /// العصافير») the province the towns around it share (<see cref="Geo.Gazetteer.ProvinceNear"/>).
    /// </summary>
    private static string? ProvinceOf(Output.PlaceMention point) =>
        !string.IsNullOrEmpty(point.Admin1) ? point.Admin1
        : point is { Country: { } country, Lat: { } lat, Lon: { } lon } ? Geo.Gazetteer.Default.ProvinceNear(country, lat, lon) : null;

    /// <summary>
    /// A compass part («شمال العراق», «جنوب شرق دمشق», «ريف حلب الشرقي») holds a town only on its side of the country's
    /// or town's point: «قذيفة … في شمال شرق البلاد» is not the shelling of a town south of the capital, nor «تقدم في شمالي
    /// البلاد» a battle at Douma. The bearing is the compass words' own (place_directions.tsv), read where the mention
    /// opens (nouns) or closes (adjectives); within a quarter-turn and a half either way.
    /// </summary>
    private static bool OnTheBearing(ArticleIndex index, PlaceHit area, Output.PlaceMention point)
    {
        var gazetteer = Geo.Gazetteer.Default;
        if (area.First < 0 || BearingOf(index, area) is not { } bearing || area.Mention.GazetteerId is not { } id || !gazetteer.TryGetById(id, out var row)
            || point.Lat is not { } plat || point.Lon is not { } plon)
        {
            return true;
        }
        var to = Geo.GeoMath.Bearing(gazetteer.LatOf(row), gazetteer.LonOf(row), plat, plon);
        return Math.Abs(((to - bearing + 540) % 360) - 180) <= MaxTurnDegrees;
    }

    private const double MaxTurnDegrees = 67.5;

    /// <summary>
    /// A compass part of a country and a later telling at a town of that country in the same deed word («خطف ثلاثة مسيحيين … في
    /// شرق ليبيا» then «وخُطف الثلاثة في النوفلية»; «سيارة ملغومة انفجرت … في جنوب العراق» then «وانفجرت القنبلة في بلدة …»): the
    /// body repeats the lead's verb or noun to say where it happened, so the town refines the part whatever the bearing. The
    /// bearing is measured from the country's one point, which is no centre of its parts (Libya's lies south of the whole
    /// coast, so no coastal town is «شرق ليبيا»); a province is still held by its admin1, never by the word alone. The town's
    /// telling names no doer in its own clause: it says where the deed told already happened («وخُطف الثلاثة», «وانفجرت
    /// القنبلة»), where «وقصفت قوات النظام مدينة درعا» after «قصفت قوات النظام مناطق في شمال سوريا» is a deed of its own.
    /// </summary>
    private static bool RetoldInCountry(EventCandidate lead, EventCandidate e, PlaceHit area, AreaKind kind) =>
        kind == AreaKind.CountryPart && area.Mention.Precision == "region" && e.Place!.Mention is { Precision: "point" } point
        && string.Equals(point.Country, area.Mention.Country, StringComparison.Ordinal)
        && string.Equals(lead.Reading.Base, e.Reading.Base, StringComparison.Ordinal) && !e.Actor1IsLocal;

    /// <summary>The bearing of a compass mention: «شمال شرق X» from its opening nouns, «ريف X الشمالي الغربي» from its closing adjectives; null for none.</summary>
    private static double? BearingOf(ArticleIndex index, PlaceHit area)
    {
        var lexicon = Geo.PlaceLexicon.Default;
        if (Compass(index, area.First, lexicon.DirectionNouns) is { } first)
        {
            return area.First + 1 < area.End && Compass(index, area.First + 1, lexicon.DirectionNouns) is { } second ? Mean(first, second) : first;
        }
        if (area.End - 1 > area.First && Compass(index, area.End - 1, lexicon.DirectionAdjectives) is { } last)
        {
            return area.End - 2 > area.First && Compass(index, area.End - 2, lexicon.DirectionAdjectives) is { } before ? Mean(before, last) : last;
        }
        return null;
    }

    /// <summary>The bearing of a compass word at a token, its clitics aside («بشمال», «وجنوب»).</summary>
    private static int? Compass(ArticleIndex index, int token, Dictionary<string, int> words)
    {
        var t = index.Token(token);
        if (words.TryGetValue(t.Norm, out var bearing))
        {
            return bearing;
        }
        foreach (var r in t.Segmentations)
        {
            if (r.Suffix == 0 && words.TryGetValue(r.Base, out bearing))
            {
                return bearing;
            }
        }
        return null;
    }

    /// <summary>The mean of two bearings a quarter-turn apart («شمال غرب»), minding the wrap at north.</summary>
    private static double Mean(int a, int b) => Math.Abs(a - b) > 180 ? ((a + b + 360) / 2.0) % 360 : (a + b) / 2.0;

    /// <summary>A telling placed by its own words, of the same type, modality and doer, on the same day.</summary>
    private static bool TellsAgain(EventCandidate lead, EventCandidate e) => SameDeedAtItsOwnPlace(lead, e) && !DaysDiffer(lead, e);

    /// <summary>
    /// <paramref name="e"/> is placed by its own words (no focus, no other band) and tells a deed of <paramref name="lead"/>'s
    /// type, modality and doer: what a summary lead and a definite retelling both ask of the telling they fold into.
    /// </summary>
    private static bool SameDeedAtItsOwnPlace(EventCandidate lead, EventCandidate e) =>
        e.Place is { First: >= 0 } && e.PlaceSource != "focus" && !e.OtherBand && string.Equals(lead.Type, e.Type, StringComparison.Ordinal) && string.Equals(lead.Modality, e.Modality, StringComparison.Ordinal)
        && string.Equals(lead.Actor1?.ActorId, e.Actor1?.ActorId, StringComparison.Ordinal);

    /// <summary>
    /// The town's telling keeps its own fields and takes those it lacks; the lead's toll only when no other town's
    /// telling could share it (a lead's «مقتل 28» over two towns' 21 and 7 is a total, not one town's).
    /// </summary>
    private static void LendLead(EventCandidate into, EventCandidate lead, bool onlyTown)
    {
        into.Actor2 ??= lead.Actor2;
        if (into.Date?.Value is null && lead.Date is { Value: not null })
        {
            into.Date = lead.Date;
        }
        if (onlyTown && into.Fatalities is null && lead.Fatalities is not null)
        {
            into.Fatalities = lead.Fatalities;
            into.FatalitySource = lead.FatalitySource;
        }
        into.Route ??= lead.Route;
        into.Attribution ??= lead.Attribution;
    }
}
