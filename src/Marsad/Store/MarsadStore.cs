using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marsad.Geo;
using Marsad.Output;
using Marsad.Text;
using Microsoft.Data.Sqlite;

namespace Marsad.Store;

/// <summary>
/// The embedded event store: one SQLite file holding documents, their events, place and actor
/// mentions, a full-text index and the consolidated events. WAL mode and one transaction per
/// batch keep it consistent when a run is killed; the UNIQUE content hash makes ingest idempotent.
/// </summary>
public sealed class MarsadStore : IDisposable
{
    private const int SchemaVersion = 1;

    private static readonly string[] Schema =
    [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
        """
        CREATE TABLE IF NOT EXISTS documents (
          id INTEGER PRIMARY KEY,
          content_hash TEXT NOT NULL UNIQUE,
          source TEXT, external_id TEXT, url TEXT, origin TEXT,
          title TEXT, author TEXT, dateline TEXT, published TEXT,
          body TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS events (
          id INTEGER PRIMARY KEY,
          document_id INTEGER NOT NULL REFERENCES documents(id),
          ordinal INTEGER NOT NULL,
          type TEXT NOT NULL, modality TEXT NOT NULL,
          actor1 TEXT, actor1_text TEXT, actor2 TEXT, actor2_text TEXT,
          location_name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT, gazetteer_id TEXT, location_precision TEXT,
          route TEXT,
          date_value TEXT, date_precision TEXT NOT NULL, date_text TEXT, date_start TEXT, date_end TEXT,
          fatalities INTEGER,
          evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
          attribution TEXT, confidence REAL NOT NULL,
          UNIQUE (document_id, ordinal))
        """,
        "CREATE INDEX IF NOT EXISTS events_type ON events(type, modality)",
        "CREATE INDEX IF NOT EXISTS events_date ON events(date_start)",
        "CREATE INDEX IF NOT EXISTS events_country ON events(country, admin1)",
        """
        CREATE TABLE IF NOT EXISTS places (
          document_id INTEGER NOT NULL REFERENCES documents(id),
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
          name TEXT NOT NULL, lat REAL, lon REAL, country TEXT, admin1 TEXT, gazetteer_id TEXT, precision TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS places_document ON places(document_id)",
        """
        CREATE TABLE IF NOT EXISTS actors (
          document_id INTEGER NOT NULL REFERENCES documents(id),
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, actor_id TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS actors_document ON actors(document_id)",
        // Contentless: the body already sits in documents; the index only has to find rowids.
        // The indexed text is folded by ArabicNormalizer first, because unicode61 would split an
        // Arabic word at its shadda and never match the same word written without it.
        "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2')",
        """
        CREATE TABLE IF NOT EXISTS consolidated_events (
          id INTEGER PRIMARY KEY,
          type TEXT NOT NULL, modality TEXT NOT NULL, actor1 TEXT, actor2 TEXT,
          location_name TEXT, lat REAL, lon REAL, country TEXT, admin1 TEXT, gazetteer_id TEXT, location_precision TEXT,
          date_value TEXT, date_precision TEXT NOT NULL, date_start TEXT, date_end TEXT,
          fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER,
          confidence REAL NOT NULL, event_count INTEGER NOT NULL, document_count INTEGER NOT NULL,
          evidence_text TEXT NOT NULL, sources TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS consolidated_sources (
          consolidated_id INTEGER NOT NULL REFERENCES consolidated_events(id),
          event_id INTEGER NOT NULL REFERENCES events(id),
          document_hash TEXT NOT NULL, ordinal INTEGER NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS consolidated_sources_event ON consolidated_sources(event_id)",
        "CREATE INDEX IF NOT EXISTS consolidated_date ON consolidated_events(date_start)",
    ];

    private MarsadStore(SqliteConnection connection, string path)
    {
        Connection = connection;
        Path = path;
    }

    public string Path { get; }

    internal SqliteConnection Connection { get; }

    /// <summary>Opens (creating when absent) the store at <paramref name="path"/>.</summary>
    public static MarsadStore Open(string path)
    {
        // No pooling: a closed store must release its file (tests delete it, a re-run reopens it).
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=WAL");
        // NORMAL under WAL: a power cut may lose the last commits but never corrupts the file.
        Exec(connection, "PRAGMA synchronous=NORMAL");
        Exec(connection, "PRAGMA foreign_keys=ON");
        Exec(connection, "PRAGMA busy_timeout=10000");
        using (var tx = connection.BeginTransaction())
        {
            foreach (var sql in Schema)
            {
                Exec(connection, sql, tx);
            }
            Exec(connection, $"INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '{SchemaVersion}')", tx);
            tx.Commit();
        }
        connection.CreateFunction("distance_km", (double? lat1, double? lon1, double lat2, double lon2) =>
            lat1 is { } a && lon1 is { } b ? GeoMath.DistanceKm(a, b, lat2, lon2) : (double?)null, isDeterministic: true);
        return new MarsadStore(connection, path);
    }

    public void Dispose() => Connection.Dispose();

    /// <summary>SHA-256 (hex) of the body folded as the search index folds it: the same article
    /// re-crawled with other spacing, harakat or hamza spellings is the same document.</summary>
    public static string ContentHash(string body)
    {
        var key = ArabicNormalizer.NormalizeKey(body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    public HashSet<string> LoadHashes()
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = "SELECT content_hash FROM documents";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            hashes.Add(reader.GetString(0));
        }
        return hashes;
    }

    public StoreCounts Counts()
    {
        long Count(string table)
        {
            using var cmd = Connection.CreateCommand();
            cmd.CommandText = $"SELECT count(*) FROM {table}";
            return (long)cmd.ExecuteScalar()!;
        }
        return new StoreCounts(Count("documents"), Count("events"), Count("places"), Count("actors"), Count("consolidated_events"));
    }

    /// <summary>Writes a batch of new documents in one transaction. Returns how many were new
    /// (a hash already present is skipped, so a batch replayed after a crash adds nothing twice).
    /// Cancellation is checked between documents: a cancelled batch rolls back whole.</summary>
    public (int Documents, int Events) WriteBatch(IReadOnlyList<StoredDocument> batch, CancellationToken cancel = default)
    {
        int docs = 0, events = 0;
        using var tx = Connection.BeginTransaction();
        using var insertDoc = Command(tx, """
            INSERT OR IGNORE INTO documents(content_hash, source, external_id, url, origin, title, author, dateline, published, body)
            VALUES ($hash, $source, $external_id, $url, $origin, $title, $author, $dateline, $published, $body)
            RETURNING id
            """);
        using var insertFts = Command(tx, "INSERT INTO documents_fts(rowid, body) VALUES ($id, $body)");
        using var insertEvent = Command(tx, """
            INSERT INTO events(document_id, ordinal, type, modality, actor1, actor1_text, actor2, actor2_text,
              location_name, lat, lon, country, admin1, gazetteer_id, location_precision, route,
              date_value, date_precision, date_text, date_start, date_end, fatalities,
              evidence_start, evidence_end, evidence_text, attribution, confidence)
            VALUES ($doc, $ordinal, $type, $modality, $actor1, $actor1_text, $actor2, $actor2_text,
              $location_name, $lat, $lon, $country, $admin1, $gazetteer_id, $location_precision, $route,
              $date_value, $date_precision, $date_text, $date_start, $date_end, $fatalities,
              $evidence_start, $evidence_end, $evidence_text, $attribution, $confidence)
            """);
        using var insertPlace = Command(tx, """
            INSERT INTO places(document_id, start, "end", text, name, lat, lon, country, admin1, gazetteer_id, precision)
            VALUES ($doc, $start, $end, $text, $name, $lat, $lon, $country, $admin1, $gazetteer_id, $precision)
            """);
        using var insertActor = Command(tx, """
            INSERT INTO actors(document_id, start, "end", text, actor_id) VALUES ($doc, $start, $end, $text, $actor_id)
            """);
        foreach (var doc in batch)
        {
            cancel.ThrowIfCancellationRequested();
            var d = doc.Result.Document;
            Set(insertDoc, ("$hash", doc.ContentHash), ("$source", doc.Source), ("$external_id", d.Id), ("$url", doc.Url),
                ("$origin", doc.Origin), ("$title", d.Title), ("$author", d.Author), ("$dateline", d.Dateline),
                ("$published", d.Published), ("$body", d.Body ?? string.Empty));
            if (insertDoc.ExecuteScalar() is not long id)
            {
                continue;
            }
            docs++;
            Set(insertFts, ("$id", id), ("$body", ArabicNormalizer.NormalizeKey(d.Body ?? string.Empty)));
            insertFts.ExecuteNonQuery();
            var ordinal = 0;
            foreach (var e in doc.Result.Events)
            {
                var (start, end) = DateRange(e.Date, d.Published);
                Set(insertEvent, ("$doc", id), ("$ordinal", ordinal++), ("$type", e.Type), ("$modality", e.Modality),
                    ("$actor1", e.Actor1?.Id), ("$actor1_text", e.Actor1?.Text), ("$actor2", e.Actor2?.Id), ("$actor2_text", e.Actor2?.Text),
                    ("$location_name", e.Location?.Name), ("$lat", e.Location?.Lat), ("$lon", e.Location?.Lon),
                    ("$country", e.Location?.Country), ("$admin1", e.Location?.Admin1), ("$gazetteer_id", e.Location?.GazetteerId),
                    ("$location_precision", e.Location?.Precision),
                    ("$route", e.Route is null ? null : JsonSerializer.Serialize(e.Route)),
                    ("$date_value", e.Date.Value), ("$date_precision", e.Date.Precision), ("$date_text", e.Date.Text),
                    ("$date_start", start), ("$date_end", end), ("$fatalities", e.Fatalities),
                    ("$evidence_start", e.Evidence.Start), ("$evidence_end", e.Evidence.End), ("$evidence_text", e.Evidence.Text),
                    ("$attribution", e.Attribution), ("$confidence", e.Confidence));
                insertEvent.ExecuteNonQuery();
                events++;
            }
            foreach (var p in doc.Result.Places)
            {
                Set(insertPlace, ("$doc", id), ("$start", p.Start), ("$end", p.End), ("$text", p.Text), ("$name", p.Name),
                    ("$lat", p.Lat), ("$lon", p.Lon), ("$country", p.Country), ("$admin1", p.Admin1),
                    ("$gazetteer_id", p.GazetteerId), ("$precision", p.Precision));
                insertPlace.ExecuteNonQuery();
            }
            foreach (var a in doc.Result.Actors)
            {
                Set(insertActor, ("$doc", id), ("$start", a.Start), ("$end", a.End), ("$text", a.Text), ("$actor_id", a.Id));
                insertActor.ExecuteNonQuery();
            }
        }
        cancel.ThrowIfCancellationRequested();
        tx.Commit();
        return (docs, events);
    }

    /// <summary>
    /// The days an event's date covers, as ISO dates: a day is itself, a month or year its whole
    /// span; an unknown date falls back to the publication day (the best proxy a filter has).
    /// </summary>
    public static (string? Start, string? End) DateRange(DateRef date, string? published)
    {
        var v = date.Value;
        if (v is not null)
        {
            if (v.Length >= 10 && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return (Iso(day), Iso(day));
            }
            if (v.Length >= 7 && DateOnly.TryParseExact(v[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            {
                return (Iso(month), Iso(month.AddMonths(1).AddDays(-1)));
            }
            if (v.Length >= 4 && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 10000)
            {
                return (Iso(new DateOnly(year, 1, 1)), Iso(new DateOnly(year, 12, 31)));
            }
        }
        return published is { Length: >= 10 } ? (published[..10], published[..10]) : (null, null);
    }

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal SqliteCommand Command(SqliteTransaction? tx, string sql)
    {
        var cmd = Connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    internal static void Set(SqliteCommand cmd, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            var p = cmd.Parameters.Contains(name) ? cmd.Parameters[name] : cmd.Parameters.Add(new SqliteParameter { ParameterName = name });
            p.Value = value ?? DBNull.Value;
        }
    }

    internal static void Exec(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}

public sealed record StoreCounts(long Documents, long Events, long Places, long Actors, long Consolidated);

/// <summary>One extracted article ready for the store, with where it came from.</summary>
public sealed record StoredDocument(string ContentHash, string Source, string? Url, string Origin, ExtractionResult Result);
