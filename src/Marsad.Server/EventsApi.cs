using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Evaluation;
using Marsad.Geo;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Server;

/// <summary>GET /api/events, /api/events/{id}, /api/stats, /api/places and /api/vocabulary.</summary>
internal static class EventsApi
{
    public const string GeoJson = "application/geo+json";

    public static void Map(IEndpointRouteBuilder app, ServerOptions options)
    {
        app.MapGet("/api/events", (HttpContext http, StorePool pool) => List(http, pool, options))
            .WithName("ListEvents")
            .WithSummary("Stored events with every filter of `marsad query`, paged; GeoJSON with Accept: application/geo+json.")
            .Produces(200, contentType: "application/json", additionalContentTypes: [GeoJson])
            .ProducesProblem(400);
        app.MapGet("/api/events/{id}", (string id, HttpContext http, StorePool pool) => Detail(id, http, pool))
            .WithName("GetEvent")
            .WithSummary("One consolidated event with its sources, each source's evidence span, the article bodies and the reviews.")
            .Produces(200).ProducesProblem(400).ProducesProblem(404);
        app.MapGet("/api/stats", (HttpContext http, StorePool pool) => Stats(http, pool))
            .WithName("Stats")
            .WithSummary("Counts of the filtered events by type, day, country and modality.")
            .Produces(200).ProducesProblem(400);
        app.MapGet("/api/places", (HttpContext http) => Places(http))
            .WithName("Places")
            .WithSummary("Gazetteer places named q (any spelling the normalizer folds together), for choosing a corrected place.")
            .Produces(200).ProducesProblem(400);
        app.MapGet("/api/vocabulary", () => Results.Json(Vocabulary.Value, MarsadJson.Compact))
            .WithName("Vocabulary")
            .WithSummary("Event types, modalities and actor ids a review may set.");
    }

