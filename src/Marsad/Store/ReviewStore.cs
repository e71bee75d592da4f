using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Marsad.Output;

namespace Marsad.Store;

/// <summary>The values of an event a reviewer sees and may correct: the machine's, or the last review's.</summary>
public sealed record ReviewedValues
{
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
}

/// <summary>A value a correction sets, null included (so «clear actor2» differs from «leave actor2»).</summary>
public readonly record struct Given<T>(T Value);

/// <summary>The fields a correction changes; a field left null is kept as it was.</summary>
public sealed record ReviewCorrection
{
    public string? Type { get; init; }
    public string? Modality { get; init; }
    public Given<string?>? Actor1 { get; init; }
    public Given<string?>? Actor2 { get; init; }
    /// <summary>A gazetteer place already resolved by the caller, or Given(null) to remove the location.</summary>
    public Given<LocationRef?>? Location { get; init; }
    /// <summary>An ISO date value (2016, 2016-02, 2016-02-23), or Given(null) for an unknown date.</summary>
    public Given<string?>? Date { get; init; }
    public Given<int?>? Fatalities { get; init; }

    public bool IsEmpty => Type is null && Modality is null && Actor1 is null && Actor2 is null && Location is null && Date is null && Fatalities is null;
}

/// <summary>One stored review: who, when, what was shown before and what holds after.</summary>
public sealed record ReviewRecord(
    long Id, long ConsolidatedId, string Status, string Reviewer, string? Note, string ReviewedAt, ReviewedValues Before, ReviewedValues After);

/// <summary>
/// Reviews of consolidated events. A review never overwrites an event mention (the machine's
/// output stays in <c>events</c>); it is stored with its before and after values and tied to the
/// mentions the event consolidated at the time (document content hash and ordinal, which survive a
/// rebuild, unlike consolidated ids). The consolidated row shows the latest review's values, and
/// <see cref="ConsolidationStore.Rebuild"/> puts them back after every rebuild.
/// </summary>
public static class ReviewStore
{
    /// <summary>confirm, reject, correct → the status the event then carries.</summary>
    public static string? StatusOf(string action) => action switch
    {
        "confirm" => "confirmed",
        "reject" => "rejected",
        "correct" => "corrected",
        _ => null,
    };

    internal static readonly JsonSerializerOptions Json = MarsadJson.Compact;

    private const string ConsolidatedValues = """
        SELECT type, modality, actor1, actor2, location_name, lat, lon, country, admin1, gazetteer_id, location_precision,
               date_value, date_precision, date_start, date_end, fatalities_best
        FROM consolidated_events WHERE id = @id
        """;

