using System.Text;
using Marsad.Text;
using System.Data.Common;

namespace Marsad.Store;

/// <summary>Filters over stored events; every field left null filters nothing.</summary>
public sealed record EventFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Type { get; init; }
    public string? Modality { get; init; }
    /// <summary>Matches actor1 or actor2.</summary>
    public string? Actor { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public (double MinLon, double MinLat, double MaxLon, double MaxLat)? BoundingBox { get; init; }
    public (double Lat, double Lon, double Km)? Near { get; init; }
    /// <summary>Words that must all occur in the article body (any spelling the normalizer folds together).</summary>
    public string? Text { get; init; }
    /// <summary>Consolidated events instead of per-article mentions.</summary>
    public bool Consolidated { get; init; }
    /// <summary>0 = no limit.</summary>
    public int Limit { get; init; }
    /// <summary>One event by its id (consolidated or mention id, as <see cref="Consolidated"/> says).</summary>
    public long? Id { get; init; }
    /// <summary>Rows skipped before the first one returned (paging).</summary>
    public int Offset { get; init; }
    /// <summary>Review status: "yes" (any review), "no" (none), or confirmed, rejected, corrected.</summary>
    public string? Reviewed { get; init; }
    /// <summary>Leave out events a reviewer rejected (exports do: a rejected event is not data).</summary>
    public bool ExcludeRejected { get; init; }
}

/// <summary>One row of a query or export: a per-article event mention or a consolidated event.</summary>
public sealed record EventRow
{
    public long Id { get; init; }
    public bool Consolidated { get; init; }
    public required string Type { get; init; }
    public required string Modality { get; init; }
    public string? Actor1 { get; init; }
    public string? Actor2 { get; init; }
    public string? LocationName { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? GazetteerId { get; init; }
    public string? LocationPrecision { get; init; }
    public string? DateValue { get; init; }
    public required string DatePrecision { get; init; }
    public string? DateStart { get; init; }
    public string? DateEnd { get; init; }
    public int? Fatalities { get; init; }
    public int? FatalitiesLow { get; init; }
    public int? FatalitiesHigh { get; init; }
    public required string EvidenceText { get; init; }
    public double Confidence { get; init; }
    /// <summary>The article's source (outlet or path); for a consolidated event every source, «; »-separated.</summary>
    public string? Sources { get; init; }
    public int DocumentCount { get; init; }
    public string? DocumentId { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Attribution { get; init; }
    public int? EvidenceStart { get; init; }
    public int? EvidenceEnd { get; init; }
    /// <summary>confirmed, rejected or corrected once a reviewer has seen the event; the fields
    /// above are then the reviewer's values (the machine's stay in the store's events table).</summary>
    public string? Review { get; init; }
    public string? ReviewedBy { get; init; }
    public string? ReviewedAt { get; init; }
}

public static class EventQuery
{
    private const string MentionSelect = """
        SELECT e.id, e.type, e.modality, e.actor1, e.actor2, e.location_name, e.lat, e.lon, e.country, e.admin1, e.gazetteer_id,
               e.location_precision, e.date_value, e.date_precision, e.date_start, e.date_end, e.fatalities, e.fatalities, e.fatalities,
               e.evidence_text, e.confidence, d.source, 1, d.external_id, d.title, d.url, e.attribution, e.evidence_start, e.evidence_end,
               rv.action, rv.reviewer, rv.reviewed_at, rv.after_json
        FROM events e JOIN documents d ON d.id = e.document_id
        LEFT JOIN (SELECT t.document_hash, t.ordinal, max(t.review_id) AS review_id FROM review_targets t GROUP BY t.document_hash, t.ordinal) lr
          ON lr.document_hash = d.content_hash AND lr.ordinal = e.ordinal
        LEFT JOIN reviews rv ON rv.id = lr.review_id
        """;

    private const string ConsolidatedSelect = """
        SELECT e.id, e.type, e.modality, e.actor1, e.actor2, e.location_name, e.lat, e.lon, e.country, e.admin1, e.gazetteer_id,
               e.location_precision, e.date_value, e.date_precision, e.date_start, e.date_end, e.fatalities_best, e.fatalities_low, e.fatalities_high,
               e.evidence_text, e.confidence, e.sources, e.document_count, NULL, NULL, NULL, NULL, NULL, NULL,
               e.review, e.reviewed_by, e.reviewed_at, NULL
        FROM consolidated_events e
        """;

    public static List<EventRow> Run(this MarsadStore store, EventFilter filter)
    {
        using var cmd = store.Command(null, string.Empty);
        var sql = new StringBuilder(filter.Consolidated ? ConsolidatedSelect : MentionSelect);
        AppendWhere(store, cmd, filter, sql);
        sql.Append(" ORDER BY e.date_start IS NULL, e.date_start, e.id");
        if (filter.Limit > 0)
        {
            sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" LIMIT {filter.Limit}");
        }
        if (filter.Offset > 0)
        {
            sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" OFFSET {filter.Offset}");
        }
        cmd.CommandText = sql.ToString();
        using var r = cmd.ExecuteReader();
        var rows = new List<EventRow>();
        while (r.Read())
        {
            rows.Add(Read(r, filter.Consolidated));
        }
        return rows;
    }

