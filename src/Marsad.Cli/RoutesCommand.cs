using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Geo;
using Marsad.Output;
using Marsad.Routes;

namespace Marsad.Cli;

/// <summary><c>marsad routes</c>: the state of roads, crossings and besieged places over time, from the stored events.</summary>
internal static class RoutesCommand
{
    private static readonly string[] StateOrder = ["cut", "besieged", "contested", "open", "unknown"];

    public static Command Create()
    {
        var store = IngestCommand.StoreOption();
        var on = new Option<string?>("--on") { Description = "The state on this day (YYYY-MM-DD); default: the latest state." };
        var near = new Option<string?>("--near") { Description = "Only routes passing within --km of this place (a name, or LAT,LON)." };
        var km = new Option<double>("--km") { Description = "Radius for --near, in km.", DefaultValueFactory = _ => 25 };
        var route = new Option<string?>("--route") { Description = "One route's whole history: an id (sy-khanaser), a name (طريق خناصر) or its two ends (حماة-حلب)." };
        var state = new Option<string?>("--state") { Description = "Only these states, comma-separated: cut, besieged, contested, open, unknown." };
        var all = new Option<bool>("--all") { Description = "Also list the curated routes no event touched (state unknown)." };
        var curated = new Option<bool>("--curated") { Description = "Only the curated roads, crossings and besieged places (no straight segments, no places the events made)." };
        var window = new Option<int>("--window") { Description = "Days within which two articles that disagree make a route contested.", DefaultValueFactory = _ => 3 };
        var unresolved = new Option<bool>("--unresolved") { Description = "Also list the BLOCKADE and REOPEN events no route was found for, with the reason." };
        var format = new Option<string>("--format") { Description = "table, json or geojson.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "geojson");
        var command = new Command("routes", "Roads, crossings and sieges: what is open or cut on a day, since when, who holds it, and which sources say so.")
        {
            store, on, near, km, route, state, all, curated, window, unresolved, format,
        };
        command.SetAction(parse =>
        {
            var day = CliRunner.ParseDate(parse.GetValue(on), "--on");
            var radius = parse.GetValue(km);
            if (radius <= 0)
            {
                throw new UsageException("--km takes a positive distance");
            }
            if (parse.GetValue(window) < 0)
            {
                throw new UsageException("--window takes a number of days, 0 or more");
            }
            var states = parse.GetValue(state)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).ToList();
            if (states?.FirstOrDefault(s => !StateOrder.Contains(s)) is { } badState)
            {
                throw new UsageException($"--state takes cut, besieged, contested, open or unknown, not '{badState}'");
            }
            var catalog = RouteCatalog.Default;
            var gazetteer = Gazetteer.Default;
            (double Lat, double Lon, string Label)? place = null;
            if (parse.GetValue(near) is { } nearText)
            {
                place = RouteLookup.Place(nearText, catalog, gazetteer) ?? throw new UsageException($"--near: no place named '{nearText}' in the gazetteer (or give LAT,LON)");
            }
            using var db = IngestCommand.OpenStore(parse.GetValue(store)!, create: false);
            var events = db.LoadRouteEvents();
            var layer = new RouteTimeline(new RouteResolver(catalog, gazetteer, RouteWords.Default), catalog, parse.GetValue(window)).Build(events);
            var output = parse.InvocationConfiguration.Output;
            var fmt = parse.GetValue(format)!;
            var dayText = day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

            if (parse.GetValue(route) is { } name)
            {
                var found = RouteLookup.Find(layer, name);
                if (found.Count == 0)
                {
                    throw new UsageException($"--route: no route named '{name}' (try an id such as sy-khanaser, a name such as «طريق خناصر», or two ends such as «حماة-حلب»)");
                }
                var reports = found.Select(r => layer.Histories.FirstOrDefault(h => h.Route.Id == r.Id) is { } h ? RouteReport.Of(h, day) : RouteReport.Empty(r)).ToList();
                Write(reports, fmt, output, dayText, place, history: true, layer, parse.GetValue(unresolved));
                return ExitCodes.Ok;
            }

            var list = layer.Histories.Select(h => RouteReport.Of(h, day)).ToList();
            if (parse.GetValue(all))
            {
                var touched = list.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
                list.AddRange(catalog.Routes.Where(r => !touched.Contains(r.Id)).Select(RouteReport.Empty));
            }
            if (!parse.GetValue(all))
            {
                // A route with no asserted state yet but an intended or predicted cut is what an early warning is for.
                list = [.. list.Where(r => r.State != "unknown" || r.WarningsByDay.Count > 0)];
            }
            if (place is { } p)
            {
                list = [.. list.Where(r => DistanceKm(r, p.Lat, p.Lon) <= radius)];
            }
            if (parse.GetValue(curated))
            {
                list = [.. list.Where(r => r.Curated)];
            }
            if (states is not null)
            {
                list = [.. list.Where(r => states.Contains(r.State))];
            }
            list = [.. list.OrderBy(r => Array.IndexOf(StateOrder, r.State)).ThenBy(r => place is { } q ? DistanceKm(r, q.Lat, q.Lon) : 0).ThenBy(r => r.Id, StringComparer.Ordinal)];
            Write(list, fmt, output, dayText, place, history: false, layer, parse.GetValue(unresolved));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static double DistanceKm(RouteReport r, double lat, double lon) => RouteGeometry.DistanceKm(r.Waypoints, lat, lon);

    private static void Write(List<RouteReport> reports, string format, TextWriter output, string? day, (double Lat, double Lon, string Label)? place,
        bool history, RouteLayer layer, bool withUnresolved)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    on = day,
                    near = place is { } p ? new { p.Lat, p.Lon, p.Label } : null,
                    routes = reports,
                    unresolved = withUnresolved ? layer.Unresolved.Select(u => RouteSource.Of(u.Event, u.Reason)).ToList() : null,
                    unresolved_count = layer.Unresolved.Count,
                }, MarsadJson.Indented));
                break;
            case "geojson":
                using (var buffer = new MemoryStream())
                {
                    RouteGeoJson.Write(reports, buffer, day);
                    output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }
                break;
            default:
                RoutesTable.Write(reports, output, day, place, history);
                if (withUnresolved)
                {
                    RoutesTable.WriteUnresolved(layer.Unresolved, output);
                }
                break;
        }
    }
}
