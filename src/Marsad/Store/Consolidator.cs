using System.Globalization;
using Marsad.Geo;

namespace Marsad.Store;

/// <summary>One stored event mention, as consolidation sees it.</summary>
public sealed record EventMention(
    long EventId, string DocumentHash, int Ordinal, string? DocumentSource, string? Published,
    string Type, string Modality, string? Actor1, string? Actor2,
    string? LocationName, double? Lat, double? Lon, string? Country, string? Admin1, string? GazetteerId, string? LocationPrecision,
    string? DateValue, string DatePrecision, int? Fatalities, string EvidenceText, double Confidence);

/// <summary>One real event reported by one or more articles.</summary>
public sealed record ConsolidatedEvent(
    long Id, string Type, string Modality, string? Actor1, string? Actor2,
    string? LocationName, double? Lat, double? Lon, string? Country, string? Admin1, string? GazetteerId, string? LocationPrecision,
    string? DateValue, string DatePrecision, string? DateStart, string? DateEnd,
    int? FatalitiesLow, int? FatalitiesBest, int? FatalitiesHigh,
    double Confidence, int EventCount, int DocumentCount, string EvidenceText, IReadOnlyList<EventMention> Members);

/// <summary>
/// Links mentions of one happening across articles. Deterministic whatever order the articles
/// arrived in: mentions are sorted by a key made of their content (type, modality, date, then
/// the document's content hash and the event's ordinal) before a greedy pass that joins each
/// mention to the first compatible cluster.
/// </summary>
public static class Consolidator
{
    /// <summary>Kilometres within which two mentions can be one event, by the coarser precision.</summary>
    public const double PointKm = 10, RegionKm = 50;

    /// <summary>Days apart two day-precise dates may be and still be one event.</summary>
    public const int DayWindow = 2;

    public static List<ConsolidatedEvent> Consolidate(IEnumerable<EventMention> mentions)
    {
        var sorted = mentions
            .OrderBy(m => m.Type, StringComparer.Ordinal)
            .ThenBy(m => m.Modality, StringComparer.Ordinal)
            .ThenBy(m => EffectiveDate(m).Start ?? "~", StringComparer.Ordinal)
            .ThenBy(m => m.DocumentHash, StringComparer.Ordinal)
            .ThenBy(m => m.Ordinal)
            .ToList();
        var clusters = new List<List<EventMention>>();
        // Only clusters of the same type, modality and country can take a mention (a 10 km
        // radius across a border is rare enough to give up for the speed of the partition).
        var open = new Dictionary<(string, string, string), List<List<Dated>>>();
        var datedClusters = new Dictionary<List<Dated>, List<EventMention>>(ReferenceEqualityComparer.Instance);
        foreach (var m in sorted)
        {
            var d = new Dated(m, EffectiveDate(m));
            if (m.LocationPrecision is null || m.Country is null)
            {
                // An unlocated mention says too little to be tied to any one happening.
                clusters.Add([m]);
                continue;
            }
            var key = (m.Type, m.Modality, m.Country);
            if (!open.TryGetValue(key, out var candidates))
            {
                open[key] = candidates = [];
            }
            var home = candidates.FirstOrDefault(c => c.TrueForAll(other => Compatible(d, other)));
            if (home is null)
            {
                home = [];
                candidates.Add(home);
                var list = new List<EventMention>();
                datedClusters[home] = list;
                clusters.Add(list);
            }
            home.Add(d);
            datedClusters[home].Add(m);
        }
        return [.. clusters.Select((c, i) => Summarize(i + 1, c))];
    }

    /// <summary>Whether two mentions can be the same event (same type and modality assumed).</summary>
    public static bool Compatible(EventMention a, EventMention b) => Compatible(new Dated(a, EffectiveDate(a)), new Dated(b, EffectiveDate(b)));

    private sealed record Dated(EventMention Mention, (string? Start, string? End, string Precision) Date);

    private static bool Compatible(Dated x, Dated y)
    {
        var (a, b) = (x.Mention, y.Mention);
        if (string.Equals(a.DocumentHash, b.DocumentHash, StringComparison.Ordinal))
        {
            // The extractor already merged repeated mentions inside one article.
            return false;
        }
        if (a.Actor1 is not null && b.Actor1 is not null && !string.Equals(a.Actor1, b.Actor1, StringComparison.Ordinal))
        {
            return false;
        }
        return DatesCompatible(x.Date, y.Date) && PlacesCompatible(a, b);
    }

    private static bool PlacesCompatible(EventMention a, EventMention b)
    {
        if (a.LocationPrecision is null || b.LocationPrecision is null)
        {
            // An unlocated mention says too little to be tied to any one happening.
            return false;
        }
        var coarser = Math.Max(Rank(a.LocationPrecision), Rank(b.LocationPrecision));
        if (coarser >= 3)
        {
            return a.Country is not null && string.Equals(a.Country, b.Country, StringComparison.Ordinal);
        }
        if (a.Lat is not { } lat1 || a.Lon is not { } lon1 || b.Lat is not { } lat2 || b.Lon is not { } lon2)
        {
            return a.GazetteerId is not null && string.Equals(a.GazetteerId, b.GazetteerId, StringComparison.Ordinal);
        }
        return GeoMath.DistanceKm(lat1, lon1, lat2, lon2) <= (coarser == 1 ? PointKm : RegionKm);
    }

