using Marsad.Extraction;

namespace Marsad.Routes;

/// <summary>The state of a road, crossing or besieged place on a day.</summary>
public enum RouteState
{
    /// <summary>No asserted event before that day.</summary>
    Unknown,
    Open,
    Cut,
    Contested,
    Besieged,
}

/// <summary>
/// One change of state and everything that supports it: the events that made it and those that
/// later said the same, each with its article. A conflict between sources lists both sides.
/// </summary>
public sealed class StateChange
{
    public required DateOnly Since { get; init; }
    /// <summary>The date as the event that made the change gives it: «2015-01» for a month, «[2016-02-24]» for an undated event's publication day.</summary>
    public string? SinceLabel { get; init; }
    public required RouteState State { get; init; }
    /// <summary>Which rule made the change, in words (docs/routes.md).</summary>
    public required string Rule { get; init; }
    /// <summary>Where: the place the road is cut or reopened at, the waypoint taken, the besieged place.</summary>
    public string? At { get; init; }
    public double? AtLat { get; init; }
    public double? AtLon { get; init; }
    /// <summary>Who holds it after the change, as the events say (the party that cut, reopened or took it), or null.</summary>
    public string? Holder { get; init; }
    public List<RouteEvent> Events { get; } = [];
    /// <summary>For a cut (or siege): the how-manieth since the timeline began, counted from the timeline.</summary>
    public int? CutNumber { get; init; }
    /// <summary>The count an article claims for this cut («للمرة الرابعة» = 4), shown beside <see cref="CutNumber"/>.</summary>
    public int? ClaimedNth { get; set; }
    public string? ClaimText { get; set; }
    /// <summary>For a conflict: the events on each side.</summary>
    public Dictionary<RouteState, List<RouteEvent>>? Sides { get; init; }

    public bool IsConflict => Sides is not null;

    public IEnumerable<RouteEvent> AllEvents => Sides is null ? Events : Sides.Values.SelectMany(s => s);
}

/// <summary>An event that touches a route but may not change its state (predicted, intended, possible, denied), or a capture that only tells who holds a waypoint.</summary>
public sealed record RouteNote(RouteEvent Event, string Reason);

/// <summary>The timeline of one road, crossing or besieged place.</summary>
public sealed class RouteHistory(Route route)
{
    public Route Route { get; } = route;
    public List<StateChange> Changes { get; } = [];
    /// <summary>Predicted, intended, possible and denied events: listed, never applied.</summary>
    public List<RouteNote> Warnings { get; } = [];
    /// <summary>Asserted events that changed nothing (a capture by the party that already held the waypoint, a first known holder).</summary>
    public List<RouteNote> Notes { get; } = [];
    /// <summary>How many times the timeline has the route cut (or the place besieged).</summary>
    public int Cuts { get; set; }

    /// <summary>The change in force on <paramref name="day"/>, or null when nothing was asserted before it.</summary>
    public StateChange? On(DateOnly day) => Changes.LastOrDefault(c => c.Since <= day);

    public StateChange? Last => Changes.Count > 0 ? Changes[^1] : null;
}

/// <summary>The whole layer: one history per route any event touched, and the events no route could be found for.</summary>
public sealed record RouteLayer(IReadOnlyList<RouteHistory> Histories, IReadOnlyList<RouteNote> Unresolved, IReadOnlyList<Route> Catalog);

/// <summary>
/// Builds state timelines from events by explicit rules (docs/routes.md):
/// <list type="number">
/// <item>only asserted events change a state; predicted, intended, possible and denied ones are warnings;</item>
/// <item>an asserted BLOCKADE cuts a road or crossing at the event's place (a besieged place becomes besieged); an asserted REOPEN opens it;</item>
/// <item>an asserted CAPTURE of a road's inner waypoint or a crossing by a party other than its last known holder makes the route contested;</item>
/// <item>a BLOCKADE and a REOPEN from different articles whose dates fall within <see cref="WindowDays"/> of each other make it contested, both sides listed;</item>
/// <item>a cut is counted when the route becomes cut after being open, contested or unknown, unless it was cut before the contest.</item>
/// </list>
/// </summary>
public sealed class RouteTimeline(RouteResolver resolver, RouteCatalog catalog, int windowDays = 3)
{
    public int WindowDays { get; } = windowDays;

