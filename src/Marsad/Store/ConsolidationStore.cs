using System.Data.Common;

namespace Marsad.Store;

/// <summary>Reads event mentions from the store and rebuilds the consolidated tables from them.</summary>
public static class ConsolidationStore
{
    public static List<EventMention> LoadMentions(this MarsadStore store) => store.LoadMentions(null);

    private static List<EventMention> LoadMentions(this MarsadStore store, DbTransaction? tx)
    {
        using var cmd = store.Command(tx, """
            SELECT e.id, d.content_hash, e.ordinal, d.source, d.published, e.type, e.modality, e.actor1, e.actor2,
                   e.location_name, e.lat, e.lon, e.country, e.admin1, e.gazetteer_id, e.location_precision,
                   e.date_value, e.date_precision, e.fatalities, e.evidence_text, e.confidence
            FROM events e JOIN documents d ON d.id = e.document_id
            """);
        using var r = cmd.ExecuteReader();
        var list = new List<EventMention>();
        while (r.Read())
        {
            list.Add(new EventMention(
                r.GetInt64(0), r.GetString(1), r.GetInt32(2), Str(r, 3), Str(r, 4), r.GetString(5), r.GetString(6), Str(r, 7), Str(r, 8),
                Str(r, 9), Dbl(r, 10), Dbl(r, 11), Str(r, 12), Str(r, 13), Str(r, 14), Str(r, 15),
                Str(r, 16), r.GetString(17), r.IsDBNull(18) ? null : r.GetInt32(18), r.GetString(19), r.GetDouble(20)));
        }
        return list;
    }

    /// <summary>Replaces the consolidated tables in one transaction; returns the consolidated count.
    /// The mentions are read inside that transaction, and on PostgreSQL under an advisory lock, so
    /// two processes rebuilding at once take turns and the last one sees every committed mention.</summary>
    public static int Rebuild(this MarsadStore store)
    {
        using var tx = store.Connection.BeginTransaction();
        if (store.IsPostgres)
        {
            MarsadStore.Exec(store.Connection, $"SELECT pg_advisory_xact_lock({MarsadStore.RebuildLock})", tx);
        }
        var consolidated = Consolidator.Consolidate(store.LoadMentions(tx));
        MarsadStore.Exec(store.Connection, "DELETE FROM consolidated_sources", tx);
        MarsadStore.Exec(store.Connection, "DELETE FROM consolidated_events", tx);
        using var insert = store.Command(tx, """
            INSERT INTO consolidated_events(id, type, modality, actor1, actor2, location_name, lat, lon, country, admin1, gazetteer_id,
              location_precision, date_value, date_precision, date_start, date_end, fatalities_low, fatalities_best, fatalities_high,
              confidence, event_count, document_count, evidence_text, sources, review, reviewed_by, reviewed_at)
            VALUES (@id, @type, @modality, @actor1, @actor2, @location_name, @lat, @lon, @country, @admin1, @gazetteer_id,
              @location_precision, @date_value, @date_precision, @date_start, @date_end, @low, @best, @high,
              @confidence, @event_count, @document_count, @evidence_text, @sources, @review, @reviewed_by, @reviewed_at)
            """);
        using var source = store.Command(tx, """
            INSERT INTO consolidated_sources(consolidated_id, event_id, document_hash, ordinal) VALUES (@id, @event, @hash, @ordinal)
            """);
        // Reviews are tied to mentions, not to consolidated ids: the rebuilt event shows the
        // latest review of any of its mentions.
        var reviews = ReviewStore.LatestByMention(store, tx);
        foreach (var machine in consolidated)
        {
            var (c, review) = ReviewStore.Reviewed(machine, reviews);
            MarsadStore.Set(insert, ("@review", review?.Status), ("@reviewed_by", review?.Reviewer), ("@reviewed_at", review?.ReviewedAt));
            MarsadStore.Set(insert, ("@id", c.Id), ("@type", c.Type), ("@modality", c.Modality), ("@actor1", c.Actor1), ("@actor2", c.Actor2),
                ("@location_name", c.LocationName), ("@lat", c.Lat), ("@lon", c.Lon), ("@country", c.Country), ("@admin1", c.Admin1),
                ("@gazetteer_id", c.GazetteerId), ("@location_precision", c.LocationPrecision), ("@date_value", c.DateValue),
                ("@date_precision", c.DatePrecision), ("@date_start", c.DateStart), ("@date_end", c.DateEnd),
                ("@low", c.FatalitiesLow), ("@best", c.FatalitiesBest), ("@high", c.FatalitiesHigh), ("@confidence", c.Confidence),
                ("@event_count", c.EventCount), ("@document_count", c.DocumentCount), ("@evidence_text", c.EvidenceText),
                ("@sources", string.Join("; ", c.Members.Select(m => m.DocumentSource ?? m.DocumentHash).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))));
            insert.ExecuteNonQuery();
            foreach (var m in c.Members)
            {
                MarsadStore.Set(source, ("@id", c.Id), ("@event", m.EventId), ("@hash", m.DocumentHash), ("@ordinal", m.Ordinal));
                source.ExecuteNonQuery();
            }
        }
        tx.Commit();
        return consolidated.Count;
    }

    internal static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    internal static double? Dbl(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
}