    /// <summary>How many events the filter selects, whatever its limit and offset.</summary>
    public static long Count(this MarsadStore store, EventFilter filter)
    {
        using var cmd = store.Command(null, string.Empty);
        var sql = new StringBuilder("SELECT count(*) FROM (");
        sql.Append(filter.Consolidated ? ConsolidatedSelect : MentionSelect);
        AppendWhere(store, cmd, filter, sql);
        sql.Append(") AS selected");
        cmd.CommandText = sql.ToString();
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Counts of the selected events grouped by one column: type, country or day (date_start).</summary>
    public static List<(string? Key, long Count)> CountBy(this MarsadStore store, EventFilter filter, string column)
    {
        var expression = column switch
        {
            "type" => "e.type",
            "country" => "e.country",
            "day" => "e.date_start",
            "modality" => "e.modality",
            _ => throw new ArgumentException($"cannot group by '{column}'", nameof(column)),
        };
        using var cmd = store.Command(null, string.Empty);
        var select = filter.Consolidated ? ConsolidatedSelect : MentionSelect;
        // The same joins and filters as a query, grouped instead of listed.
        var from = select[select.IndexOf("FROM", StringComparison.Ordinal)..];
        var sql = new StringBuilder($"SELECT {expression}, count(*) {from}");
        AppendWhere(store, cmd, filter, sql);
        sql.Append(System.Globalization.CultureInfo.InvariantCulture, $" GROUP BY {expression} ORDER BY {expression}");
        cmd.CommandText = sql.ToString();
        using var r = cmd.ExecuteReader();
        var list = new List<(string?, long)>();
        while (r.Read())
        {
            list.Add((r.IsDBNull(0) ? null : r.GetString(0), Convert.ToInt64(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
        }
        return list;
    }

    private static void AppendWhere(MarsadStore store, DbCommand cmd, EventFilter filter, StringBuilder sql)
    {
        var where = new List<string>();
        void Add(string clause, params (string Name, object Value)[] values)
        {
            where.Add(clause);
            MarsadStore.Set(cmd, [.. values.Select(v => (v.Name, (object?)v.Value))]);
        }
        if (filter.Id is { } id)
        {
            Add("e.id = @id", ("@id", id));
        }
        if (filter.From is { } from)
        {
            Add("e.date_end >= @from", ("@from", MarsadStore.Iso(from)));
        }
        if (filter.To is { } to)
        {
            Add("e.date_start <= @to", ("@to", MarsadStore.Iso(to)));
        }
        if (filter.Type is { } type)
        {
            Add("e.type = @type", ("@type", type.ToUpperInvariant()));
        }
        if (filter.Modality is { } modality)
        {
            Add("e.modality = @modality", ("@modality", modality.ToLowerInvariant()));
        }
        if (filter.Actor is { } actor)
        {
            Add("(e.actor1 = @actor OR e.actor2 = @actor)", ("@actor", actor.ToUpperInvariant()));
        }
        if (filter.Country is { } country)
        {
            Add("e.country = @country", ("@country", country.ToUpperInvariant()));
        }
        if (filter.Admin1 is { } admin1)
        {
            Add("e.admin1 = @admin1", ("@admin1", admin1));
        }
        if (filter.BoundingBox is { } box && store.IsPostgres)
        {
            // The GiST index on the point answers the box (&& is inclusive, as BETWEEN is).
            Add("e.geom && ST_MakeEnvelope(@minlon, @minlat, @maxlon, @maxlat, 4326)",
                ("@minlon", box.MinLon), ("@maxlon", box.MaxLon), ("@minlat", box.MinLat), ("@maxlat", box.MaxLat));
        }
        else if (filter.BoundingBox is { } box2)
        {
            Add("e.lon BETWEEN @minlon AND @maxlon AND e.lat BETWEEN @minlat AND @maxlat",
                ("@minlon", box2.MinLon), ("@maxlon", box2.MaxLon), ("@minlat", box2.MinLat), ("@maxlat", box2.MaxLat));
        }
        if (filter.Near is { } near)
        {
            Add("distance_km(e.lat, e.lon, @nlat, @nlon) <= @km", ("@nlat", near.Lat), ("@nlon", near.Lon), ("@km", near.Km));
        }
        if (filter.Text is { } text)
        {
            var words = FtsWords(text);
            if (words.Count == 0)
            {
                throw new ArgumentException("--text holds no word to search for", nameof(filter));
            }
            var docs = store.IsPostgres
                ? "(SELECT rowid FROM documents_fts WHERE body @@ plainto_tsquery('simple', @match))"
                : "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH @match)";
            var match = store.IsPostgres ? string.Join(' ', words) : FtsQuery(text);
            Add(filter.Consolidated
                // Uncorrelated, so the full-text match runs once, not once per consolidated row
                // (the correlated EXISTS took 10 s of CPU for «حلب» over 7,238 events on SQLite).
                ? $"e.id IN (SELECT s.consolidated_id FROM consolidated_sources s JOIN events m ON m.id = s.event_id WHERE m.document_id IN {docs})"
                : $"e.document_id IN {docs}", ("@match", match));
        }
        var status = filter.Consolidated ? "e.review" : "rv.action";
        switch (filter.Reviewed)
        {
            case null:
                break;
            case "yes":
                where.Add($"{status} IS NOT NULL");
                break;
            case "no":
                where.Add($"{status} IS NULL");
                break;
            case "confirmed" or "rejected" or "corrected":
                Add($"{status} = @reviewed", ("@reviewed", filter.Reviewed));
                break;
            default:
                throw new ArgumentException($"reviewed takes yes, no, confirmed, rejected or corrected, not '{filter.Reviewed}'", nameof(filter));
        }
        if (filter.ExcludeRejected)
        {
            where.Add($"({status} IS NULL OR {status} <> 'rejected')");
        }
        if (where.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", where);
        }
    }

    /// <summary>
    /// The words folded as the index was (ArabicNormalizer), each quoted as an FTS5 string so no
    /// word is read as an operator; all must occur.
    /// </summary>
    public static string FtsQuery(string text) => string.Join(' ', FtsWords(text).Select(w => "\"" + w + "\""));

    /// <summary>The words of <paramref name="text"/> folded as the index folds bodies, punctuation dropped.</summary>
    public static List<string> FtsWords(string text) => [.. ArabicNormalizer.NormalizeKey(text)
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]))
        .Where(w => w.Length > 0)];

    private static EventRow Read(DbDataReader r, bool consolidated)
    {
        var row = ReadMachine(r, consolidated);
        if (r.IsDBNull(29))
        {
            return row;
        }
        row = row with { Review = r.GetString(29), ReviewedBy = ConsolidationStore.Str(r, 30), ReviewedAt = ConsolidationStore.Str(r, 31) };
        if (consolidated || r.IsDBNull(32))
        {
            return row;
        }
        // A mention shows its latest review's values; the machine's stay in the events table.
        var v = ReviewStore.Parse(r.GetString(32));
        return row with
        {
            Type = v.Type, Modality = v.Modality, Actor1 = v.Actor1, Actor2 = v.Actor2, LocationName = v.LocationName, Lat = v.Lat, Lon = v.Lon,
            Country = v.Country, Admin1 = v.Admin1, GazetteerId = v.GazetteerId, LocationPrecision = v.LocationPrecision,
            DateValue = v.DateValue, DatePrecision = v.DatePrecision, DateStart = v.DateStart, DateEnd = v.DateEnd,
            Fatalities = v.Fatalities, FatalitiesLow = v.Fatalities, FatalitiesHigh = v.Fatalities,
        };
    }

    private static EventRow ReadMachine(DbDataReader r, bool consolidated) => new()
    {
        Id = r.GetInt64(0),
        Consolidated = consolidated,
        Type = r.GetString(1),
        Modality = r.GetString(2),
        Actor1 = ConsolidationStore.Str(r, 3),
        Actor2 = ConsolidationStore.Str(r, 4),
        LocationName = ConsolidationStore.Str(r, 5),
        Lat = ConsolidationStore.Dbl(r, 6),
        Lon = ConsolidationStore.Dbl(r, 7),
        Country = ConsolidationStore.Str(r, 8),
        Admin1 = ConsolidationStore.Str(r, 9),
        GazetteerId = ConsolidationStore.Str(r, 10),
        LocationPrecision = ConsolidationStore.Str(r, 11),
        DateValue = ConsolidationStore.Str(r, 12),
        DatePrecision = r.GetString(13),
        DateStart = ConsolidationStore.Str(r, 14),
        DateEnd = ConsolidationStore.Str(r, 15),
        Fatalities = Int(r, 16),
        FatalitiesLow = Int(r, 17),
        FatalitiesHigh = Int(r, 18),
        EvidenceText = r.GetString(19),
        Confidence = r.GetDouble(20),
        Sources = ConsolidationStore.Str(r, 21),
        DocumentCount = r.GetInt32(22),
        DocumentId = ConsolidationStore.Str(r, 23),
        Title = ConsolidationStore.Str(r, 24),
        Url = ConsolidationStore.Str(r, 25),
        Attribution = ConsolidationStore.Str(r, 26),
        EvidenceStart = Int(r, 27),
        EvidenceEnd = Int(r, 28),
    };

    private static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
}