    /// <summary>Stores a review of consolidated event <paramref name="consolidatedId"/> and shows its
    /// values on the event, in one transaction. Null when there is no such event.</summary>
    public static ReviewRecord? Review(this MarsadStore store, long consolidatedId, string action, string reviewer, string? note,
        ReviewCorrection? correction, DateTimeOffset now)
    {
        var status = StatusOf(action) ?? throw new ArgumentException($"unknown review action '{action}'", nameof(action));
        using var tx = store.Connection.BeginTransaction();
        ReviewedValues before;
        // PostgreSQL: the row is locked until commit, so two reviewers of one event at once each
        // record as «before» what the other left (SQLite's write transaction already serializes them).
        using (var read = store.Command(tx, store.IsPostgres ? ConsolidatedValues + " FOR UPDATE" : ConsolidatedValues))
        {
            MarsadStore.Set(read, ("@id", consolidatedId));
            using var r = read.ExecuteReader();
            if (!r.Read())
            {
                return null;
            }
            before = ReadValues(r, 0);
        }
        var members = new List<(string Hash, int Ordinal)>();
        using (var read = store.Command(tx, "SELECT document_hash, ordinal FROM consolidated_sources WHERE consolidated_id = @id ORDER BY document_hash, ordinal"))
        {
            MarsadStore.Set(read, ("@id", consolidatedId));
            using var r = read.ExecuteReader();
            while (r.Read())
            {
                members.Add((r.GetString(0), r.GetInt32(1)));
            }
        }
        var after = status == "corrected" && correction is not null ? Apply(before, correction) : before;
        var at = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        long id;
        using (var insert = store.Command(tx, """
            INSERT INTO reviews(consolidated_id, action, reviewer, note, reviewed_at, before_json, after_json)
            VALUES (@cid, @action, @reviewer, @note, @at, @before, @after) RETURNING id
            """))
        {
            MarsadStore.Set(insert, ("@cid", consolidatedId), ("@action", status), ("@reviewer", reviewer), ("@note", note), ("@at", at),
                ("@before", JsonSerializer.Serialize(before, Json)), ("@after", JsonSerializer.Serialize(after, Json)));
            id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        using (var target = store.Command(tx, "INSERT INTO review_targets(review_id, document_hash, ordinal) VALUES (@rid, @hash, @ordinal)"))
        {
            foreach (var (hash, ordinal) in members)
            {
                MarsadStore.Set(target, ("@rid", id), ("@hash", hash), ("@ordinal", ordinal));
                target.ExecuteNonQuery();
            }
        }
        using (var update = store.Command(tx, """
            UPDATE consolidated_events SET type = @type, modality = @modality, actor1 = @actor1, actor2 = @actor2,
              location_name = @location_name, lat = @lat, lon = @lon, country = @country, admin1 = @admin1, gazetteer_id = @gazetteer_id,
              location_precision = @location_precision, date_value = @date_value, date_precision = @date_precision,
              date_start = @date_start, date_end = @date_end, fatalities_low = @fatalities, fatalities_best = @fatalities, fatalities_high = @fatalities,
              review = @review, reviewed_by = @reviewed_by, reviewed_at = @reviewed_at
            WHERE id = @id
            """))
        {
            SetValues(update, after);
            MarsadStore.Set(update, ("@review", status), ("@reviewed_by", reviewer), ("@reviewed_at", at), ("@id", consolidatedId));
            update.ExecuteNonQuery();
        }
        tx.Commit();
        return new ReviewRecord(id, consolidatedId, status, reviewer, note, at, before, after);
    }

    /// <summary>Every review that touched one of the event's current mentions, oldest first.</summary>
    public static List<ReviewRecord> ReviewsOf(this MarsadStore store, long consolidatedId)
    {
        using var cmd = store.Command(null, """
            SELECT r.id, r.consolidated_id, r.action, r.reviewer, r.note, r.reviewed_at, r.before_json, r.after_json FROM reviews r
            WHERE r.id IN (SELECT t.review_id FROM review_targets t JOIN consolidated_sources s
                           ON s.document_hash = t.document_hash AND s.ordinal = t.ordinal WHERE s.consolidated_id = @id)
            ORDER BY r.id
            """);
        MarsadStore.Set(cmd, ("@id", consolidatedId));
        using var r = cmd.ExecuteReader();
        var list = new List<ReviewRecord>();
        while (r.Read())
        {
            list.Add(new ReviewRecord(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), ConsolidationStore.Str(r, 4), r.GetString(5),
                Parse(r.GetString(6)), Parse(r.GetString(7))));
        }
        return list;
    }

    /// <summary>The latest review of each reviewed mention, by (document hash, ordinal); its values are in <see cref="ReviewRecord.After"/>.</summary>
    public static Dictionary<(string Hash, int Ordinal), ReviewRecord> LatestReviews(this MarsadStore store) => LatestByMention(store, null);

    /// <summary>The latest review of each reviewed mention, by (document hash, ordinal).</summary>
    internal static Dictionary<(string Hash, int Ordinal), ReviewRecord> LatestByMention(MarsadStore store, DbTransaction? tx)
    {
        using var cmd = store.Command(tx, """
            SELECT t.document_hash, t.ordinal, r.id, r.consolidated_id, r.action, r.reviewer, r.note, r.reviewed_at, r.after_json
            FROM review_targets t JOIN reviews r ON r.id = t.review_id
            """);
        using var r = cmd.ExecuteReader();
        var latest = new Dictionary<(string, int), ReviewRecord>();
        while (r.Read())
        {
            var key = (r.GetString(0), r.GetInt32(1));
            var id = r.GetInt64(2);
            if (latest.TryGetValue(key, out var seen) && seen.Id > id)
            {
                continue;
            }
            var after = Parse(r.GetString(8));
            latest[key] = new ReviewRecord(id, r.GetInt64(3), r.GetString(4), r.GetString(5), ConsolidationStore.Str(r, 6), r.GetString(7), after, after);
        }
        return latest;
    }

