using System.CommandLine;
using System.Text.Json;
using Marsad.Cli;

namespace Marsad.Tests.Store;

public sealed class StoreCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-store-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand("marsad") { IngestCommand.Create(), ConsolidateCommand.Create(), QueryCommand.Create(), ExportCommand.Create() };
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliRunner.Run(root, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Ingest_then_query_and_export_through_the_commands()
    {
        var input = StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 6);
        var store = Path.Combine(_dir, "m.db");
        var (code, _, err) = Run("ingest", input, "--store", store, "--threads", "2", "--published", "2016-02-18");
        Assert.True(code == 0, err);
        Assert.Contains("6 articles read, 6 new, 0 duplicates, 0 errors", err, StringComparison.Ordinal);
        (code, var output, err) = Run("query", "--store", store, "--format", "jsonl", "--limit", "0");
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(l).RootElement.GetProperty("type").GetString())));
        var csv = Path.Combine(_dir, "events.csv");
        (code, _, err) = Run("export", "--store", store, "--format", "acled-csv", "--out", csv);
        Assert.True(code == 0, err);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities",
            File.ReadAllText(csv), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_exit_with_usage_or_input_codes()
    {
        Assert.Equal(3, Run("ingest", Path.Combine(_dir, "absent"), "--store", Path.Combine(_dir, "m.db")).Code);
        Assert.Equal(3, Run("query", "--store", Path.Combine(_dir, "absent.db")).Code);
        var store = Path.Combine(_dir, "m.db");
        Assert.Equal(0, Run("ingest", "--store", store, StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 1)).Code);
        Assert.Equal(2, Run("query", "--store", store, "--bbox", "1,2,3").Code);
        Assert.Equal(2, Run("query", "--store", store, "--from", "2016/01/01").Code);
        Assert.Equal(2, Run("export", "--store", store, "--format", "xml").Code);
        Assert.Equal(2, Run("ingest", "--store", store, "--threads", "0", _dir).Code);
    }
}
