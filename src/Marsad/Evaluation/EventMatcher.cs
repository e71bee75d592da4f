using System.Globalization;
using Marsad.Output;

namespace Marsad.Evaluation;

/// <summary>
/// The SPEC §5 matching rule between one gold event and one system event, and the assignment of
/// system events to gold events (core first, each gold event at most one system event).
/// </summary>
public static class EventMatcher
{
    /// <summary>True when <paramref name="system"/> may take <paramref name="gold"/>.</summary>
    public static bool Matches(GoldDocument document, GoldEvent gold, EventRecord system) =>
        Mismatches(document, gold, system).Count == 0;

    /// <summary>
    /// Why <paramref name="system"/> cannot take <paramref name="gold"/>: one line per failed
    /// criterion (type, modality, actor1, location), empty when it can.
    /// </summary>
    public static List<string> Mismatches(GoldDocument document, GoldEvent gold, EventRecord system)
    {
        var reasons = new List<string>();
        if (!string.Equals(gold.Type, system.Type, StringComparison.Ordinal))
        {
            reasons.Add($"type {system.Type} ≠ {gold.Type}");
        }
        if (!string.Equals(gold.Modality, system.Modality, StringComparison.Ordinal))
        {
            reasons.Add($"modality {system.Modality} ≠ {gold.Modality}");
        }
        if (gold.Actor1 is not null && !string.Equals(gold.Actor1, system.Actor1?.Id, StringComparison.Ordinal))
        {
            reasons.Add($"actor1 {system.Actor1?.Id ?? "null"} ≠ {gold.Actor1}");
        }
        var (ok, _, why) = CheckLocation(document, gold, system.Location);
        if (!ok)
        {
            reasons.Add(why!);
        }
        return reasons;
    }

    /// <summary>
    /// Whether a system location fits the gold event's place or one of its alternatives; with the
    /// distance in km to the nearest fitting point place (null for a country or a place-less gold
    /// event), or why not.
    /// </summary>
    public static (bool Ok, double? DistanceKm, string? Reason) CheckLocation(GoldDocument document, GoldEvent gold, LocationRef? location)
    {
        if (gold.Place is null)
        {
            return (true, null, null);
        }
        var places = new[] { gold.Place }.Concat(gold.AlternativePlaces)
            .Select(document.FindPlace)
            .OfType<GoldPlace>()
            .ToList();
        if (places.Count == 0)
        {
            // The loader refuses such files; a hand-built document with no known place cannot be matched on place.
            return (false, null, $"gold place «{gold.Place}» is not among the gold places");
        }
        double? best = null;
        string? reason = null;
        foreach (var place in places)
        {
            if (place.IsCountry)
            {
                if (location?.Country is { } c && string.Equals(c, place.Country, StringComparison.OrdinalIgnoreCase))
                {
                    return (true, null, null);
                }
                reason ??= location is null
                    ? "no location"
                    : $"country {location.Country ?? "null"} ≠ {place.Country} («{place.Name}»)";
                continue;
            }
            if (location is null)
            {
                reason ??= "no location";
                continue;
            }
            if (location.Lat is not { } lat || location.Lon is not { } lon)
            {
                reason ??= $"location «{location.Name}» has no coordinates";
                continue;
            }
            var km = GreatCircle.DistanceKm(place.Lat!.Value, place.Lon!.Value, lat, lon);
            if (km <= place.TolKm && (best is null || km < best))
            {
                best = km;
            }
            else if (km > place.TolKm && best is null)
            {
                reason = FormattableString.Invariant($"location «{location.Name}» is {km:F1} km from «{place.Name}» (tol {place.TolKm.ToString(CultureInfo.InvariantCulture)} km)");
            }
        }
        return best is not null ? (true, best, null) : (false, null, reason);
    }

    /// <summary>
    /// Assigns system events to gold events: <c>result[g]</c> is the index of the system event gold
    /// event g takes, or -1. Core gold events are matched first by augmenting paths (a maximum
    /// matching); optional gold events are then added by further augmenting paths, which may change
    /// which system event a core gold event takes but never leave it unmatched, so the core count
    /// stays maximal and the optional count is the largest possible on top of it.
    /// </summary>
    /// <param name="preference">
    /// Optional cost of a pair, lower tried first: among equally valid candidates a gold event then
    /// takes the closest one, or the one with the right date, so that these checks measure the
    /// extractor and not the order of its output. It never changes how many events are matched.
    /// </param>
    public static int[] Assign(IReadOnlyList<GoldEvent> gold, IReadOnlyList<EventRecord> system, Func<GoldEvent, EventRecord, bool> canMatch, Func<GoldEvent, EventRecord, double>? preference = null)
    {
        var edges = new List<int>[gold.Count];
        for (var g = 0; g < gold.Count; g++)
        {
            edges[g] = [];
            for (var s = 0; s < system.Count; s++)
            {
                if (canMatch(gold[g], system[s]))
                {
                    edges[g].Add(s);
                }
            }
            if (preference is not null)
            {
                var ev = gold[g];
                edges[g] = [.. edges[g].OrderBy(s => preference(ev, system[s])).ThenBy(s => s)];
            }
        }
        var owner = new int[system.Count];
        Array.Fill(owner, -1);
        foreach (var optional in new[] { false, true })
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (gold[g].Optional == optional)
                {
                    Augment(g, edges, owner, new bool[system.Count]);
                }
            }
        }
        var taken = new int[gold.Count];
        Array.Fill(taken, -1);
        for (var s = 0; s < owner.Length; s++)
        {
            if (owner[s] >= 0)
            {
                taken[owner[s]] = s;
            }
        }
        return taken;
    }

    // Kuhn's augmenting path: gold g takes a free system event, or one whose owner can move to another.
    private static bool Augment(int g, List<int>[] edges, int[] owner, bool[] seen)
    {
        foreach (var s in edges[g])
        {
            if (seen[s])
            {
                continue;
            }
            seen[s] = true;
            if (owner[s] < 0 || Augment(owner[s], edges, owner, seen))
            {
                owner[s] = g;
                return true;
            }
        }
        return false;
    }
}

/// <summary>Distance on the sphere (haversine); good to well under a kilometre at gold tolerances.</summary>
public static class GreatCircle
{
    private const double EarthRadiusKm = 6371.0088;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double deg) => deg * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
