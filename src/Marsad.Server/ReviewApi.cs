using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Marsad.Evaluation;
using Marsad.Geo;
using Marsad.Output;
using Marsad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server;

/// <summary>POST /api/events/{id}/review: confirm, reject or correct an event; the machine's output is kept beside it.</summary>
internal static partial class ReviewApi
{
    private static readonly string[] Fields = ["type", "modality", "actor1", "actor2", "place", "date", "fatalities"];

    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapPost("/api/events/{id}/review", (string id, HttpContext http, StorePool pool) => Review(id, http, pool, options))
            .WithName("ReviewEvent")
            .WithSummary("""Body {"action": "confirm" | "reject" | "correct", "reviewer": "…", "note": "…", "fields": {"type", "modality", "actor1", "actor2", "place" (a gazetteer id from /api/places), "date" (YYYY[-MM[-DD]]), "fatalities"}}.""")
            .Accepts<JsonObject>("application/json")
            .Produces(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(413).ProducesProblem(415).ProducesProblem(429)
            .RequireRateLimiting(MarsadServer.PostPolicy);
    }

    private static async Task<IResult> Review(string id, HttpContext http, StorePool pool, ServerOptions options)
    {
        RequestReading.OnlyKnown(http.Request.Query);
        var key = EventsApi.ParseId(id);
        if (!(http.Request.ContentType ?? string.Empty).StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiProblem.Unsupported("send the review as application/json");
        }
        var bytes = await RequestReading.BodyAsync(http.Request, Math.Min(options.MaxBodyBytes, 64 * 1024), http.RequestAborted).ConfigureAwait(false);
        JsonObject body;
        try
        {
            body = JsonNode.Parse(bytes) as JsonObject ?? throw ApiProblem.BadRequest("the body must be a JSON object");
        }
        catch (JsonException e)
        {
            throw ApiProblem.BadRequest($"the body is not valid JSON: {e.Message}");
        }
        foreach (var (name, _) in body)
        {
            if (name is not ("action" or "reviewer" or "note" or "fields"))
            {
                throw ApiProblem.BadRequest($"unknown member '{name}' (known: action, reviewer, note, fields)");
            }
        }
        var action = Text(body, "action", 20) ?? throw ApiProblem.BadRequest("action is required: confirm, reject or correct");
        if (ReviewStore.StatusOf(action) is null)
        {
            throw ApiProblem.BadRequest($"action must be confirm, reject or correct, not '{action}'");
        }
        // In team mode the token names the reviewer; a name in the body cannot stand in for someone else.
        var reviewer = http.Items[TeamAuth.ReviewerKey] as string ?? Text(body, "reviewer", 100)
            ?? throw ApiProblem.BadRequest("reviewer is required: who reviews");
        var note = Text(body, "note", 2000);
        ReviewCorrection? correction = null;
        if (body["fields"] is { } fieldsNode)
        {
            if (fieldsNode is not JsonObject fields)
            {
                throw ApiProblem.BadRequest("fields must be an object");
            }
            correction = Correction(fields);
            if (action != "correct" && !correction.IsEmpty)
            {
                throw ApiProblem.BadRequest($"fields are changed by action correct, not {action}");
            }
        }
        if (action == "correct" && (correction is null || correction.IsEmpty))
        {
            throw ApiProblem.BadRequest($"a correction names the fields it changes ({string.Join(", ", Fields)})");
        }
        ReviewRecord? record;
        EventRow? row;
        using (var lease = await pool.RentAsync(http.RequestAborted).ConfigureAwait(false))
        {
            record = EventsApi.Guard(lease, s => s.Review(key, action, reviewer, note, correction, DateTimeOffset.UtcNow));
            row = record is null ? null : EventsApi.Guard(lease, s => s.ById(key));
        }
        if (record is null || row is null)
        {
            throw ApiProblem.NotFound($"no event {id}");
        }
        var result = new JsonObject
        {
            ["review"] = JsonSerializer.SerializeToNode(record, MarsadJson.Compact),
            ["event"] = EventsApi.Item(row, null),
        };
        return Results.Text(result.ToJsonString(MarsadJson.Compact), "application/json; charset=utf-8", statusCode: StatusCodes.Status201Created);
    }

