using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «قتل 5 أشخاص بتفجير سيارة مفخخة شرق مدينة بعقوبة» then «انفجار السيارة المفخخة استهدف دورية في ناحية بلدروز … ما أدى إلى
/// وقوع خمسة قتلى»; «مقتل شخصين بتفجير انتحاري وسط مدينة بعقوبة» then «سيارة مفخخة يقودها انتحاري» at بعقوبة الجديدة with its
/// two dead: a deed told in the lead and again in the body, once coarse and once fine, often once with a doer and once without
/// (s37-dups). Two tellings of one type, modality and day that count the same dead in two statements of their own, at places
/// that nest (a quarter or site and its city, a town inside the region or the compass part of a city the other names, or two
/// points a few kilometres apart), with the same doer or one of them doerless, are one event (SPEC §1; docs/annotation.md 8,
/// one event per place and day). Two named towns apart stay two, and so do two named doers, tolls of one (the lone
/// assassinations of a round-up), the unnumbered plural's 3 and the shares of one listed toll.
/// </summary>
internal static partial class EventMerger
{
    /// <summary>The fewest dead whose equal count joins two tellings: single deaths at two quarters are mostly two killings.</summary>
    private const int SameTollFloor = 2;

    /// <summary>How far a quarter or site may lie from the city named for it (gazetteer points of a city's quarters lie up to ~15 km off).</summary>
    private const double QuarterOfCityKm = 20;

    private static List<EventCandidate> FoldSameTolls(ArticleIndex index, List<EventCandidate> events)
    {
        var kept = new List<EventCandidate>(events.Count);
        foreach (var e in events)
        {
            var at = kept.FindIndex(k => OneDeedSameToll(index, k, e));
            if (at < 0)
            {
                kept.Add(e);
                continue;
            }
            // The finer telling stands (docs/annotation.md: the most precise place the text gives), in the first telling's slot.
            var (winner, loser) = Fineness(index, e) > Fineness(index, kept[at]) ? (e, kept[at]) : (kept[at], e);
            TraceMerge(index, loser, winner, "same toll at nested places");
            Lend(winner, loser);
            kept[at] = winner;
        }
        return kept;
    }

    private static bool OneDeedSameToll(ArticleIndex index, EventCandidate a, EventCandidate b)
    {
        if (!string.Equals(a.Type, b.Type, StringComparison.Ordinal) || !string.Equals(a.Modality, b.Modality, StringComparison.Ordinal) || DaysDiffer(a, b)
            || ReferenceEquals(a.ListHead ?? a, b.ListHead ?? b))
        {
            return false;
        }
        if (a.Actor1 is not null && b.Actor1 is not null && !string.Equals(a.Actor1.ActorId, b.Actor1.ActorId, StringComparison.Ordinal))
        {
            return false;
        }
        // Each telling counts its dead in its own sentence: a toll lent from a neighbour, or taken in by an earlier merge, says
        // nothing of the deed itself («سقطت قذيفتا هاون … وتسببتا باضرار مادية» took a car bomb's five dead).
        if (Numbered(a) is not { Count: >= SameTollFloor } ta || Numbered(b) is not { } tb || ta.Count != tb.Count || ta.First == tb.First
            || index.Token(ta.First).Sentence != index.Token(a.First).Sentence || index.Token(tb.First).Sentence != index.Token(b.First).Sentence)
        {
            return false;
        }
        var (first, then) = a.First < b.First ? (a, b) : (b, a);
        return first.Place is { Mention.Precision: not "country" } outer && then.Place is { Mention.Precision: not "country" } inner
            && a.PlaceSource != "focus" && b.PlaceSource != "focus" && Fineness(index, first) < Fineness(index, then) && Nest(index, outer, inner);
    }

