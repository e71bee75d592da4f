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

/// <summary>Writing: a batch of extracted documents stored in one transaction, in order, with its events, places and actors (bulk copy on PostgreSQL).</summary>
public sealed partial class MarsadStore
{
    /// <summary>Writes a batch of new documents in one transaction. Returns how many were new
    /// (a hash already present is skipped, so a batch replayed after a crash adds nothing twice).
    /// Cancellation is checked between documents: a cancelled batch rolls back whole.</summary>
    public (int Documents, int Events) WriteBatch(IReadOnlyList<StoredDocument> batch, CancellationToken cancel = default)
    {
        // Hash order: two processes inserting overlapping batches take the unique-index locks in
        // the same order, so neither can wait on the other in a cycle.
        var ordered = batch.OrderBy(d => d.ContentHash, StringComparer.Ordinal).ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return WriteOrdered(ordered, cancel);
            }
            catch (PostgresException e) when (attempt < 5 && e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                // The transaction rolled back whole; replaying it is safe.
                Thread.Sleep(50 * attempt);
            }
        }
    }

    private static readonly (string Name, NpgsqlDbType Type)[] EventColumns =
    [
        ("document_id", NpgsqlDbType.Bigint), ("ordinal", NpgsqlDbType.Integer), ("type", NpgsqlDbType.Text), ("modality", NpgsqlDbType.Text),
        ("actor1", NpgsqlDbType.Text), ("actor1_text", NpgsqlDbType.Text), ("actor2", NpgsqlDbType.Text), ("actor2_text", NpgsqlDbType.Text),
        ("location_name", NpgsqlDbType.Text), ("lat", NpgsqlDbType.Double), ("lon", NpgsqlDbType.Double), ("country", NpgsqlDbType.Text),
        ("admin1", NpgsqlDbType.Text), ("gazetteer_id", NpgsqlDbType.Text), ("location_precision", NpgsqlDbType.Text), ("route", NpgsqlDbType.Text),
        ("date_value", NpgsqlDbType.Text), ("date_precision", NpgsqlDbType.Text), ("date_text", NpgsqlDbType.Text),
        ("date_start", NpgsqlDbType.Text), ("date_end", NpgsqlDbType.Text), ("fatalities", NpgsqlDbType.Integer),
        ("evidence_start", NpgsqlDbType.Integer), ("evidence_end", NpgsqlDbType.Integer), ("evidence_text", NpgsqlDbType.Text),
        ("attribution", NpgsqlDbType.Text), ("confidence", NpgsqlDbType.Double),
    ];

    private static readonly (string Name, NpgsqlDbType Type)[] PlaceColumns =
    [
        ("document_id", NpgsqlDbType.Bigint), ("start", NpgsqlDbType.Integer), ("end", NpgsqlDbType.Integer), ("text", NpgsqlDbType.Text),
        ("name", NpgsqlDbType.Text), ("lat", NpgsqlDbType.Double), ("lon", NpgsqlDbType.Double), ("country", NpgsqlDbType.Text),
        ("admin1", NpgsqlDbType.Text), ("gazetteer_id", NpgsqlDbType.Text), ("precision", NpgsqlDbType.Text),
    ];

    private static readonly (string Name, NpgsqlDbType Type)[] ActorColumns =
    [
        ("document_id", NpgsqlDbType.Bigint), ("start", NpgsqlDbType.Integer), ("end", NpgsqlDbType.Integer), ("text", NpgsqlDbType.Text), ("actor_id", NpgsqlDbType.Text),
    ];

    private (int Documents, int Events) WriteOrdered(List<StoredDocument> batch, CancellationToken cancel)
    {
        int docs = 0, events = 0;
        using var tx = Connection.BeginTransaction();
        // PostgreSQL: the full-text row goes in the same statement (one round trip per document).
        using var insertDoc = Command(tx, IsPostgres
            ? """
              WITH d AS (
                INSERT INTO documents(content_hash, source, external_id, url, origin, title, author, dateline, published, body)
                VALUES (@hash, @source, @external_id, @url, @origin, @title, @author, @dateline, @published, @body)
                ON CONFLICT (content_hash) DO NOTHING
                RETURNING id)
              INSERT INTO documents_fts(rowid, body) SELECT id, to_tsvector('simple', @folded) FROM d
              RETURNING rowid
              """
            : """
              INSERT INTO documents(content_hash, source, external_id, url, origin, title, author, dateline, published, body)
              VALUES (@hash, @source, @external_id, @url, @origin, @title, @author, @dateline, @published, @body)
              ON CONFLICT (content_hash) DO NOTHING
              RETURNING id
              """);
        using var insertFts = IsPostgres ? null : Command(tx, "INSERT INTO documents_fts(rowid, body) VALUES (@id, @body)");
        using var eventRows = new RowSink(this, tx, "events", EventColumns);
        using var placeRows = new RowSink(this, tx, "places", PlaceColumns);
        using var actorRows = new RowSink(this, tx, "actors", ActorColumns);
        foreach (var doc in batch)
        {
            cancel.ThrowIfCancellationRequested();
            var d = doc.Result.Document;
            var folded = ArabicNormalizer.NormalizeKey(d.Body ?? string.Empty);
            Set(insertDoc, ("@hash", doc.ContentHash), ("@source", doc.Source), ("@external_id", d.Id), ("@url", doc.Url),
                ("@origin", doc.Origin), ("@title", d.Title), ("@author", d.Author), ("@dateline", d.Dateline),
                ("@published", d.Published), ("@body", d.Body ?? string.Empty));
            if (IsPostgres)
            {
                Set(insertDoc, ("@folded", folded));
            }
            if (insertDoc.ExecuteScalar() is not long id)
            {
                continue;
            }
            docs++;
            if (insertFts is not null)
            {
                Set(insertFts, ("@id", id), ("@body", folded));
                insertFts.ExecuteNonQuery();
            }
            var ordinal = 0;
            foreach (var e in doc.Result.Events)
            {
                var (start, end) = DateRange(e.Date, d.Published);
                eventRows.Add(id, ordinal++, e.Type, e.Modality, e.Actor1?.Id, e.Actor1?.Text, e.Actor2?.Id, e.Actor2?.Text,
                    e.Location?.Name, e.Location?.Lat, e.Location?.Lon, e.Location?.Country, e.Location?.Admin1, e.Location?.GazetteerId,
                    e.Location?.Precision, e.Route is null ? null : JsonSerializer.Serialize(e.Route),
                    e.Date.Value, e.Date.Precision, e.Date.Text, start, end, e.Fatalities,
                    e.Evidence.Start, e.Evidence.End, e.Evidence.Text, e.Attribution, e.Confidence);
                events++;
            }
            foreach (var p in doc.Result.Places)
            {
                placeRows.Add(id, p.Start, p.End, p.Text, p.Name, p.Lat, p.Lon, p.Country, p.Admin1, p.GazetteerId, p.Precision);
            }
            foreach (var a in doc.Result.Actors)
            {
                actorRows.Add(id, a.Start, a.End, a.Text, a.Id);
            }
        }
        cancel.ThrowIfCancellationRequested();
        eventRows.Flush();
        placeRows.Flush();
        actorRows.Flush();
        cancel.ThrowIfCancellationRequested();
        tx.Commit();
        return (docs, events);
    }

    /// <summary>
    /// Rows for one table inside a batch's transaction: on SQLite one prepared INSERT each (an
    /// in-process call), on PostgreSQL gathered and sent in one binary COPY when the batch ends,
    /// because a round trip per mention row would dominate the ingest.
    /// </summary>
    private sealed class RowSink : IDisposable
    {
        private readonly MarsadStore _store;
        private readonly (string Name, NpgsqlDbType Type)[] _columns;
        private readonly string _table;
        private readonly DbCommand? _insert;
        private readonly List<object?[]> _rows = [];

        public RowSink(MarsadStore store, DbTransaction tx, string table, (string Name, NpgsqlDbType Type)[] columns)
        {
            _store = store;
            _table = table;
            _columns = columns;
            if (!store.IsPostgres)
            {
                _insert = store.Command(tx, $"INSERT INTO {table}({ColumnList}) VALUES ({string.Join(", ", columns.Select(c => "@" + c.Name))})");
            }
        }

        private string ColumnList => string.Join(", ", _columns.Select(c => c.Name is "end" ? "\"end\"" : c.Name));

        public void Add(params object?[] values)
        {
            if (_insert is null)
            {
                _rows.Add(values);
                return;
            }
            for (var i = 0; i < values.Length; i++)
            {
                Set(_insert, ("@" + _columns[i].Name, values[i]));
            }
            _insert.ExecuteNonQuery();
        }

        public void Flush()
        {
            if (_rows.Count == 0)
            {
                return;
            }
            using (var importer = ((NpgsqlConnection)_store.Connection).BeginBinaryImport($"COPY {_table} ({ColumnList}) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var row in _rows)
                {
                    importer.StartRow();
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (row[i] is null)
                        {
                            importer.WriteNull();
                        }
                        else
                        {
                            importer.Write(row[i], _columns[i].Type);
                        }
                    }
                }
                importer.Complete();
            }
            _rows.Clear();
        }

        public void Dispose() => _insert?.Dispose();
    }
}