    /// <summary>The consolidated event as the latest review of any of its mentions left it.</summary>
    internal static (ConsolidatedEvent Event, ReviewRecord? Review) Reviewed(ConsolidatedEvent c, Dictionary<(string Hash, int Ordinal), ReviewRecord> latest)
    {
        ReviewRecord? best = null;
        foreach (var m in c.Members)
        {
            if (latest.TryGetValue((m.DocumentHash, m.Ordinal), out var review) && (best is null || review.Id > best.Id))
            {
                best = review;
            }
        }
        if (best is null)
        {
            return (c, null);
        }
        var v = best.After;
        return (c with
        {
            Type = v.Type, Modality = v.Modality, Actor1 = v.Actor1, Actor2 = v.Actor2, LocationName = v.LocationName, Lat = v.Lat, Lon = v.Lon,
            Country = v.Country, Admin1 = v.Admin1, GazetteerId = v.GazetteerId, LocationPrecision = v.LocationPrecision,
            DateValue = v.DateValue, DatePrecision = v.DatePrecision, DateStart = v.DateStart, DateEnd = v.DateEnd,
            FatalitiesLow = v.Fatalities, FatalitiesBest = v.Fatalities, FatalitiesHigh = v.Fatalities,
        }, best);
    }

    public static ReviewedValues Apply(ReviewedValues v, ReviewCorrection c)
    {
        var result = v with
        {
            Type = c.Type ?? v.Type,
            Modality = c.Modality ?? v.Modality,
            Actor1 = c.Actor1 is { } a1 ? a1.Value : v.Actor1,
            Actor2 = c.Actor2 is { } a2 ? a2.Value : v.Actor2,
            Fatalities = c.Fatalities is { } f ? f.Value : v.Fatalities,
        };
        if (c.Location is { } loc)
        {
            var l = loc.Value;
            result = result with
            {
                LocationName = l?.Name, Lat = l?.Lat, Lon = l?.Lon, Country = l?.Country, Admin1 = l?.Admin1,
                GazetteerId = l?.GazetteerId, LocationPrecision = l?.Precision,
            };
        }
        if (c.Date is { } date)
        {
            var precision = DatePrecisionOf(date.Value) ?? throw new ArgumentException($"a date is YYYY, YYYY-MM or YYYY-MM-DD, not '{date.Value}'", nameof(c));
            var (start, end) = MarsadStore.DateRange(new DateRef(date.Value, precision, null), null);
            // An unknown date keeps the span the event had (the publication day stands in for it).
            result = date.Value is null
                ? result with { DateValue = null, DatePrecision = "unknown" }
                : result with { DateValue = date.Value, DatePrecision = precision, DateStart = start, DateEnd = end };
        }
        return result;
    }