    private static async Task<IResult> List(HttpContext http, StorePool pool, ServerOptions options)
    {
        var query = http.Request.Query;
        RequestReading.OnlyKnown(query, [.. RequestReading.FilterParameters, "page", "page_size", "format"]);
        var filter = RequestReading.Filter(query);
        var page = RequestReading.PositiveInt(RequestReading.One(query, "page"), "page", 1, 1_000_000);
        var size = RequestReading.PositiveInt(RequestReading.One(query, "page_size"), "page_size", options.DefaultPageSize, options.MaxPageSize);
        var format = RequestReading.One(query, "format");
        if (format is not (null or "json" or "geojson"))
        {
            throw ApiProblem.BadRequest($"format takes json or geojson, not '{format}'");
        }
        var geo = format == "geojson" || (format is null && http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(GeoJson, StringComparison.OrdinalIgnoreCase)));
        filter = filter with { Limit = size, Offset = (page - 1) * size };
        List<EventRow> rows;
        long total;
        Dictionary<long, IReadOnlyList<string>> routes;
        using (var lease = await pool.RentAsync(http.RequestAborted).ConfigureAwait(false))
        {
            rows = Guard(lease, s => s.Run(filter));
            total = Guard(lease, s => s.Count(filter));
            routes = filter.Consolidated ? Guard(lease, s => s.Routes([.. rows.Where(r => r.Type is "BLOCKADE" or "REOPEN").Select(r => r.Id)])) : [];
        }
        var items = rows.Select(r => Item(r, routes.GetValueOrDefault(r.Id))).ToList();
        if (!geo)
        {
            var body = new JsonObject
            {
                ["total"] = total,
                ["page"] = page,
                ["page_size"] = size,
                ["consolidated"] = filter.Consolidated,
                ["events"] = new JsonArray([.. items]),
            };
            return Results.Text(body.ToJsonString(MarsadJson.Compact), "application/json; charset=utf-8");
        }
        var features = new JsonArray();
        foreach (var item in items)
        {
            var lat = item["lat"]?.GetValue<double?>();
            var lon = item["lon"]?.GetValue<double?>();
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = item["id"]!.GetValue<long>(),
                ["geometry"] = lat is { } y && lon is { } x ? new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(x, y) } : null,
                ["properties"] = item,
            });
        }
        var collection = new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["total"] = total,
            ["page"] = page,
            ["page_size"] = size,
            ["features"] = features,
        };
        return Results.Text(collection.ToJsonString(MarsadJson.Compact), GeoJson + "; charset=utf-8");
    }

    /// <summary>An event as the API shows it: the query row, plus its route's ends placed on the map.</summary>
    internal static JsonObject Item(EventRow row, IReadOnlyList<string>? route)
    {
        var item = JsonSerializer.SerializeToNode(row, MarsadJson.Compact)!.AsObject();
        if (route is not null)
        {
            item["route"] = new JsonArray([.. route.Select(name => (JsonNode?)RoutePoint(name, row.Country))]);
        }
        return item;
    }

    private static JsonObject RoutePoint(string name, string? country)
    {
        var gazetteer = Gazetteer.Default;
        GazetteerEntry? best = null;
        foreach (var row in gazetteer.Find(name))
        {
            var entry = gazetteer[row];
            // The namesake in the event's country first, then the most populous.
            if (best is not { } b
                || (string.Equals(entry.Country, country, StringComparison.Ordinal) && !string.Equals(b.Country, country, StringComparison.Ordinal))
                || (string.Equals(entry.Country, country, StringComparison.Ordinal) == string.Equals(b.Country, country, StringComparison.Ordinal) && entry.Population > b.Population))
            {
                best = entry;
            }
        }
        return best is { } e
            ? new JsonObject { ["name"] = name, ["lat"] = e.Lat, ["lon"] = e.Lon, ["gazetteer_id"] = e.Id }
            : new JsonObject { ["name"] = name, ["lat"] = null, ["lon"] = null, ["gazetteer_id"] = null };
    }

    private static async Task<IResult> Detail(string id, HttpContext http, StorePool pool)
    {
        RequestReading.OnlyKnown(http.Request.Query);
        var key = ParseId(id);
        EventDetail? detail;
        Dictionary<long, IReadOnlyList<string>> routes;
        using (var lease = await pool.RentAsync(http.RequestAborted).ConfigureAwait(false))
        {
            detail = Guard(lease, s => s.Detail(key));
            routes = detail is null ? [] : Guard(lease, s => s.Routes([key]));
        }
        if (detail is null)
        {
            throw ApiProblem.NotFound($"no event {id}");
        }
        var body = new JsonObject
        {
            ["event"] = Item(detail.Event, routes.GetValueOrDefault(key)),
            ["sources"] = JsonSerializer.SerializeToNode(detail.Sources, MarsadJson.Compact),
            ["reviews"] = JsonSerializer.SerializeToNode(detail.Reviews, MarsadJson.Compact),
        };
        return Results.Text(body.ToJsonString(MarsadJson.Compact), "application/json; charset=utf-8");
    }

    /// <summary>An event id as the API writes it: a number, or «C» and a number as the exports write it.</summary>
    internal static long ParseId(string id)
    {
        var digits = id.StartsWith('C') ? id[1..] : id;
        return long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? n : throw ApiProblem.BadRequest($"an event id is a positive number, not '{id}'");
    }

    private static async Task<IResult> Stats(HttpContext http, StorePool pool)
    {
        RequestReading.OnlyKnown(http.Request.Query, RequestReading.FilterParameters);
        var filter = RequestReading.Filter(http.Request.Query);
        JsonObject body;
        using (var lease = await pool.RentAsync(http.RequestAborted).ConfigureAwait(false))
        {
            JsonArray Group(string column) => new([.. Guard(lease, s => s.CountBy(filter, column))
                .Select(g => (JsonNode?)new JsonObject { ["key"] = g.Key, ["count"] = g.Count })]);
            body = new JsonObject
            {
                ["total"] = Guard(lease, s => s.Count(filter)),
                ["consolidated"] = filter.Consolidated,
                ["by_type"] = Group("type"),
                ["by_day"] = Group("day"),
                ["by_country"] = Group("country"),
                ["by_modality"] = Group("modality"),
            };
        }
        return Results.Text(body.ToJsonString(MarsadJson.Compact), "application/json; charset=utf-8");
    }

    private static IResult Places(HttpContext http)
    {
        RequestReading.OnlyKnown(http.Request.Query, "q");
        var q = RequestReading.One(http.Request.Query, "q") ?? throw ApiProblem.BadRequest("q names the place to look up");
        if (q.Length > 200)
        {
            throw ApiProblem.BadRequest("q is at most 200 characters");
        }
        var gazetteer = Gazetteer.Default;
        var places = gazetteer.Find(q).Select(r => gazetteer[r]).OrderByDescending(e => e.Population).Take(20)
            .Select(e => (JsonNode?)new JsonObject
            {
                ["gazetteer_id"] = e.Id, ["name"] = e.Name, ["type"] = e.Type, ["precision"] = e.Precision, ["lat"] = e.Lat, ["lon"] = e.Lon,
                ["country"] = e.Country, ["admin1"] = e.Admin1, ["population"] = e.Population,
            });
        return Results.Text(new JsonObject { ["places"] = new JsonArray([.. places]) }.ToJsonString(MarsadJson.Compact), "application/json; charset=utf-8");
    }

    internal static readonly Lazy<JsonObject> Vocabulary = new(() =>
    {
        var actors = TsvTable.LoadEmbedded("actors");
        int idColumn = actors.Column("id"), nameColumn = actors.Column("name"), kindColumn = actors.Column("kind");
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in actors.Rows)
        {
            if (row.Fields[kindColumn] == "name")
            {
                names.TryAdd(row.Fields[idColumn], row.Fields[nameColumn]);
            }
        }
        return new JsonObject
        {
            ["types"] = new JsonArray([.. GoldLoader.EventTypes.Order(StringComparer.Ordinal).Select(t => (JsonNode?)t)]),
            ["modalities"] = new JsonArray([.. new[] { "asserted", "intended", "predicted", "possible", "negated" }.Select(m => (JsonNode?)m)]),
            ["actors"] = new JsonArray([.. names.Select(kv => (JsonNode?)new JsonObject { ["id"] = kv.Key, ["name"] = kv.Value })]),
        };
    });

    /// <summary>Runs a store call; a connection that failed is closed rather than handed to the next request.</summary>
    internal static T Guard<T>(StorePool.Lease lease, Func<MarsadStore, T> call)
    {
        try
        {
            return call(lease.Store);
        }
        catch (ArgumentException e)
        {
            throw ApiProblem.BadRequest(e.Message);
        }
        catch (System.Data.Common.DbException)
        {
            lease.Broken = true;
            throw;
        }
    }
}
