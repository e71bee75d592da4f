using System.Globalization;
using System.Text.Json;
using Marsad.Output;

namespace Marsad.Store;

/// <summary>One article that reports a consolidated event: the article and the machine's mention in it.</summary>
public sealed record EventSource
{
    public long EventId { get; init; }
    public required StoredArticle Document { get; init; }
    /// <summary>The machine's event record for this article, offsets into <see cref="StoredArticle.Body"/>.</summary>
    public required EventRecord Mention { get; init; }
}

/// <summary>A stored article as the store keeps it: the cleaned body every offset points into.</summary>
public sealed record StoredArticle
{
    public long Id { get; init; }
    public required string ContentHash { get; init; }
    public string? Source { get; init; }
    public string? ExternalId { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Dateline { get; init; }
    public string? Published { get; init; }
    public required string Body { get; init; }
}

/// <summary>A consolidated event with every source and every review that touched it.</summary>
public sealed record EventDetail(EventRow Event, IReadOnlyList<EventSource> Sources, IReadOnlyList<ReviewRecord> Reviews);

public static class EventDetails
{
    private const string MentionColumns = """
        e.id, e.type, e.modality, e.actor1, e.actor1_text, e.actor2, e.actor2_text, e.location_name, e.lat, e.lon, e.country, e.admin1,
        e.gazetteer_id, e.location_precision, e.route, e.date_value, e.date_precision, e.date_text, e.fatalities,
        e.evidence_start, e.evidence_end, e.evidence_text, e.attribution, e.confidence,
        d.id, d.content_hash, d.source, d.external_id, d.url, d.title, d.author, d.dateline, d.published, d.body
        """;

    /// <summary>The consolidated event <paramref name="id"/> (with reviewed values), or null.</summary>
    public static EventDetail? Detail(this MarsadStore store, long id)
    {
        // The row through the query path, so it reads exactly as GET /api/events lists it.
        var row = store.ById(id);
        if (row is null)
        {
            return null;
        }
        var sources = new List<EventSource>();
        using (var cmd = store.Command(null, $"""
            SELECT {MentionColumns} FROM consolidated_sources s JOIN events e ON e.id = s.event_id JOIN documents d ON d.id = e.document_id
            WHERE s.consolidated_id = @id ORDER BY d.published, d.id, e.ordinal
            """))
        {
            MarsadStore.Set(cmd, ("@id", id));
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                sources.Add(new EventSource { EventId = r.GetInt64(0), Mention = ReadMention(r), Document = ReadArticle(r, 24) });
            }
        }
        return new EventDetail(row, sources, store.ReviewsOf(id));
    }

    /// <summary>One consolidated row by id, as a query returns it.</summary>
    public static EventRow? ById(this MarsadStore store, long id) =>
        store.Run(new EventFilter { Consolidated = true, Id = id }).FirstOrDefault();

    /// <summary>The route (place names) of each consolidated event that has one, from its mentions.</summary>
    public static Dictionary<long, IReadOnlyList<string>> Routes(this MarsadStore store, IReadOnlyCollection<long> consolidatedIds)
    {
        var routes = new Dictionary<long, IReadOnlyList<string>>();
        if (consolidatedIds.Count == 0)
        {
            return routes;
        }
        using var cmd = store.Command(null, string.Empty);
        var names = new List<string>();
        var i = 0;
        foreach (var id in consolidatedIds)
        {
            var name = "@c" + i.ToString(CultureInfo.InvariantCulture);
            names.Add(name);
            MarsadStore.Set(cmd, (name, id));
            i++;
        }
        cmd.CommandText = $"""
            SELECT s.consolidated_id, e.route FROM consolidated_sources s JOIN events e ON e.id = s.event_id
            WHERE e.route IS NOT NULL AND s.consolidated_id IN ({string.Join(", ", names)}) ORDER BY s.consolidated_id, e.id
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetInt64(0);
            if (!routes.ContainsKey(id) && JsonSerializer.Deserialize<List<string>>(r.GetString(1)) is { Count: >= 2 } route)
            {
                routes[id] = route;
            }
        }
        return routes;
    }

    /// <summary>A stored document by id, or null.</summary>
    public static StoredArticle? Article(this MarsadStore store, long documentId)
    {
        using var cmd = store.Command(null, "SELECT id, content_hash, source, external_id, url, title, author, dateline, published, body FROM documents WHERE id = @id");
        MarsadStore.Set(cmd, ("@id", documentId));
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadArticle(r, 0) : null;
    }

    /// <summary>The document id of a content hash, or null.</summary>
    public static long? DocumentIdOf(this MarsadStore store, string contentHash)
    {
        using var cmd = store.Command(null, "SELECT id FROM documents WHERE content_hash = @hash");
        MarsadStore.Set(cmd, ("@hash", contentHash));
        return cmd.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The machine's mentions of one document, in article order, with their (hash, ordinal) keys.</summary>
    public static List<(int Ordinal, EventRecord Mention)> Mentions(this MarsadStore store, long documentId)
    {
        using var cmd = store.Command(null, $"""
            SELECT {MentionColumns}, e.ordinal FROM events e JOIN documents d ON d.id = e.document_id WHERE e.document_id = @id ORDER BY e.ordinal
            """);
        MarsadStore.Set(cmd, ("@id", documentId));
        using var r = cmd.ExecuteReader();
        var list = new List<(int, EventRecord)>();
        while (r.Read())
        {
            list.Add((r.GetInt32(34), ReadMention(r)));
        }
        return list;
    }

    private static EventRecord ReadMention(System.Data.Common.DbDataReader r)
    {
        string? S(int i) => ConsolidationStore.Str(r, i);
        return new EventRecord
        {
            Type = r.GetString(1),
            Modality = r.GetString(2),
            Actor1 = S(3) is { } a1 ? new ActorRef(a1, S(4)) : null,
            Actor2 = S(5) is { } a2 ? new ActorRef(a2, S(6)) : null,
            Location = S(7) is { } name ? new LocationRef
            {
                Name = name, Lat = ConsolidationStore.Dbl(r, 8), Lon = ConsolidationStore.Dbl(r, 9), Country = S(10), Admin1 = S(11),
                GazetteerId = S(12), Precision = S(13) ?? "point",
            } : null,
            Route = S(14) is { } route ? JsonSerializer.Deserialize<List<string>>(route) : null,
            Date = new DateRef(S(15), r.GetString(16), S(17)),
            Fatalities = r.IsDBNull(18) ? null : r.GetInt32(18),
            Evidence = new Evidence(r.GetInt32(19), r.GetInt32(20), r.GetString(21)),
            Attribution = S(22),
            Confidence = r.GetDouble(23),
        };
    }

    private static StoredArticle ReadArticle(System.Data.Common.DbDataReader r, int o) => new()
    {
        Id = r.GetInt64(o),
        ContentHash = r.GetString(o + 1),
        Source = ConsolidationStore.Str(r, o + 2),
        ExternalId = ConsolidationStore.Str(r, o + 3),
        Url = ConsolidationStore.Str(r, o + 4),
        Title = ConsolidationStore.Str(r, o + 5),
        Author = ConsolidationStore.Str(r, o + 6),
        Dateline = ConsolidationStore.Str(r, o + 7),
        Published = ConsolidationStore.Str(r, o + 8),
        Body = r.GetString(o + 9),
    };
}