    /// <summary>day, month or year for a valid ISO date value, "unknown" for null, null when invalid.</summary>
    public static string? DatePrecisionOf(string? value)
    {
        if (value is null)
        {
            return "unknown";
        }
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        string[] precisions = ["day", "month", "year"];
        for (var i = 0; i < formats.Length; i++)
        {
            if (value.Length == formats[i].Length
                && DateTime.TryParseExact(value, formats[i], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return precisions[i];
            }
        }
        return null;
    }

    internal static ReviewedValues ReadValues(DbDataReader r, int o) => new()
    {
        Type = r.GetString(o),
        Modality = r.GetString(o + 1),
        Actor1 = ConsolidationStore.Str(r, o + 2),
        Actor2 = ConsolidationStore.Str(r, o + 3),
        LocationName = ConsolidationStore.Str(r, o + 4),
        Lat = ConsolidationStore.Dbl(r, o + 5),
        Lon = ConsolidationStore.Dbl(r, o + 6),
        Country = ConsolidationStore.Str(r, o + 7),
        Admin1 = ConsolidationStore.Str(r, o + 8),
        GazetteerId = ConsolidationStore.Str(r, o + 9),
        LocationPrecision = ConsolidationStore.Str(r, o + 10),
        DateValue = ConsolidationStore.Str(r, o + 11),
        DatePrecision = r.GetString(o + 12),
        DateStart = ConsolidationStore.Str(r, o + 13),
        DateEnd = ConsolidationStore.Str(r, o + 14),
        Fatalities = r.IsDBNull(o + 15) ? null : r.GetInt32(o + 15),
    };

    private static void SetValues(DbCommand cmd, ReviewedValues v) => MarsadStore.Set(cmd,
        ("@type", v.Type), ("@modality", v.Modality), ("@actor1", v.Actor1), ("@actor2", v.Actor2), ("@location_name", v.LocationName),
        ("@lat", v.Lat), ("@lon", v.Lon), ("@country", v.Country), ("@admin1", v.Admin1), ("@gazetteer_id", v.GazetteerId),
        ("@location_precision", v.LocationPrecision), ("@date_value", v.DateValue), ("@date_precision", v.DatePrecision),
        ("@date_start", v.DateStart), ("@date_end", v.DateEnd), ("@fatalities", v.Fatalities));

    internal static ReviewedValues Parse(string json) =>
        JsonSerializer.Deserialize<ReviewedValues>(json, Json) ?? throw new InvalidDataException("a review without values");

    /// <summary>Creates the review tables and the consolidated review columns in a store made before reviews existed.</summary>
    internal static void EnsureSchema(DbConnection connection, bool postgres)
    {
        bool HasColumn(DbTransaction? tx)
        {
            using var check = connection.CreateCommand();
            check.Transaction = tx;
            check.CommandText = postgres
                ? "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'consolidated_events' AND column_name = 'review'"
                : "SELECT count(*) FROM pragma_table_info('consolidated_events') WHERE name = 'review'";
            return Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
        }
        // Checked before any DDL (DDL takes locks a running batch of another process would wait on),
        // and again inside the transaction, which another process may have beaten to it.
        if (HasColumn(null))
        {
            return;
        }
        using var tx = connection.BeginTransaction();
        if (postgres)
        {
            MarsadStore.Exec(connection, $"SELECT pg_advisory_xact_lock({MarsadStore.SchemaLock})", tx);
        }
        if (HasColumn(tx))
        {
            return;
        }
        var id = postgres ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY" : "INTEGER PRIMARY KEY";
        var idType = postgres ? "BIGINT" : "INTEGER";
        string[] ddl =
        [
            $"""
            CREATE TABLE IF NOT EXISTS reviews (
              id {id}, consolidated_id {idType} NOT NULL, action TEXT NOT NULL, reviewer TEXT NOT NULL, note TEXT,
              reviewed_at TEXT NOT NULL, before_json TEXT NOT NULL, after_json TEXT NOT NULL)
            """,
            $"CREATE TABLE IF NOT EXISTS review_targets (review_id {idType} NOT NULL REFERENCES reviews(id), document_hash TEXT NOT NULL, ordinal INTEGER NOT NULL)",
            "CREATE INDEX IF NOT EXISTS review_targets_mention ON review_targets(document_hash, ordinal)",
            "CREATE INDEX IF NOT EXISTS consolidated_sources_hash ON consolidated_sources(document_hash, ordinal)",
        ];
        foreach (var sql in ddl)
        {
            MarsadStore.Exec(connection, sql, tx);
        }
        foreach (var column in new[] { "review", "reviewed_by", "reviewed_at" })
        {
            MarsadStore.Exec(connection, postgres
                ? $"ALTER TABLE consolidated_events ADD COLUMN IF NOT EXISTS {column} TEXT"
                : $"ALTER TABLE consolidated_events ADD COLUMN {column} TEXT", tx);
        }
        tx.Commit();
    }
}
