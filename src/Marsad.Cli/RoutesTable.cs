using System.Globalization;
using Marsad.Routes;

namespace Marsad.Cli;

/// <summary>The table output of <c>marsad routes</c>: one line per route, then the events and sources behind its state.</summary>
internal static class RoutesTable
{
    public static void Write(List<RouteReport> reports, TextWriter output, string? day, (double Lat, double Lon, string Label)? place, bool history)
    {
        var scope = new List<string> { day is null ? "latest state" : $"state on {day}" };
        if (place is { } p)
        {
            scope.Add(string.Create(CultureInfo.InvariantCulture, $"near {p.Label} at {p.Lat:0.####},{p.Lon:0.####}"));
        }
        output.WriteLine("# " + string.Join(", ", scope));
        output.WriteLine(string.Join('\t', "state", "since", "last report", "route", "kind", "at", "holder", "cut (timeline)", "claimed", "sources", "warnings"));
        foreach (var r in reports)
        {
            var c = r.Current;
            output.WriteLine(string.Join('\t',
                r.State, c?.Since ?? "-", c?.LastReport ?? "-", $"{r.Name} [{r.Id}]{(r.Straight ? " (straight segment)" : r.Curated ? string.Empty : " (not curated)")}",
                r.Kind, c?.At ?? "-", c?.Holder ?? "-",
                c?.CutNumber is { } n ? Ordinal(n) : "-",
                c?.ClaimedNth is { } claimed ? $"{Ordinal(claimed)} («{c.ClaimText}»)" : "-",
                c is null ? "0" : Sources(c).Count.ToString(CultureInfo.InvariantCulture),
                r.WarningsByDay.Count.ToString(CultureInfo.InvariantCulture)));
            if (history)
            {
                WriteHistory(r, output);
            }
            else
            {
                if (c is not null)
                {
                    WriteChange(c, output, "  ");
                }
                // The latest few: what is planned or expected for the route as of the day.
                foreach (var w in r.WarningsByDay.TakeLast(3))
                {
                    output.WriteLine($"  warning: {w.Note}: {Line(w)}");
                }
            }
        }
        output.WriteLine($"{reports.Count} routes");
    }

    public static void WriteUnresolved(IReadOnlyList<RouteNote> unresolved, TextWriter output)
    {
        output.WriteLine($"# {unresolved.Count} BLOCKADE/REOPEN events tied to no route");
        foreach (var u in unresolved)
        {
            output.WriteLine($"  {u.Event.Type} {u.Event.Modality} {u.Event.DateLabel} «{u.Event.Place ?? "-"}» {u.Event.Source ?? "-"} {u.Event.Document}: {u.Reason} — «{Clip(u.Event.Evidence)}»");
        }
    }

    private static void WriteHistory(RouteReport r, TextWriter output)
    {
        output.WriteLine($"  course: {string.Join(" – ", r.Waypoints.Select(w => w.Name))}{(r.CourseSource.Length > 0 ? $" ({r.CourseSource})" : string.Empty)}");
        output.WriteLine($"  cut {r.CutsTotal} time(s) in the timeline; {r.Changes.Count} change(s) of state");
        foreach (var c in r.Changes)
        {
            var count = c.CutNumber is { } n ? $", {Ordinal(n)} cut in the timeline" : string.Empty;
            var claim = c.ClaimedNth is { } k ? $"; the article says {Ordinal(k)} («{c.ClaimText}»)" : string.Empty;
            output.WriteLine($"  {c.Since}\t{c.State}\t{c.Rule}{count}{claim}\tholder: {c.Holder ?? "-"}");
            WriteChange(c, output, "    ");
        }
        foreach (var w in r.Warnings)
        {
            output.WriteLine($"  warning: {w.Note}: {Line(w)}");
        }
        foreach (var n in r.Notes)
        {
            output.WriteLine($"  note: {n.Note}: {Line(n)}");
        }
    }

    private static void WriteChange(RouteChangeReport c, TextWriter output, string indent)
    {
        if (c.Sides is { } sides)
        {
            foreach (var (side, events) in sides)
            {
                foreach (var s in events)
                {
                    output.WriteLine($"{indent}[{side}] {Line(s)}");
                }
            }
            return;
        }
        foreach (var s in c.Sources)
        {
            output.WriteLine($"{indent}{Line(s)}");
        }
    }

    private static List<RouteSource> Sources(RouteChangeReport c) => c.Sides is { } s ? [.. s.Values.SelectMany(x => x)] : [.. c.Sources];

    private static string Line(RouteSource s) =>
        $"{s.Type} {s.Modality} {s.Date} «{s.Place ?? "-"}» by {s.Actor1 ?? "-"} — {s.Source ?? "-"} ({s.Document}{(s.Url is { Length: > 0 } u ? ", " + u : string.Empty)}): «{Clip(s.Evidence)}»";

    private static string Clip(string text)
    {
        var t = text.ReplaceLineEndings(" ");
        return t.Length <= 160 ? t : t[..157] + "…";
    }

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