    private static ReviewCorrection Correction(JsonObject fields)
    {
        var c = new ReviewCorrection();
        foreach (var (name, value) in fields)
        {
            switch (name)
            {
                case "type":
                    var type = Required(value, name).ToUpperInvariant();
                    c = GoldLoader.EventTypes.Contains(type) ? c with { Type = type }
                        : throw ApiProblem.BadRequest($"type must be one of {string.Join(", ", GoldLoader.EventTypes)}, not '{type}'");
                    break;
                case "modality":
                    var modality = Required(value, name).ToLowerInvariant();
                    c = GoldLoader.Modalities.Contains(modality) ? c with { Modality = modality }
                        : throw ApiProblem.BadRequest($"modality must be one of {string.Join(", ", GoldLoader.Modalities)}, not '{modality}'");
                    break;
                case "actor1" or "actor2":
                    var actor = Optional(value, name)?.ToUpperInvariant();
                    if (actor is not null && !ActorId().IsMatch(actor))
                    {
                        throw ApiProblem.BadRequest($"{name} is an actor id (ISIL, SYR-MIL, …) or null, not '{actor}'");
                    }
                    c = name == "actor1" ? c with { Actor1 = new Given<string?>(actor) } : c with { Actor2 = new Given<string?>(actor) };
                    break;
                case "place":
                    var placeId = Optional(value, name);
                    LocationRef? location = null;
                    if (placeId is not null)
                    {
                        var gazetteer = Gazetteer.Default;
                        if (!gazetteer.TryGetById(placeId, out var gazetteerRow))
                        {
                            throw ApiProblem.BadRequest($"place '{placeId}' is not a gazetteer id (look places up with GET /api/places?q=NAME)");
                        }
                        var e = gazetteer[gazetteerRow];
                        location = new LocationRef
                        {
                            Name = e.Name, Lat = e.Lat, Lon = e.Lon, Country = e.Country.Length == 0 ? null : e.Country,
                            Admin1 = e.Admin1.Length == 0 ? null : e.Admin1, GazetteerId = e.Id, Precision = e.Precision,
                        };
                    }
                    c = c with { Location = new Given<LocationRef?>(location) };
                    break;
                case "date":
                    var date = Optional(value, name);
                    if (ReviewStore.DatePrecisionOf(date) is null)
                    {
                        throw ApiProblem.BadRequest($"date is YYYY, YYYY-MM or YYYY-MM-DD or null, not '{date}'");
                    }
                    c = c with { Date = new Given<string?>(date) };
                    break;
                case "fatalities":
                    int? killed = null;
                    if (value is not null)
                    {
                        if (value.GetValueKind() != JsonValueKind.Number || !value.AsValue().TryGetValue<int>(out var n) || n < 0 || n > 1_000_000)
                        {
                            throw ApiProblem.BadRequest($"fatalities is a whole number from 0 to 1000000, or null, not {value.ToJsonString()}");
                        }
                        killed = n;
                    }
                    c = c with { Fatalities = new Given<int?>(killed) };
                    break;
                default:
                    throw ApiProblem.BadRequest($"unknown field '{name}' (a correction may set {string.Join(", ", Fields)})");
            }
        }
        return c;
    }

    private static string? Text(JsonObject body, string name, int max)
    {
        var value = Optional(body[name], name);
        if (value is not null && value.Length > max)
        {
            throw ApiProblem.BadRequest($"{name} is at most {max} characters");
        }
        return value;
    }

    private static string Required(JsonNode? value, string name) => Optional(value, name) ?? throw ApiProblem.BadRequest($"{name} cannot be null");

    private static string? Optional(JsonNode? value, string name)
    {
        if (value is null)
        {
            return null;
        }
        if (value.GetValueKind() != JsonValueKind.String)
        {
            throw ApiProblem.BadRequest($"{name} must be a string");
        }
        var s = value.GetValue<string>().Trim();
        return s.Length == 0 ? null : s;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_-]{0,39}$")]
    private static partial Regex ActorId();
}