    public RouteLayer Build(IEnumerable<RouteEvent> events)
    {
        var byRoute = new Dictionary<string, (Route Route, List<(RouteEvent Event, RouteTarget Target)> Events)>(StringComparer.Ordinal);
        var unresolved = new List<RouteNote>();
        void Add(RouteTarget t, RouteEvent e)
        {
            if (!byRoute.TryGetValue(t.Route.Id, out var entry))
            {
                byRoute[t.Route.Id] = entry = (t.Route, []);
            }
            entry.Events.Add((e, t));
        }
        foreach (var e in events)
        {
            if (string.Equals(e.Type, "CAPTURE", StringComparison.Ordinal))
            {
                foreach (var t in resolver.Captured(e))
                {
                    Add(t, e);
                }
            }
            else if (EventTypes.IsRouteEvent(e.Type))
            {
                if (resolver.Resolve(e, out var why) is { } t)
                {
                    Add(t, e);
                }
                else
                {
                    unresolved.Add(new RouteNote(e, why ?? "unresolved"));
                }
            }
        }
        var histories = new List<RouteHistory>();
        foreach (var (route, list) in byRoute.Values)
        {
            var h = Replay(route, list);
            // A route only captures touched (no cut, no reopening, no contest) has no timeline to show.
            if (h.Changes.Count > 0 || h.Warnings.Count > 0)
            {
                histories.Add(h);
            }
        }
        histories.Sort((a, b) => string.CompareOrdinal(a.Route.Id, b.Route.Id));
        return new RouteLayer(histories, unresolved, catalog.Routes);
    }