    /// <summary>
    /// Whether <paramref name="inner"/>, told later and placed more finely (<see cref="Fineness"/>), lies in <paramref name="outer"/>,
    /// told first: a point a few kilometres off, a quarter or site near the town it belongs to, a point inside a region
    /// (<see cref="AreaOf"/>, <see cref="Inside"/>), or a town on the side of a city a compass noun names («شرق مدينة بعقوبة», read
    /// at the city's point). Only the coarse telling first, as a lead sums up what the body tells finely (as
    /// <see cref="FoldLeadsIntoTowns"/>): a town told after a quarter, or two quarters, two sites or two towns, are mostly two
    /// deeds of a round-up («قصف … استهدف حي جوبر» then «قصف على بلدة عين ترما», five dead each, 2 km apart).
    /// </summary>
    private static bool Nest(ArticleIndex index, PlaceHit outer, PlaceHit inner)
    {
        var mo = outer.Mention;
        var mi = inner.Mention;
        if (mo.GazetteerId is not null && string.Equals(mo.GazetteerId, mi.GazetteerId, StringComparison.Ordinal))
        {
            return true;
        }
        if (mo.Precision == "region")
        {
            return AreaOf(mo) is { } kind && Inside(index, mi, outer, kind);
        }
        if (mo.Precision != "point" || mi.Precision != "point" || mo.Lat is not { } lo || mo.Lon is not { } ln || mi.Lat is not { } li || mi.Lon is not { } lni)
        {
            return false;
        }
        var km = Geo.GeoMath.DistanceKm(lo, ln, li, lni);
        if (km <= SamePlaceKm)
        {
            return true;
        }
        var sameProvince = string.Equals(mo.Country, mi.Country, StringComparison.Ordinal) && ProvinceOf(mo) is { } province
            && string.Equals(province, ProvinceOf(mi), StringComparison.Ordinal);
        if (!sameProvince)
        {
            return false;
        }
        if (KindOf(mo) == PlaceKind.Town && KindOf(mi) != PlaceKind.Town && km <= QuarterOfCityKm)
        {
            return true;
        }
        return CompassBefore(index, outer) is { } bearing
            && Math.Abs(((Geo.GeoMath.Bearing(lo, ln, li, lni) - bearing + 540) % 360) - 180) <= MaxTurnDegrees;
    }

    /// <summary>
    /// How finely a telling is placed: a quarter or site (by its gazetteer row, or called one by the text: «حي الشعار», «مطار
    /// X», whose corpus rows may carry a town's type), then a town, then a city's compass part, then a region.
    /// </summary>
    private static int Fineness(ArticleIndex index, EventCandidate e) => e.Place is not { } p ? 0
        : p.Mention.Precision != "point" ? 1
        : CompassBefore(index, p) is not null ? 2
        : KindOf(p.Mention) == PlaceKind.Town && !CalledSite(index, p) ? 3
        : 4;

    /// <summary>The mention opens with, or follows, a cue of a quarter, an airport or a crossing (place_cues.tsv).</summary>
    private static bool CalledSite(ArticleIndex index, PlaceHit p)
    {
        var cues = Geo.PlaceLexicon.Default.Cues;
        for (var k = Math.Max(0, p.First - 1); k <= p.First; k++)
        {
            if (cues.TryGetValue(index.Token(k).Norm, out var kind) && kind is "district" or "airport" or "crossing")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The bearing of a compass noun right before a town's mention, over the settlement word the mention opens with or follows
    /// («شرق مدينة بعقوبة», «جنوب بلدة X»): the text places the deed on that side of the town, not in it. Null for none.
    /// </summary>
    private static int? CompassBefore(ArticleIndex index, PlaceHit place)
    {
        var lexicon = Geo.PlaceLexicon.Default;
        var k = place.First - 1;
        if (k >= 0 && lexicon.Cues.TryGetValue(index.Token(k).Norm, out var kind) && kind == "settlement")
        {
            k--;
        }
        return k >= 0 ? Compass(index, k, lexicon.DirectionNouns) : null;
    }
}
