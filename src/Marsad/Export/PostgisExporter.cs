using Marsad.Store;
using Npgsql;
using NpgsqlTypes;

namespace Marsad.Export;

/// <summary>
/// Writes events into a PostgreSQL table with a PostGIS point column (SRID 4326) and a GiST index,
/// for spatial SQL and GIS clients. The table is replaced in one transaction, so readers see the
/// old rows or the new ones, never half.
/// </summary>
public static class PostgisExporter
{
    private static readonly string[] Columns =
    [
        "id", "type", "modality", "actor1", "actor2", "location", "lat", "lon", "country", "admin1", "gazetteer_id",
        "location_precision", "date_value", "date_precision", "date_start", "date_end", "fatalities", "fatalities_low",
        "fatalities_high", "confidence", "source_count", "sources", "evidence",
    ];

    public static int Write(IEnumerable<EventRow> events, string connectionString, string table = "marsad_events")
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(table, "^[a-z_][a-z0-9_]{0,62}$"))
        {
            throw new ArgumentException($"table name '{table}' must be a plain lower-case identifier", nameof(table));
        }
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Exec(connection, null, "CREATE EXTENSION IF NOT EXISTS postgis");
        using var tx = connection.BeginTransaction();
        Exec(connection, tx, $"DROP TABLE IF EXISTS {table}");
        Exec(connection, tx, $"""
            CREATE TABLE {table} (
              id text PRIMARY KEY, type text NOT NULL, modality text NOT NULL, actor1 text, actor2 text,
              location text, lat double precision, lon double precision, country text, admin1 text, gazetteer_id text,
              location_precision text, date_value text, date_precision text NOT NULL, date_start date, date_end date,
              fatalities integer, fatalities_low integer, fatalities_high integer, confidence double precision NOT NULL,
              source_count integer NOT NULL, sources text, evidence text NOT NULL,
              geom geometry(Point, 4326) GENERATED ALWAYS AS
                (CASE WHEN lon IS NOT NULL AND lat IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED)
            """);
        var count = 0;
        using (var copy = connection.BeginBinaryImport($"COPY {table} ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var e in events)
            {
                copy.StartRow();
                copy.Write((e.Consolidated ? "C" : "M") + e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), NpgsqlDbType.Text);
                copy.Write(e.Type, NpgsqlDbType.Text);
                copy.Write(e.Modality, NpgsqlDbType.Text);
                Text(copy, e.Actor1);
                Text(copy, e.Actor2);
                Text(copy, e.LocationName);
                Number(copy, e.Lat);
                Number(copy, e.Lon);
                Text(copy, e.Country);
                Text(copy, e.Admin1);
                Text(copy, e.GazetteerId);
                Text(copy, e.LocationPrecision);
                Text(copy, e.DateValue);
                copy.Write(e.DatePrecision, NpgsqlDbType.Text);
                Date(copy, e.DateStart);
                Date(copy, e.DateEnd);
                Integer(copy, e.Fatalities);
                Integer(copy, e.FatalitiesLow);
                Integer(copy, e.FatalitiesHigh);
                copy.Write(e.Confidence, NpgsqlDbType.Double);
                copy.Write(e.DocumentCount, NpgsqlDbType.Integer);
                Text(copy, e.Sources);
                copy.Write(e.EvidenceText, NpgsqlDbType.Text);
                count++;
            }
            copy.Complete();
        }
        Exec(connection, tx, $"CREATE INDEX {table}_geom ON {table} USING gist (geom)");
        Exec(connection, tx, $"CREATE INDEX {table}_date ON {table} (date_start)");
        tx.Commit();
        return count;
    }

    private static void Exec(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, connection, tx);
        cmd.ExecuteNonQuery();
    }

    private static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void Number(NpgsqlBinaryImporter copy, double? value)
    {
        if (value is { } v)
        {
            copy.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static void Integer(NpgsqlBinaryImporter copy, int? value)
    {
        if (value is { } v)
        {
            copy.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static void Date(NpgsqlBinaryImporter copy, string? iso)
    {
        if (iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
        {
            copy.Write(d, NpgsqlDbType.Date);
        }
        else
        {
            copy.WriteNull();
        }
    }
}