    /// <summary>Applies the rules to one route's events in date order.</summary>
    public RouteHistory Replay(Route route, IEnumerable<(RouteEvent Event, RouteTarget Target)> events)
    {
        var h = new RouteHistory(route);
        var ordered = events
            .OrderBy(x => x.Event.Start).ThenBy(x => x.Event.End).ThenBy(x => x.Event.Published, StringComparer.Ordinal)
            .ThenBy(x => x.Event.Document, StringComparer.Ordinal).ThenBy(x => x.Event.Ordinal).ToList();
        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        var definite = RouteState.Unknown;
        StateChange? current = null;
        foreach (var (e, target) in ordered)
        {
            if (!e.Asserted)
            {
                h.Warnings.Add(new RouteNote(e, $"{e.Modality} {e.Type}: listed, never applied to the state"));
                continue;
            }
            if (string.Equals(e.Type, "CAPTURE", StringComparison.Ordinal))
            {
                var w = route.Waypoints[target.Waypoint ?? 0];
                var key = RouteCatalog.Key(w.Name);
                if (e.Actor1 is null)
                {
                    h.Notes.Add(new RouteNote(e, $"«{w.Name}» taken by an unnamed party: its holder is unknown"));
                    continue;
                }
                var before = holders.GetValueOrDefault(key);
                holders[key] = e.Actor1;
                if (before is null)
                {
                    h.Notes.Add(new RouteNote(e, $"{e.Actor1} takes «{w.Name}»: its first known holder"));
                }
                else if (string.Equals(before, e.Actor1, StringComparison.Ordinal))
                {
                    h.Notes.Add(new RouteNote(e, $"{e.Actor1} takes «{w.Name}», which it already held"));
                }
                else if (current is { State: RouteState.Contested, IsConflict: false })
                {
                    // Still contested: another waypoint changing hands is no change of state, but it is evidence.
                    current.Events.Add(e);
                }
                else
                {
                    current = new StateChange
                    {
                        Since = e.Start,
                        SinceLabel = e.DateLabel,
                        State = RouteState.Contested,
                        Rule = $"CAPTURE of «{w.Name}» by {e.Actor1}, last held by {before}",
                        At = w.Name,
                        AtLat = w.Lat,
                        AtLon = w.Lon,
                        Holder = e.Actor1,
                    };
                    current.Events.Add(e);
                    h.Changes.Add(current);
                }
                continue;
            }
            var cut = route.Kind == RouteKind.Siege ? RouteState.Besieged : RouteState.Cut;
            var state = string.Equals(e.Type, "BLOCKADE", StringComparison.Ordinal) ? cut : RouteState.Open;
            SetHolder(route, e, holders);
            if (current is not null && Conflicting(current, e, state) is { Count: > 0 } other)
            {
                if (current.IsConflict)
                {
                    if (!current.Sides!.TryGetValue(state, out var side))
                    {
                        current.Sides[state] = side = [];
                    }
                    side.Add(e);
                }
                else
                {
                    current = new StateChange
                    {
                        Since = e.Start,
                        SinceLabel = e.DateLabel,
                        State = RouteState.Contested,
                        Rule = $"sources disagree within {WindowDays} days: {Label(current.State)} and {Label(state)}",
                        At = e.Place ?? current.At,
                        AtLat = e.Lat ?? current.AtLat,
                        AtLon = e.Lon ?? current.AtLon,
                        Sides = new Dictionary<RouteState, List<RouteEvent>> { [current.State] = other, [state] = [e] },
                    };
                    h.Changes.Add(current);
                }
                continue;
            }
            if (current is not null && current.State == state && !current.IsConflict)
            {
                // Another source, or a later report, of the same state: it supports the change.
                current.Events.Add(e);
                if (current.ClaimedNth is null && e.ClaimedNth is not null)
                {
                    current.ClaimedNth = e.ClaimedNth;
                    current.ClaimText = e.ClaimText;
                }
                continue;
            }
            int? number = null;
            if (state == cut)
            {
                if (definite != cut)
                {
                    h.Cuts++;
                }
                number = h.Cuts;
            }
            definite = state;
            current = new StateChange
            {
                Since = e.Start,
                SinceLabel = e.DateLabel,
                State = state,
                Rule = (e.Type, route.Kind) switch
                {
                    ("BLOCKADE", RouteKind.Siege) => "BLOCKADE besieges the place",
                    ("BLOCKADE", _) => e.Place is null ? "BLOCKADE cuts it" : $"BLOCKADE cuts it at «{e.Place}»",
                    (_, RouteKind.Siege) => "REOPEN breaks the siege",
                    _ => e.Place is null ? "REOPEN opens it" : $"REOPEN opens it at «{e.Place}»",
                },
                At = e.Place,
                AtLat = e.Lat,
                AtLon = e.Lon,
                Holder = e.Actor1,
                CutNumber = number,
                ClaimedNth = state == cut ? e.ClaimedNth : null,
                ClaimText = state == cut ? e.ClaimText : null,
            };
            current.Events.Add(e);
            h.Changes.Add(current);
        }
        return h;
    }

    public static string Label(RouteState s) => s.ToString().ToLowerInvariant();

    /// <summary>
    /// The events of <paramref name="current"/> that <paramref name="e"/> contradicts: the other
    /// state, another article, dates within the window. One article telling a cut and a
    /// reopening tells a sequence, not a conflict.
    /// </summary>
    private List<RouteEvent>? Conflicting(StateChange current, RouteEvent e, RouteState state)
    {
        List<RouteEvent> list = current.IsConflict
            ? [.. current.AllEvents]
            : current.State is RouteState.Open or RouteState.Cut or RouteState.Besieged && current.State != state ? current.Events : [];
        // While a conflict lasts, any report within its window joins a side, even from an article already on one.
        if (list.Count == 0 || (!current.IsConflict && list.Any(o => string.Equals(o.Document, e.Document, StringComparison.Ordinal))))
        {
            return null;
        }
        var near = list.Where(o => o.Start.AddDays(-WindowDays) <= e.End && e.Start <= o.End.AddDays(WindowDays)).ToList();
        return near.Count > 0 ? near : null;
    }

    private static void SetHolder(Route route, RouteEvent e, Dictionary<string, string> holders)
    {
        if (e.Actor1 is null || e.Place is null)
        {
            return;
        }
        var key = RouteCatalog.Key(e.Place);
        foreach (var w in route.Waypoints)
        {
            if (string.Equals(RouteCatalog.Key(w.Name), key, StringComparison.Ordinal))
            {
                holders[key] = e.Actor1;
            }
        }
    }
}
