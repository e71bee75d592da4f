using Marsad.Export;
using Marsad.Store;
using Npgsql;
using static Marsad.Tests.Store.StoreFixtures;

namespace Marsad.Tests.Store;

/// <summary>Runs only where MARSAD_PG names a PostgreSQL database with PostGIS available.</summary>
public sealed class PostgisFactAttribute : FactAttribute
{
    public PostgisFactAttribute()
    {
        if (PostgresBackend.BaseUrl is null)
        {
            Skip = "set MARSAD_PG to a PostgreSQL connection string (PostGIS installed) to run";
        }
    }
}

[Trait("Category", "PostGIS")]
public sealed class PostgisTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-postgis-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [PostgisFact]
    public void Events_land_in_postgis_with_points_a_radius_query_finds()
    {
        using var db = MarsadStore.Open(Path.Combine(_dir, "m.db"));
        db.WriteBatch(
        [
            Document("قصفت قوات النظام مدينة منبج.", "2016-02-18", "a", Event("REMOTE", "SYR-MIL", "منبج", 36.528, 37.955, "2016-02-18", 4)),
            Document("سيطر تنظيم داعش على تدمر.", "2015-05-21", "b", Event("CAPTURE", "ISIL", "تدمر", 34.56, 38.28, "2015-05")),
        ]);
        db.Rebuild();
        var connection = PostgresUrl.ToConnectionString(PostgresBackend.BaseUrl!);
        Assert.Equal(2, PostgisExporter.Write(db.Run(new EventFilter { Consolidated = true }), connection, "marsad_events_test"));
        using var pg = new NpgsqlConnection(connection);
        pg.Open();
        using var cmd = new NpgsqlCommand("""
            SELECT location, fatalities, ST_X(geom), ST_Y(geom) FROM marsad_events_test
            WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(37.96, 36.53), 4326)::geography, 5000)
            """, pg);
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        Assert.Equal(("منبج", 4, 37.955, 36.528), (r.GetString(0), r.GetInt32(1), r.GetDouble(2), r.GetDouble(3)));
        Assert.False(r.Read());
    }
}
