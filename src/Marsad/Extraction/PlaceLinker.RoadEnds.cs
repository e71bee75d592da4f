using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// The places that only name a road: its two ends («طريق دمشق القنيطرة», «الطريق بين اللاذقية
/// والقرداحة») or the place it leads to («الطريق المؤدي إلى العاصمة دمشق»).
/// </summary>
internal static partial class PlaceLinker
{
    /// <summary>Tokens back from a place to the road word whose destination it may be («الطريق الدولي المؤدي إلى مدينة»).</summary>
    private const int RoadToReach = 5;

    /// <summary>
    /// «هاجمت أحد حواجزه على طريق دمشق القنيطرة بالقرب من جديدة عرطوز», «استولوا على موقع … على
    /// الطريق المؤدي إلى العاصمة دمشق»: a place that names a road by its ends, or by where it
    /// leads, says which road, not where on it the deed happened, which may be a hundred kilometres
    /// from either end. Another place of the clause, after the trigger or before it, is the
    /// event's unless it is a country; only when the clause names no other does the road's end stay
    /// (the nearest the text comes, as for «معارك في الطريق المؤدي إلى مطار دمشق»). Road events (BLOCKADE,
    /// REOPEN) keep their own reading of the road (<see cref="LinkRoad"/>).
    /// </summary>
    private static Candidate? PastRoadEnd(ArticleIndex index, EventCandidate e, IReadOnlyList<RoadMention> roads, List<Candidate> afterList, Candidate? after, List<Candidate> before)
    {
        if (after is not { } chosen || EventTypes.IsRouteEvent(e.Type) || !NamesRoad(index, roads, chosen))
        {
            return after;
        }
        // «ومقاتلين من جبهة النصرة واحرار الشام … على طريق ادلب- سراقب»: a country (here a name read
        // inside a group's name) is no better guess than the road's end, which lies on the road.
        var rest = afterList.Where(c => RankOf(c) < 2 && !NamesRoad(index, roads, c)).ToList();
        if (MostPrecise(index, e, rest) is { } other)
        {
            return other;
        }
        // Null hands the event to the place before its trigger in the clause, when that is no country.
        return LastBefore(index, e, roads, before) is var last && last >= 0 && RankOf(before[last]) < 2 && !NamesRoad(index, roads, before[last]) ? null : after;
    }

    /// <summary>The place before the trigger in its clause the linker takes: the last that is no landmark, and for a deed other than a road event's, none that names a road when another is named.</summary>
    private static int LastBefore(ArticleIndex index, EventCandidate e, IReadOnlyList<RoadMention> roads, List<Candidate> before)
    {
        var last = before.FindLastIndex(c => !IsLandmark(index, c) && (EventTypes.IsRouteEvent(e.Type) || !NamesRoad(index, roads, c)));
        return last >= 0 ? last : before.FindLastIndex(c => !IsLandmark(index, c));
    }

    private static bool NamesRoad(ArticleIndex index, IReadOnlyList<RoadMention> roads, Candidate c) => !c.IsReference && NamesRoad(index, roads, c.Place);

    /// <summary>True when <paramref name="p"/> is one of the two ends a road is named by, or the place a road word leads to.</summary>
    private static bool NamesRoad(ArticleIndex index, IReadOnlyList<RoadMention> roads, PlaceHit p)
    {
        foreach (var road in roads)
        {
            if (road.Ends.Count == 2 && (ReferenceEquals(road.Ends[0], p) || ReferenceEquals(road.Ends[1], p)))
            {
                return true;
            }
        }
        return RoadLeadsTo(index, p);
    }

    /// <summary>
    /// «الطريق المؤدي إلى العاصمة دمشق», «الطريق السريع الواصل لدرعا», «الطريق باتجاه حمص»:
    /// a word of whither (event_words.tsv role roadto, or «ل» written on the name) before the
    /// place, and before it, over a road's adjectives and participles of leading (roadleads) and a
    /// settlement word, a road word. «على طريق في مدينة مديات», «الطريق الرئيسي في ناحية الزاب»
    /// say where the road is: no word of whither, no road's end.
    /// </summary>
    private static bool RoadLeadsTo(ArticleIndex index, PlaceHit p)
    {
        var written = index.Token(p.First);
        var k = p.First - 1;
        var toward = p.Span.Start > written.Span.Start && LamClitic.IsLam(index.Text.Body[written.Span.Start..p.Span.Start]);
        var lexicon = Geo.PlaceLexicon.Default;
        for (; k >= Math.Max(0, p.First - RoadToReach); k--)
        {
            var t = index.Token(k);
            if (!t.IsWord || t.Sentence != written.Sentence)
            {
                return false;
            }
            if (toward && index.IsRole(k, "road", true))
            {
                return true;
            }
            if (index.Words.IsWholeWord(t.Norm, "roadto"))
            {
                toward = true;
                continue;
            }
            // «إلى العاصمة دمشق», «إلى بلدة درعا»: a settlement word only between the whither and the name.
            if (!(index.Words.IsWholeWord(t.Norm, "roadleads") || (!toward && lexicon.Cues.ContainsKey(t.Norm))))
            {
                return false;
            }
        }
        return false;
    }
}
