using System.Globalization;
using System.Text;
using Marsad.Output;

namespace Marsad.Evaluation;

/// <summary>
/// The human-readable form of an <see cref="EvaluationReport"/>: per-article table, totals,
/// per-type and per-modality tables, and with <c>verbose</c> every gold event matched or missed
/// and every unmatched system event, so that an error can be traced to its words.
/// </summary>
public static class ReportText
{
    public static string Write(EvaluationReport report, string title, bool verbose)
    {
        var sb = new StringBuilder();
        sb.AppendLine(title);
        sb.AppendLine();
        var nameWidth = Math.Max(7, report.Articles.Select(a => a.Name.Length).DefaultIfEmpty(0).Max());
        var header = $"{"article".PadRight(nameWidth)}  {"P",5} {"R",5} {"F1",5}  {"tp",3} {"fp",3} {"fn",3}  {"opt",5}  {"places",7}  {"actors",7}  {"meta",5}  {"fatal",5}  {"dates",5}";
        sb.AppendLine(header);
        sb.AppendLine(new string('-', header.Length));
        foreach (var a in report.Articles)
        {
            sb.AppendLine(Row(a.Name, nameWidth, a.Events, a.Places, a.Actors, a.Metadata.Checks, a.Fatalities, a.Dates)
                + (a.Error is null ? "" : $"  ERROR: {a.Error}"));
        }
        sb.AppendLine(new string('-', header.Length));
        sb.AppendLine(Row("TOTAL", nameWidth, report.Events, report.Places, report.Actors, report.Metadata, report.Fatalities, report.Dates));
        sb.AppendLine();
        var e = report.Events;
        sb.AppendLine(Inv($"events     P {Num(e.Precision)}  R {Num(e.Recall)}  F1 {Num(e.F1)}  (tp {e.Tp}, fp {e.Fp}, fn {e.Fn}; {e.System} system events, {e.Core} core + {e.Optional} optional gold, {e.MatchedOptional} optional matched)"));
        sb.AppendLine($"places     recall {Frac(report.Places)}");
        sb.AppendLine($"actors     recall {Frac(report.Actors)}");
        sb.AppendLine($"metadata   {Frac(report.Metadata)}");
        sb.AppendLine($"fatalities {Frac(report.Fatalities)} of matched events that state them");
        sb.AppendLine($"dates      {Frac(report.Dates)} of matched events with a checkable date");
        sb.AppendLine();
        Groups(sb, "type", report.ByType);
        sb.AppendLine();
        Groups(sb, "modality", report.ByModality);
        if (verbose)
        {
            foreach (var a in report.Articles)
            {
                sb.AppendLine();
                Details(sb, a);
            }
        }
        return sb.ToString();
    }

    private static string Row(string name, int width, EventCounts e, Fraction places, Fraction actors, Fraction meta, Fraction fatal, Fraction dates) =>
        Inv($"{name.PadRight(width)}  {Num(e.Precision),5} {Num(e.Recall),5} {Num(e.F1),5}  {e.Tp,3} {e.Fp,3} {e.Fn,3}  {$"{e.MatchedOptional}/{e.Optional}",5}  {places,7}  {actors,7}  {meta,5}  {fatal,5}  {dates,5}");

    private static void Groups(StringBuilder sb, string label, IReadOnlyDictionary<string, EventCounts> groups)
    {
        var header = $"{label,-16}  {"P",5} {"R",5} {"F1",5}  {"tp",3} {"fp",3} {"fn",3}  {"sys",4} {"core",4} {"opt",5}";
        sb.AppendLine(header);
        sb.AppendLine(new string('-', header.Length));
        foreach (var (key, e) in groups)
        {
            sb.AppendLine(Inv($"{key,-16}  {Num(e.Precision),5} {Num(e.Recall),5} {Num(e.F1),5}  {e.Tp,3} {e.Fp,3} {e.Fn,3}  {e.System,4} {e.Core,4} {$"{e.MatchedOptional}/{e.Optional}",5}"));
        }
    }

