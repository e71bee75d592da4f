using System.CommandLine;
using System.Text.Json;
using Marsad.Cli;

namespace Marsad.Tests.Store;

public sealed class StoreCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-store-cli-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Bad_arguments_exit_with_usage_or_input_codes()
    {
        Assert.Equal(3, StoreFixtures.Run("ingest", Path.Combine(_dir, "absent"), "--store", Path.Combine(_dir, "m.db")).Code);
        Assert.Equal(3, StoreFixtures.Run("query", "--store", Path.Combine(_dir, "absent.db")).Code);
        var store = Path.Combine(_dir, "m.db");
        Assert.Equal(0, StoreFixtures.Run("ingest", "--store", store, StoreFixtures.WriteArticles(Path.Combine(_dir, "in"), 1)).Code);
        Assert.Equal(2, StoreFixtures.Run("query", "--store", store, "--bbox", "1,2,3").Code);
        Assert.Equal(2, StoreFixtures.Run("query", "--store", store, "--from", "2016/01/01").Code);
        Assert.Equal(2, StoreFixtures.Run("export", "--store", store, "--format", "xml").Code);
        Assert.Equal(2, StoreFixtures.Run("ingest", "--store", store, "--threads", "0", _dir).Code);
    }
}
