using System.Globalization;
using System.Text.Json;
using Marsad.Output;

namespace Marsad.Routes;

/// <summary>One event behind a state, with its article: what a reader needs to check it.</summary>
public sealed record RouteSource(
    long EventId, string Type, string Modality, string Date, string DatePrecision, string Document, string? Source, string? Title,
    string? Url, string? Published, string? Actor1, string? Place, string Evidence, int? ClaimedNth, string? ClaimText, string? Note)
{
    public static RouteSource Of(RouteEvent e, string? note = null) => new(
        e.Id, e.Type, e.Modality, e.DateLabel, e.DatePrecision, e.Document, e.Source, e.Title, e.Url, e.Published, e.Actor1, e.Place,
        e.Evidence, e.ClaimedNth, e.ClaimText, note);
}

/// <summary>
/// One change of state as printed: <see cref="Since"/> as precise as the event's date («2015-01»,
/// «[2016-02-24]» for an undated event's publication day), <see cref="SinceDay"/> the first day it covers, for sorting.
/// </summary>
public sealed record RouteChangeReport(
    string Since, string SinceDay, string State, string Rule, string? At, double? AtLat, double? AtLon, string? Holder, int? CutNumber, int? ClaimedNth,
    string? ClaimText, string LastReport, IReadOnlyList<RouteSource> Sources, IReadOnlyDictionary<string, IReadOnlyList<RouteSource>>? Sides);

/// <summary>
/// A route with its state on a day and, for JSON, its whole history; <see cref="WarningsByDay"/>
/// are the predicted, intended and possible events reported up to that day (what is expected or
/// planned for the route, never applied to its state).
/// </summary>
public sealed record RouteReport(
    string Id, string Name, string NameEn, string Kind, bool Curated, bool Straight, string Country, string CourseSource,
    string State, RouteChangeReport? Current, int CutsTotal, int CutsByDay, IReadOnlyList<Waypoint> Waypoints,
    IReadOnlyList<RouteChangeReport> Changes, IReadOnlyList<RouteSource> Warnings, IReadOnlyList<RouteSource> Notes, IReadOnlyList<RouteSource> WarningsByDay)
{
    public static RouteReport Of(RouteHistory h, DateOnly? day)
    {
        var current = day is { } d ? h.On(d) : h.Last;
        var changes = h.Changes.Select(c => Change(c, null)).ToList();
        var cutsByDay = h.Changes.Where(c => day is null || c.Since <= day).Select(c => c.CutNumber ?? 0).DefaultIfEmpty(0).Max();
        var r = h.Route;
        return new RouteReport(
            r.Id, r.Name, r.NameEn, KindName(r.Kind), r.Curated, r.Straight, r.Country, r.CourseSource,
            current is null ? "unknown" : RouteTimeline.Label(current.State), current is null ? null : Change(current, day),
            h.Cuts, cutsByDay, r.Waypoints, changes,
            [.. h.Warnings.Select(w => RouteSource.Of(w.Event, w.Reason))], [.. h.Notes.Select(n => RouteSource.Of(n.Event, n.Reason))],
            [.. h.Warnings.Where(w => day is null || w.Event.Start <= day).Select(w => RouteSource.Of(w.Event, w.Reason))]);
    }

    /// <summary>A curated route no event touched.</summary>
    public static RouteReport Empty(Route r) => new(
        r.Id, r.Name, r.NameEn, KindName(r.Kind), r.Curated, r.Straight, r.Country, r.CourseSource, "unknown", null, 0, 0, r.Waypoints, [], [], [], []);

    public static string KindName(RouteKind k) => k.ToString().ToLowerInvariant();

    /// <summary>
    /// A change as of <paramref name="day"/>: only the reports dated up to that day support it
    /// then (a later article that says the same is not yet known on that day).
    /// </summary>
    private static RouteChangeReport Change(StateChange c, DateOnly? day)
    {
        bool Known(RouteEvent e) => day is null || e.Start <= day;
        var known = c.AllEvents.Where(Known).ToList();
        var last = known.Count > 0 ? known.MaxBy(e => e.Start)!.DateLabel : c.SinceLabel ?? c.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new(
            c.SinceLabel ?? c.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), RouteTimeline.Label(c.State), c.Rule, c.At, c.AtLat, c.AtLon, c.Holder,
            c.CutNumber, c.ClaimedNth, c.ClaimText, last, [.. c.Events.Where(Known).Select(e => RouteSource.Of(e))],
            c.Sides?.ToDictionary(s => RouteTimeline.Label(s.Key), s => (IReadOnlyList<RouteSource>)[.. s.Value.Where(Known).Select(e => RouteSource.Of(e))]));
    }
}

/// <summary>
/// The layer as GeoJSON (RFC 7946, lon-lat): a LineString per road through its waypoints, a
/// Point per crossing and besieged place, the state and its sources as properties, for a map.
/// </summary>
public static class RouteGeoJson
{
    public static void Write(IEnumerable<RouteReport> routes, Stream stream, string? on)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = MarsadJson.Compact.Encoder, Indented = true });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteString("on", on);
        json.WriteStartArray("features");
        foreach (var r in routes)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", r.Id);
            json.WriteStartObject("geometry");
            if (r.Waypoints.Count == 1)
            {
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(r.Waypoints[0].Lon);
                json.WriteNumberValue(r.Waypoints[0].Lat);
                json.WriteEndArray();
            }
            else
            {
                json.WriteString("type", "LineString");
                json.WriteStartArray("coordinates");
                foreach (var w in r.Waypoints)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(w.Lon);
                    json.WriteNumberValue(w.Lat);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WritePropertyName("properties");
            var c = r.Current;
            JsonSerializer.Serialize(json, new
            {
                name = r.Name,
                name_en = r.NameEn,
                kind = r.Kind,
                state = r.State,
                since = c?.Since,
                since_day = c?.SinceDay,
                last_report = c?.LastReport,
                at = c?.At,
                at_lat = c?.AtLat,
                at_lon = c?.AtLon,
                holder = c?.Holder,
                rule = c?.Rule,
                cut_number = c?.CutNumber,
                claimed_nth = c?.ClaimedNth,
                cuts_total = r.CutsTotal,
                curated = r.Curated,
                straight = r.Straight,
                sources = c?.Sources,
                sides = c?.Sides,
                warnings = r.WarningsByDay,
            }, MarsadJson.Compact);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }
}
