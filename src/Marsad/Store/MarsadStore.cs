using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marsad.Geo;
using Marsad.Output;
using Marsad.Text;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Store;

/// <summary>
/// The event store: an embedded SQLite file, or a PostgreSQL + PostGIS database shared by a team,
/// holding documents, their events, place and actor mentions, a full-text index and the
/// consolidated events, with the same tables and behaviour on both. One transaction per batch
/// keeps it consistent when a run is killed; the UNIQUE content hash (inserted with
/// ON CONFLICT DO NOTHING) makes ingest idempotent, also between processes writing at once.
/// </summary>
public sealed partial class MarsadStore : IDisposable
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

    // PostgreSQL: the same tables and columns; ids are identities, reals are double precision,
    // events and consolidated events carry a PostGIS point (generated from lat/lon, GiST-indexed)
    // and the folded body is indexed as a tsvector with the 'simple' configuration.
    private static readonly string[] PostgresSchema =
    [
        "CREATE EXTENSION IF NOT EXISTS postgis",
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
        """
        CREATE TABLE IF NOT EXISTS documents (
          id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
          content_hash TEXT NOT NULL UNIQUE,
          source TEXT, external_id TEXT, url TEXT, origin TEXT,
          title TEXT, author TEXT, dateline TEXT, published TEXT,
          body TEXT NOT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS events (
          id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
          document_id BIGINT NOT NULL REFERENCES documents(id),
          ordinal INTEGER NOT NULL,
          type TEXT NOT NULL, modality TEXT NOT NULL,
          actor1 TEXT, actor1_text TEXT, actor2 TEXT, actor2_text TEXT,
          location_name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT, admin1 TEXT, gazetteer_id TEXT, location_precision TEXT,
          route TEXT,
          date_value TEXT, date_precision TEXT NOT NULL, date_text TEXT, date_start TEXT, date_end TEXT,
          fatalities INTEGER,
          evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL, evidence_text TEXT NOT NULL,
          attribution TEXT, confidence DOUBLE PRECISION NOT NULL,
          geom geometry(Point, 4326) GENERATED ALWAYS AS (CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED,
          UNIQUE (document_id, ordinal))
        """,
        "CREATE INDEX IF NOT EXISTS events_type ON events(type, modality)",
        "CREATE INDEX IF NOT EXISTS events_date ON events(date_start)",
        "CREATE INDEX IF NOT EXISTS events_country ON events(country, admin1)",
        "CREATE INDEX IF NOT EXISTS events_geom ON events USING gist (geom)",
        "CREATE INDEX IF NOT EXISTS events_document ON events(document_id)",
        """
        CREATE TABLE IF NOT EXISTS places (
          document_id BIGINT NOT NULL REFERENCES documents(id),
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
          name TEXT NOT NULL, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT, admin1 TEXT, gazetteer_id TEXT, precision TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS places_document ON places(document_id)",
        """
        CREATE TABLE IF NOT EXISTS actors (
          document_id BIGINT NOT NULL REFERENCES documents(id),
          start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, actor_id TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS actors_document ON actors(document_id)",
        "CREATE TABLE IF NOT EXISTS documents_fts (rowid BIGINT PRIMARY KEY REFERENCES documents(id), body TSVECTOR NOT NULL)",
        "CREATE INDEX IF NOT EXISTS documents_fts_body ON documents_fts USING gin (body)",
        """
        CREATE TABLE IF NOT EXISTS consolidated_events (
          id BIGINT PRIMARY KEY,
          type TEXT NOT NULL, modality TEXT NOT NULL, actor1 TEXT, actor2 TEXT,
          location_name TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, country TEXT, admin1 TEXT, gazetteer_id TEXT, location_precision TEXT,
          date_value TEXT, date_precision TEXT NOT NULL, date_start TEXT, date_end TEXT,
          fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER,
          confidence DOUBLE PRECISION NOT NULL, event_count INTEGER NOT NULL, document_count INTEGER NOT NULL,
          evidence_text TEXT NOT NULL, sources TEXT NOT NULL,
          geom geometry(Point, 4326) GENERATED ALWAYS AS (CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED)
        """,
        """
        CREATE TABLE IF NOT EXISTS consolidated_sources (
          consolidated_id BIGINT NOT NULL REFERENCES consolidated_events(id),
          event_id BIGINT NOT NULL REFERENCES events(id),
          document_hash TEXT NOT NULL, ordinal INTEGER NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS consolidated_sources_event ON consolidated_sources(event_id)",
        "CREATE INDEX IF NOT EXISTS consolidated_sources_consolidated ON consolidated_sources(consolidated_id)",
        "CREATE INDEX IF NOT EXISTS consolidated_date ON consolidated_events(date_start)",
        "CREATE INDEX IF NOT EXISTS consolidated_geom ON consolidated_events USING gist (geom)",
        // The same great-circle distance as GeoMath.DistanceKm, so --near answers alike on both stores.
        """
        CREATE OR REPLACE FUNCTION distance_km(lat1 DOUBLE PRECISION, lon1 DOUBLE PRECISION, lat2 DOUBLE PRECISION, lon2 DOUBLE PRECISION)
        RETURNS DOUBLE PRECISION LANGUAGE sql IMMUTABLE AS $$
          SELECT 2 * 6371.0088 * asin(least(1, sqrt(
            sin(radians(lat2 - lat1) / 2) ^ 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ^ 2)))
        $$
        """,
    ];

    /// <summary>Advisory-lock keys (arbitrary constants) that serialize schema creation and
    /// consolidation rebuilds between processes sharing one PostgreSQL store.</summary>
    internal const long SchemaLock = 0x4D61727361640001, RebuildLock = 0x4D61727361640002;

    private MarsadStore(DbConnection connection, string path, StoreKind kind)
    {
        Connection = connection;
        Path = path;
        Kind = kind;
    }

    /// <summary>The SQLite file, or the PostgreSQL URL with any password removed.</summary>
    public string Path { get; }

    public StoreKind Kind { get; }

    public bool IsPostgres => Kind == StoreKind.Postgres;

    internal DbConnection Connection { get; }

    /// <summary>True when <paramref name="location"/> names a PostgreSQL store (postgres:// or postgresql:// URL).</summary>
    public static bool IsPostgresLocation(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens (creating when absent) the store at <paramref name="location"/>: a SQLite file
    /// path, or a postgres://user:password@host:port/database URL.</summary>
    public static MarsadStore Open(string location) => Open(location, readOnly: false);

    /// <summary>Opens the store at <paramref name="location"/>; a read-only SQLite store must exist
    /// already and is never written, so a store on a read-only disk can still be queried.</summary>
    public static MarsadStore Open(string location, bool readOnly) =>
        IsPostgresLocation(location) ? OpenPostgres(PostgresUrl.ToConnectionString(location), PostgresUrl.Redact(location)) : OpenSqlite(location, readOnly);

    /// <summary>Opens (creating the tables when absent) a PostgreSQL store from an Npgsql connection string.</summary>
    public static MarsadStore OpenPostgres(string connectionString, string? display = null)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            // The DDL runs only while the schema is absent: even CREATE INDEX IF NOT EXISTS takes a
            // share lock on its table, which would deadlock with another process's running batch.
            if (!PostgresSchemaExists(connection, null))
            {
                using var tx = connection.BeginTransaction();
                // Two processes creating the same tables at once would collide in the catalog.
                Exec(connection, $"SELECT pg_advisory_xact_lock({SchemaLock})", tx);
                if (!PostgresSchemaExists(connection, tx))
                {
                    foreach (var sql in PostgresSchema)
                    {
                        Exec(connection, sql, tx);
                    }
                    Exec(connection, $"INSERT INTO meta(key, value) VALUES ('schema_version', '{SchemaVersion}') ON CONFLICT (key) DO NOTHING", tx);
                }
                tx.Commit();
            }
            ReviewStore.EnsureSchema(connection, postgres: true);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new MarsadStore(connection, display ?? connection.DataSource, StoreKind.Postgres);
    }

    /// <summary>True once a schema creation committed (its last statement writes the version).</summary>
    private static bool PostgresSchemaExists(DbConnection connection, DbTransaction? tx)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT to_regclass('meta') IS NOT NULL";
        if (cmd.ExecuteScalar() is not true)
        {
            return false;
        }
        cmd.CommandText = "SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'schema_version')";
        return cmd.ExecuteScalar() is true;
    }

    private static MarsadStore OpenSqlite(string path, bool readOnly)
    {
        if (Directory.Exists(path))
        {
            throw new StoreException($"{path} is a folder, not a Marsad store");
        }
        // No pooling: a closed store must release its file (tests delete it, a re-run reopens it).
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            return InitializeSqlite(connection, path, readOnly);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static MarsadStore InitializeSqlite(SqliteConnection connection, string path, bool readOnly)
    {
        Exec(connection, "PRAGMA busy_timeout=10000");
        // Someone else's database gets no Marsad tables added to it; an empty file is a new store.
        using (var probe = connection.CreateCommand())
        {
            probe.CommandText = "SELECT count(*), count(*) FILTER (WHERE name IN ('meta', 'documents', 'events')) FROM sqlite_master WHERE type = 'table'";
            using var reader = probe.ExecuteReader();
            reader.Read();
            long tables = reader.GetInt64(0), ours = reader.GetInt64(1);
            if ((tables > 0 && ours < 3) || (readOnly && tables == 0))
            {
                throw new StoreException($"{path} is not a Marsad store (a SQLite database without the Marsad tables)");
            }
        }
        if (readOnly)
        {
            RegisterFunctions(connection);
            return new MarsadStore(connection, path, StoreKind.Sqlite);
        }
        Exec(connection, "PRAGMA journal_mode=WAL");
        // NORMAL under WAL: a power cut may lose the last commits but never corrupts the file.
        Exec(connection, "PRAGMA synchronous=NORMAL");
        Exec(connection, "PRAGMA foreign_keys=ON");
        using (var tx = connection.BeginTransaction())
        {
            foreach (var sql in Schema)
            {
                Exec(connection, sql, tx);
            }
            Exec(connection, $"INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '{SchemaVersion}')", tx);
            tx.Commit();
        }
        ReviewStore.EnsureSchema(connection, postgres: false);
        RegisterFunctions(connection);
        return new MarsadStore(connection, path, StoreKind.Sqlite);
    }

    private static void RegisterFunctions(SqliteConnection connection) =>
        connection.CreateFunction("distance_km", (double? lat1, double? lon1, double lat2, double lon2) =>
            lat1 is { } a && lon1 is { } b ? GeoMath.DistanceKm(a, b, lat2, lon2) : (double?)null, isDeterministic: true);

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
                return (Iso(month), Iso(new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month))));
            }
            if (v.Length >= 4 && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 0 and < 10000)
            {
                return (Iso(new DateOnly(year, 1, 1)), Iso(new DateOnly(year, 12, 31)));
            }
        }
        return published is { Length: >= 10 } ? (published[..10], published[..10]) : (null, null);
    }

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal DbCommand Command(DbTransaction? tx, string sql)
    {
        var cmd = Connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    internal static void Set(DbCommand cmd, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            DbParameter p;
            if (cmd.Parameters.Contains(name))
            {
                p = cmd.Parameters[name];
            }
            else
            {
                p = cmd.CreateParameter();
                p.ParameterName = name;
                cmd.Parameters.Add(p);
            }
            p.Value = value ?? DBNull.Value;
        }
    }

    internal static void Exec(DbConnection connection, string sql, DbTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}

public enum StoreKind
{
    Sqlite,
    Postgres,
}

public sealed record StoreCounts(long Documents, long Events, long Places, long Actors, long Consolidated);

/// <summary>One extracted article ready for the store, with where it came from.</summary>
public sealed record StoredDocument(string ContentHash, string Source, string? Url, string Origin, ExtractionResult Result);
