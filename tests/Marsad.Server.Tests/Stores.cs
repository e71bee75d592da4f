using Microsoft.AspNetCore.Hosting;
using Marsad.Pipeline;
using Marsad.Store;
using Npgsql;

namespace Marsad.Server.Tests;

/// <summary>Runs only where MARSAD_PG names a PostgreSQL server with PostGIS (scripts/pg-start.sh prints one).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestStores.PostgresUrl is null)
        {
            Skip = "set MARSAD_PG to a postgres:// URL (PostGIS installed; scripts/pg-start.sh starts one) to run";
        }
    }
}

/// <summary>Fresh stores for one test class: SQLite files in a temporary folder, or schemas of the MARSAD_PG database (dropped at the end).</summary>
public sealed class TestStores : IDisposable
{
    /// <summary>The seed article (SPEC's sample) and a short second one, so a store holds two sources.</summary>
    public const string SecondArticle = """
        غارات روسية على حلب

        قصفت طائرات حربية روسية أحياء في مدينة حلب أمس، ما أدى إلى مقتل خمسة مدنيين، بحسب المرصد السوري لحقوق الإنسان.

        وسيطر تنظيم «داعش» على قرية في ريف حلب الشمالي بعد اشتباكات مع فصائل المعارضة.
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-server-tests-").FullName;
    private readonly List<string> _schemas = [];

    public static string? PostgresUrl => Environment.GetEnvironmentVariable("MARSAD_PG") is { Length: > 0 } v && MarsadStore.IsPostgresLocation(v) ? v : null;

    public string Folder => _dir;

    public string NewStore(bool postgres, string name)
    {
        if (!postgres)
        {
            return Path.Combine(_dir, name + ".db");
        }
        var schema = "marsad_web_" + Guid.NewGuid().ToString("N")[..10];
        using (var connection = new NpgsqlConnection(Marsad.Store.PostgresUrl.ToConnectionString(PostgresUrl!)))
        {
            connection.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            cmd.ExecuteNonQuery();
        }
        _schemas.Add(schema);
        return PostgresUrl + (PostgresUrl!.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "search_path=" + schema + ",public";
    }

    /// <summary>A store holding the sample article (published 2016-02-24) and <see cref="SecondArticle"/>, consolidated.</summary>
    public string Seeded(bool postgres, string name)
    {
        var location = NewStore(postgres, name);
        var second = Path.Combine(_dir, name + "-aleppo.txt");
        File.WriteAllText(second, SecondArticle);
        using var store = MarsadStore.Open(location);
        var ingester = new Ingester(store, Pipeline.Value, new IngestOptions { DefaultPublished = new DateOnly(2016, 2, 24) });
        ingester.RunAsync(IngestInputs.Enumerate([SamplePath, second])).GetAwaiter().GetResult();
        store.Rebuild();
        return location;
    }

    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "samples", "khanaser-goals.txt");

    public static readonly Lazy<MarsadPipeline> Pipeline = new(MarsadPipeline.CreateDefault);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A server child process may still hold a file for a moment; the temp folder is cleaned by the system.
        }
        if (_schemas.Count == 0)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Marsad.Store.PostgresUrl.ToConnectionString(PostgresUrl!));
        connection.Open();
        foreach (var schema in _schemas)
        {
            using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
            cmd.ExecuteNonQuery();
        }
    }
}

/// <summary>The server over one store, in memory (TestServer), configured as <c>marsad serve</c> would be.</summary>
public sealed class MarsadFactory(string store, IReadOnlyDictionary<string, string>? settings = null) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<MarsadServer>
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Marsad:Store", store);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting("Marsad:" + key, value);
        }
    }
}