    private static bool DatesCompatible((string? Start, string? End, string Precision) a, (string? Start, string? End, string Precision) b)
    {
        var (s1, e1, p1) = a;
        var (s2, e2, p2) = b;
        if (s1 is null || s2 is null)
        {
            return true;
        }
        if (p1 == "day" && p2 == "day" && e1 is not null && e2 is not null)
        {
            return Math.Abs(Day(s1).DayNumber - Day(s2).DayNumber) <= DayWindow;
        }
        // A month or year holds the other when their spans overlap: «في شباط» and «23 شباط».
        return string.CompareOrdinal(s1, e2) <= 0 && string.CompareOrdinal(s2, e1) <= 0;
    }

    /// <summary>
    /// The span a mention's date covers. An unknown date takes the publication day with the day
    /// window: news reports events of the last days, and treating it as «any date» would join
    /// reports of one place two years apart (the corpora span 2013 and 2015).
    /// </summary>
    public static (string? Start, string? End, string Precision) EffectiveDate(EventMention m)
    {
        if (m.DateValue is not null && m.DatePrecision != "unknown")
        {
            var (s, e) = MarsadStore.DateRange(new Output.DateRef(m.DateValue, m.DatePrecision, null), null);
            if (s is not null)
            {
                return (s, e, m.DatePrecision);
            }
        }
        var (ps, pe) = MarsadStore.DateRange(Output.DateRef.Unknown, m.Published);
        return (ps, pe, "day");
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Rank(string? precision) => precision switch
    {
        "point" => 1,
        "region" => 2,
        "country" => 3,
        _ => 4,
    };

    private static int DateRank(string precision) => precision switch
    {
        "day" => 1,
        "month" => 2,
        "year" => 3,
        _ => 4,
    };

    private static ConsolidatedEvent Summarize(long id, List<EventMention> members)
    {
        var first = members[0];
        // Most precise location; among equals the one most reports give, then the smallest key.
        var place = members.Where(m => m.LocationPrecision is not null)
            .GroupBy(m => (m.GazetteerId, m.LocationName, Rank(m.LocationPrecision)))
            .OrderBy(g => g.Key.Item3).ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.GazetteerId ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(g => g.Key.LocationName ?? string.Empty, StringComparer.Ordinal)
            .Select(g => g.First()).FirstOrDefault();
        var dated = members.Where(m => m.DateValue is not null && m.DatePrecision != "unknown")
            .GroupBy(m => (m.DateValue, m.DatePrecision))
            .OrderBy(g => DateRank(g.Key.DatePrecision)).ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.DateValue, StringComparer.Ordinal)
            .Select(g => g.First()).FirstOrDefault();
        string? dateValue = dated?.DateValue;
        var datePrecision = dated?.DatePrecision ?? "unknown";
        var (start, end) = dated is not null
            ? MarsadStore.DateRange(new Output.DateRef(dated.DateValue, dated.DatePrecision, null), null)
            : (members.Select(m => EffectiveDate(m).Start).Where(s => s is not null).Order(StringComparer.Ordinal).FirstOrDefault(),
               members.Select(m => EffectiveDate(m).End).Where(s => s is not null).Order(StringComparer.Ordinal).LastOrDefault());
        var deaths = members.Where(m => m.Fatalities is not null).Select(m => m.Fatalities!.Value).Order().ToList();
        var best = members.OrderByDescending(m => m.Confidence).ThenBy(m => m.DocumentHash, StringComparer.Ordinal).ThenBy(m => m.Ordinal).First();
        return new ConsolidatedEvent(
            id, first.Type, first.Modality, MostCommon(members.Select(m => m.Actor1)), MostCommon(members.Select(m => m.Actor2)),
            place?.LocationName, place?.Lat, place?.Lon, place?.Country, place?.Admin1, place?.GazetteerId, place?.LocationPrecision,
            dateValue, datePrecision, start, end,
            deaths.Count > 0 ? deaths[0] : null,
            // UCDP's «best»: the median report; with an even count the lower middle, to stay a count.
            deaths.Count > 0 ? deaths[(deaths.Count - 1) / 2] : null,
            deaths.Count > 0 ? deaths[^1] : null,
            members.Max(m => m.Confidence), members.Count, members.Select(m => m.DocumentHash).Distinct(StringComparer.Ordinal).Count(),
            best.EvidenceText, members);
    }

    private static string? MostCommon(IEnumerable<string?> values) => values.Where(v => v is not null)
        .GroupBy(v => v!, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key).FirstOrDefault();
}
