using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Extraction;

/// <summary>A road named in the text: where its word stands and its ends as written («الطريق بين حماة وحلب» → [حماة, حلب]).</summary>
internal sealed record RoadMention(int Token, int End, IReadOnlyList<PlaceHit> Ends, bool Anaphoric, PlaceHit? Feature = null);

/// <summary>
/// Finds roads by the places that name them: «الطريق بين X وY», «طريق X Y», «طريق X - Y»,
/// «طريق X», and the back-reference «الطريق المذكور» (the last road named).
/// </summary>
internal static class RouteFinder
{
    public static List<RoadMention> FindAll(ArticleIndex index)
    {
        var roads = new List<RoadMention>();
        // Every token of a place name reads the same place: whether it is a road is folded once
        // for the run of tokens, not twice per token.
        PlaceHit? last = null;
        var lastIsRoad = false;
        var i = 0;
        while (i < index.Count)
        {
            var road = index.Role(i, "road", true);
            var feature = index.PlaceAt(i);
            if (feature is not null && !ReferenceEquals(feature, last))
            {
                (last, lastIsRoad) = (feature, IsRoad(feature));
            }
            var featureIsRoad = feature is not null && lastIsRoad;
            if (road is null && !featureIsRoad)
            {
                i++;
                continue;
            }
            if (feature is not null && feature.First <= i && featureIsRoad)
            {
                // A road the gazetteer knows as one feature: its ends are the places inside its name.
                roads.Add(new RoadMention(i, feature.End, [], false, feature));
                i = feature.End;
                continue;
            }
            var k = road!.End;
            // Adjectives of a road: «الدولي», «السريع», «الرئيسي».
            while (k < index.Count && k < road.End + 2 && index.Token(k).IsWord && index.PlaceAt(k) is null && !index.IsRole(k, "prep") && !index.IsRole(k, "demonstrative"))
            {
                k++;
            }
            if (k < index.Count && index.IsRole(k, "demonstrative"))
            {
                roads.Add(new RoadMention(i, k + 1, [], true));
                i = k + 1;
                continue;
            }
            var ends = new List<PlaceHit>();
            if (k < index.Count && string.Equals(index.Token(k).Norm, "بين", StringComparison.Ordinal))
            {
                k++;
            }
            while (k < index.Count && ends.Count < 2)
            {
                var p = index.PlaceAt(k);
                if (p is null)
                {
                    break;
                }
                ends.Add(p);
                k = p.End;
                // «وحلب» carries its «و» as a clitic; a dash may stand between the two ends.
                if (k < index.Count && index.Token(k).Kind == TokenKind.Punctuation && index.Token(k).Norm[0] is '-' or '–' or '/')
                {
                    k++;
                }
            }
            if (ends.Count > 0)
            {
                roads.Add(new RoadMention(i, k, ends, false));
            }
            i = Math.Max(k, i + 1);
        }
        return roads;
    }

    /// <summary>The road a trigger acts on: one named right after it, or the one it refers back to.</summary>
    public static RoadMention? ForTrigger(IReadOnlyList<RoadMention> roads, EventCandidate e, ArticleIndex index)
    {
        var clause = index.ClauseOf(e.First);
        foreach (var r in roads)
        {
            if (r.Token >= e.First && r.Token <= e.End + 3 && r.Token < clause.End)
            {
                if (r.Anaphoric)
                {
                    var previous = roads.LastOrDefault(x => x.Token < r.Token && x.Ends.Count == 2);
                    return r.Anaphoric && previous is not null ? previous with { Token = r.Token, Anaphoric = true } : r;
                }
                return r;
            }
        }
        return null;
    }

    /// <summary>«طريق حماة حلب» → [حماة, حلب]; «طريق أعزاز» → [أعزاز]: the words of the name after «طريق».</summary>
    public static List<string> EndsFromName(PlaceHit road)
    {
        var words = road.Mention.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = words.Skip(1).Where(w => !string.Equals(ArabicNormalizer.NormalizeKey(w), "بين", StringComparison.Ordinal)).ToList();
        return rest.Count is 1 or 2 ? rest : [];
    }

    public static bool IsRoad(PlaceHit p) =>
        ArabicNormalizer.NormalizeKey(p.Mention.Name).StartsWith("طريق", StringComparison.Ordinal)
        || ArabicNormalizer.NormalizeKey(p.Mention.Text).StartsWith("طريق", StringComparison.Ordinal);
}