    private static void Details(StringBuilder sb, ArticleScore a)
    {
        sb.AppendLine($"== {a.Name} ==");
        if (a.Error is not null)
        {
            sb.AppendLine($"  pipeline error: {a.Error}");
        }
        sb.AppendLine("  gold events (OK matched, MISS missed; opt+/opt- optional matched/missed):");
        foreach (var o in a.GoldEvents)
        {
            var g = o.Gold;
            var mark = (o.Matched, g.Optional) switch
            {
                (true, false) => "OK  ",
                (false, false) => "MISS",
                (true, true) => "opt+",
                (false, true) => "opt-",
            };
            var place = g.Place is null ? "(anywhere)" : $"«{g.Place}»" + string.Concat(g.AlternativePlaces.Select(p => $"|«{p}»"));
            sb.AppendLine($"  {mark} #{g.Id} {g.Type} {g.Modality} actor1={g.Actor1 ?? "any"} @{place}{WhenText(g)}");
            if (g.Evidence is not null)
            {
                sb.AppendLine($"         gold: «{Cut(g.Evidence)}»");
            }
            if (o.System is { } s)
            {
                var km = o.DistanceKm is { } d ? Inv($" ({d:F1} km)") : "";
                sb.AppendLine($"         <- sys#{o.SystemIndex} {Describe(s)}{km}");
                var checks = new List<string>();
                if (o.DateCorrect is { } dateOk)
                {
                    checks.Add($"date {(dateOk ? "ok" : "WRONG")}: expected {o.DateExpected}, got {s.Date.Value ?? "none"}");
                }
                if (o.FatalitiesCorrect is { } fatalOk)
                {
                    checks.Add($"fatalities {(fatalOk ? "ok" : "WRONG")}: expected {g.Fatalities}, got {s.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
                }
                if (checks.Count > 0)
                {
                    sb.AppendLine($"         {string.Join("; ", checks)}");
                }
                sb.AppendLine($"         sys:  «{Cut(s.Evidence.Text)}»");
            }
            foreach (var near in o.NearMisses)
            {
                sb.AppendLine($"         near miss {near}");
            }
        }
        sb.AppendLine(a.UnmatchedSystemEvents.Count == 0 ? "  unmatched system events: none" : "  unmatched system events (false positives):");
        foreach (var u in a.UnmatchedSystemEvents)
        {
            sb.AppendLine($"  FP   sys#{u.Index} {Describe(u.Event)}");
            sb.AppendLine($"         sys:  «{Cut(u.Event.Evidence.Text)}»");
        }
        var missedPlaces = a.PlaceOutcomes.Where(p => !p.Found).Select(p => $"«{p.Gold.Name}»").ToList();
        sb.AppendLine($"  places {a.Places}: missed {(missedPlaces.Count == 0 ? "none" : string.Join(" ", missedPlaces))}");
        foreach (var p in a.PlaceOutcomes.Where(p => p.Found))
        {
            sb.AppendLine($"         found «{p.Gold.Name}» as «{p.FoundBy!.Text}» ({p.FoundBy.Name})");
        }
        if (a.UnmatchedPlaceMentions.Count > 0)
        {
            var extra = a.UnmatchedPlaceMentions
                .Select(p => p.Lat is { } lat && p.Lon is { } lon ? Inv($"«{p.Text}»→{p.Name} {lat:F3},{lon:F3} {p.Country}") : $"«{p.Text}»→{p.Name} {p.Country}")
                .Distinct(StringComparer.Ordinal);
            sb.AppendLine($"         system mentions finding no gold place: {string.Join(" | ", extra)}");
        }
        sb.AppendLine($"  actors {a.Actors}: missed {(a.MissingActors.Count == 0 ? "none" : string.Join(" ", a.MissingActors))}"
            + (a.ExtraActors.Count == 0 ? "" : $"; not in gold: {string.Join(" ", a.ExtraActors)}"));
        var m = a.Metadata;
        sb.AppendLine($"  metadata {m.Checks}:");
        sb.AppendLine($"         title    {Check(m.Title, m.ExpectedTitle, m.FoundTitle)}");
        sb.AppendLine($"         author   {Check(m.Author, m.ExpectedAuthor, m.FoundAuthor)}");
        sb.AppendLine($"         dateline {Check(m.Dateline, m.ExpectedDateline, m.FoundDateline)}");
        sb.AppendLine($"         boilerplate {(m.Boilerplate ? "ok" : "LEAKED: " + string.Join(" | ", m.BoilerplateInBody.Select(b => $"«{b}»")))}");
    }

    private static string Describe(EventRecord s)
    {
        var loc = s.Location is null
            ? "(no location)"
            : s.Location.Lat is { } lat && s.Location.Lon is { } lon
                ? Inv($"«{s.Location.Name}» {lat:F3},{lon:F3} {s.Location.Country}")
                : $"«{s.Location.Name}» (no coordinates) {s.Location.Country}";
        var date = s.Date.Value is null ? "" : $" date={s.Date.Value}";
        var fatal = s.Fatalities is { } f ? Inv($" killed={f}") : "";
        return $"{s.Type} {s.Modality} actor1={s.Actor1?.Id ?? "null"} actor2={s.Actor2?.Id ?? "null"} @{loc}{date}{fatal}";
    }

    private static string WhenText(GoldEvent g) => g.When switch
    {
        { Date: { } d } => $" when={d}",
        { Relative: { } r } => $" when={r}",
        _ => "",
    } + (g.Fatalities is { } f ? Inv($" killed={f}") : "");

    private static string Check(bool ok, string? expected, string? found) =>
        ok ? $"ok «{expected}»" : $"WRONG: expected «{expected ?? "(none)"}», got «{found ?? "(none)"}»";

    private static string Cut(string s)
    {
        var flat = s.ReplaceLineEndings(" ");
        return flat.Length <= 120 ? flat : flat[..117] + "...";
    }

    private static string Num(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "-";

    private static string Frac(Fraction f) => f.Value is { } v ? Inv($"{f} ({v:P1})") : $"{f}";

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
