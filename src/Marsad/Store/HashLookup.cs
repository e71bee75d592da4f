namespace Marsad.Store;

/// <summary>Which of a few content hashes a store already holds: a worker asks before extracting,
/// so a redelivered or re-sent article costs one query instead of an extraction.</summary>
public static class HashLookup
{
    public static HashSet<string> ExistingHashes(this MarsadStore store, IReadOnlyCollection<string> hashes)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (hashes.Count == 0)
        {
            return found;
        }
        var distinct = hashes.Distinct(StringComparer.Ordinal).ToList();
        var names = distinct.Select((_, i) => "@h" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        using var cmd = store.Command(null, $"SELECT content_hash FROM documents WHERE content_hash IN ({string.Join(", ", names)})");
        MarsadStore.Set(cmd, [.. names.Zip(distinct, (n, h) => (n, (object?)h))]);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            found.Add(reader.GetString(0));
        }
        return found;
    }

    /// <summary>Reopens the store's connection when a server outage broke it (PostgreSQL); a
    /// long-running worker then resumes when the server is back instead of failing every batch.
    /// Returns false while the server still cannot be reached.</summary>
    public static bool EnsureOpen(this MarsadStore store)
    {
        if (store.Connection.State == System.Data.ConnectionState.Open)
        {
            return true;
        }
        try
        {
            store.Connection.Close();
            store.Connection.Open();
            return true;
        }
        catch (System.Data.Common.DbException)
        {
            return false;
        }
    }
}
