using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Marsad.Evaluation;
using Marsad.Output;
using Marsad.Store;

namespace Marsad.Cli;

/// <summary><c>marsad query</c>: stored events by date, type, actor, place and words.</summary>
internal static class QueryCommand
{
    private static readonly JsonSerializerOptions Json = new(MarsadJson.Compact);
    private static readonly JsonSerializerOptions JsonIndented = new(MarsadJson.Indented);

    public static Command Create()
    {
        var store = IngestCommand.StoreOption();
        var from = new Option<string?>("--from") { Description = "Events on or after YYYY-MM-DD (a month or year that overlaps counts)." };
        var to = new Option<string?>("--to") { Description = "Events on or before YYYY-MM-DD." };
        var type = new Option<string?>("--type") { Description = "Event type (ASSAULT, REMOTE, CAPTURE, …)." };
        var modality = new Option<string?>("--modality") { Description = "asserted, intended, predicted, possible or negated." };
        var actor = new Option<string?>("--actor") { Description = "Actor id as actor1 or actor2 (ISIL, SYR-MIL, …)." };
        var country = new Option<string?>("--country") { Description = "ISO 3166 alpha-2 code of the event's place." };
        var admin1 = new Option<string?>("--admin1") { Description = "First-level division as the gazetteer names it (حلب)." };
        var bbox = new Option<string?>("--bbox") { Description = "minLon,minLat,maxLon,maxLat" };
        var near = new Option<string?>("--near") { Description = "LAT,LON: events within --km of this point." };
        var km = new Option<double>("--km") { Description = "Radius for --near, in km.", DefaultValueFactory = _ => 25 };
        var text = new Option<string?>("--text") { Description = "Arabic words that must all be in the article (spelling variants fold together)." };
        var consolidated = new Option<bool>("--consolidated") { Description = "Consolidated events (one per real event) instead of per-article mentions." };
        var reviewed = new Option<string?>("--reviewed") { Description = "Review status: yes, no, confirmed, rejected or corrected." };
        reviewed.AcceptOnlyFromAmong("yes", "no", "confirmed", "rejected", "corrected");
        var format = new Option<string>("--format") { Description = "table, json, jsonl or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "jsonl", "csv");
        var limit = new Option<int>("--limit") { Description = "At most N events (0 = all).", DefaultValueFactory = _ => 100 };
        var command = new Command("query", "Query the event store.") { store, from, to, type, modality, actor, country, admin1, bbox, near, km, text, consolidated, reviewed, format, limit };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(store)!;
            var filter = new EventFilter
            {
                From = CliRunner.ParseDate(parse.GetValue(from), "--from"),
                To = CliRunner.ParseDate(parse.GetValue(to), "--to"),
                Type = OneOf(parse.GetValue(type), "--type", GoldLoader.EventTypes, upper: true),
                Modality = OneOf(parse.GetValue(modality), "--modality", GoldLoader.Modalities, upper: false),
                Actor = parse.GetValue(actor),
                Country = parse.GetValue(country),
                Admin1 = parse.GetValue(admin1),
                BoundingBox = parse.GetValue(bbox) is { } b ? ParseBox(b) : null,
                Near = parse.GetValue(near) is { } n ? ParseNear(n, parse.GetValue(km)) : null,
                Text = parse.GetValue(text),
                Consolidated = parse.GetValue(consolidated),
                Reviewed = parse.GetValue(reviewed),
                Limit = parse.GetValue(limit) is >= 0 and var l ? l : throw new UsageException(FormattableString.Invariant($"--limit takes a count of 0 (all) or more, not {parse.GetValue(limit)}")),
            };
            using var db = IngestCommand.OpenStore(path, create: false, readOnly: true);
            List<EventRow> rows;
            try
            {
                rows = db.Run(filter);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
            Write(rows, parse.GetValue(format)!, parse.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Write(List<EventRow> rows, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(rows, JsonIndented));
                break;
            case "jsonl":
                foreach (var row in rows)
                {
                    output.WriteLine(JsonSerializer.Serialize(row, Json));
                }
                break;
            case "csv":
                using (var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true))
                {
                    var map = csv.Context.AutoMap<EventRow>();
                    foreach (var member in map.MemberMaps)
                    {
                        member.Name(JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Data.Member!.Name));
                    }
                    csv.Context.RegisterClassMap(map);
                    csv.WriteRecords(rows);
                }
                break;
            default:
                output.WriteLine("id\tdate\ttype\tmodality\tactor1\tactor2\tlocation\tcountry\tfatalities\tsources\tevidence");
                foreach (var r in rows)
                {
                    var fatalities = r.Fatalities is { } f ? f.ToString(CultureInfo.InvariantCulture) : "-";
                    output.WriteLine(string.Join('\t',
                        (r.Consolidated ? "C" : "M") + r.Id.ToString(CultureInfo.InvariantCulture),
                        r.DateValue ?? r.DateStart ?? "?", r.Type, r.Modality, r.Actor1 ?? "-", r.Actor2 ?? "-",
                        r.LocationName ?? "-", r.Country ?? "-", fatalities,
                        r.Consolidated ? $"{r.DocumentCount} sources" : r.DocumentId ?? r.Sources ?? "-",
                        r.EvidenceText.ReplaceLineEndings(" ") + (r.Review is { } review ? $" [{review} by {r.ReviewedBy}]" : string.Empty)));
                }
                output.WriteLine(rows.Count == 1 ? "1 event" : FormattableString.Invariant($"{rows.Count} events"));
                break;
        }
    }

    private static (double, double, double, double) ParseBox(string value)
    {
        var v = Numbers(value, 4, "--bbox takes minLon,minLat,maxLon,maxLat");
        if (v[0] > v[2] || v[1] > v[3])
        {
            throw new UsageException($"--bbox takes minLon,minLat,maxLon,maxLat with each min below its max, not '{value}'");
        }
        return (v[0], v[1], v[2], v[3]);
    }

    private static (double, double, double) ParseNear(string value, double km)
    {
        var v = Numbers(value, 2, "--near takes LAT,LON");
        if (v[0] is < -90 or > 90 || v[1] is < -180 or > 180)
        {
            throw new UsageException($"--near takes LAT,LON with LAT in -90..90 and LON in -180..180, not '{value}'");
        }
        return km > 0 && double.IsFinite(km) ? (v[0], v[1], km) : throw new UsageException("--km takes a positive finite distance");
    }

    /// <summary>The value as the store spells it, or a usage error that lists the valid ones.</summary>
    internal static string? OneOf(string? value, string option, IReadOnlySet<string> valid, bool upper)
    {
        if (value is null)
        {
            return null;
        }
        var spelled = upper ? value.Trim().ToUpperInvariant() : value.Trim().ToLowerInvariant();
        return valid.Contains(spelled)
            ? spelled
            : throw new UsageException($"{option} '{value}' is unknown; valid: {string.Join(", ", valid)}");
    }

    private static double[] Numbers(string value, int count, string usage)
    {
        var parts = value.Split(',');
        var numbers = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            // NaN and infinities parse as doubles but match nothing and break the distance maths.
            if (!double.TryParse(parts[i].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]) || !double.IsFinite(numbers[i]))
            {
                throw new UsageException($"{usage}, not '{value}'");
            }
        }
        return numbers.Length == count ? numbers : throw new UsageException($"{usage}, not '{value}'");
    }
}
