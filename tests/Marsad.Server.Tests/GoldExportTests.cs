using Marsad.Evaluation;
using Marsad.Export;
using Marsad.Store;

namespace Marsad.Server.Tests;

/// <summary>export --format gold: reviewed articles become gold files that eval reads.</summary>
public sealed class GoldExportTests : IDisposable
{
    private readonly TestStores _stores = new();

    public void Dispose() => _stores.Dispose();

    [Fact]
    public void Reviewed_articles_become_gold_files_that_the_gold_loader_reads_with_spans_into_their_text()
    {
        var location = _stores.Seeded(false, "gold");
        using var store = MarsadStore.Open(location);
        var capture = store.Run(new EventFilter { Consolidated = true, Type = "CAPTURE", Actor = "ISIL" }).First();
        var remote = store.Run(new EventFilter { Consolidated = true, Type = "REMOTE" }).First();
        var other = store.Run(new EventFilter { Consolidated = true }).First(r => r.Id != capture.Id && r.Id != remote.Id && r.Sources == capture.Sources);
        store.Review(capture.Id, "correct", "أمل", "تصحيح", new ReviewCorrection { Type = "ASSAULT", Fatalities = new Given<int?>(4) }, DateTimeOffset.UnixEpoch);
        store.Review(remote.Id, "confirm", "سامي", null, null, DateTimeOffset.UnixEpoch);
        store.Review(other.Id, "reject", "سامي", "ليس حدثاً", null, DateTimeOffset.UnixEpoch);

        var folder = Path.Combine(_stores.Folder, "gold-out");
        var stats = GoldExporter.Write(store, folder);
        Assert.Equal(2, stats.Articles);
        Assert.Equal(3 - 1, stats.CoreEvents);
        Assert.Equal(1, stats.RejectedEvents);

        var articles = new GoldLoader(_stores.Folder).LoadDirectory(folder);
        Assert.Equal(2, articles.Count);
        var events = articles.SelectMany(a => a.Gold.Events.Select(e => (a, e))).ToList();
        var core = events.Where(x => !x.e.Optional).ToList();
        Assert.Equal(2, core.Count);
        Assert.Contains(core, x => x.e.Type == "ASSAULT" && x.e.Actor1 == "ISIL" && x.e.Fatalities == 4);
        Assert.Contains(core, x => x.e.Type == "REMOTE");
        Assert.DoesNotContain(events, x => x.e.Note?.Contains("rejected", StringComparison.Ordinal) == true);
        Assert.Equal(stats.OptionalEvents, events.Count(x => x.e.Optional));
        // The evidence of each event is found in the article as eval reads it.
        Assert.All(events, x => Assert.Contains(x.e.Evidence!, x.a.Article.Body, StringComparison.Ordinal));
    }
}

/// <summary>The commands around reviews: query --reviewed and export --format gold.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private readonly TestStores _stores = new();

    public void Dispose() => _stores.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var root = new System.CommandLine.RootCommand { Marsad.Cli.QueryCommand.Create(), Marsad.Cli.ExportCommand.Create() };
        StringWriter stdout = new(), stderr = new();
        var code = Marsad.Cli.CliRunner.Run(root, args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Query_lists_a_reviewed_event_marked_and_export_gold_needs_a_folder_and_writes_one_file_pair_per_reviewed_article()
    {
        var location = _stores.Seeded(false, "commands");
        using (var store = MarsadStore.Open(location))
        {
            var e = store.Run(new EventFilter { Consolidated = true, Type = "CAPTURE" }).First();
            store.Review(e.Id, "confirm", "ليلى", null, null, DateTimeOffset.UnixEpoch);
        }
        var query = Run("query", "--store", location, "--consolidated", "--reviewed", "confirmed");
        Assert.Equal(0, query.Code);
        Assert.Contains("[confirmed by ليلى]", query.Out, StringComparison.Ordinal);
        Assert.Contains("1 event", query.Out, StringComparison.Ordinal);
        Assert.Equal(2, Run("query", "--store", location, "--reviewed", "maybe").Code);

        Assert.Equal(2, Run("export", "--store", location, "--format", "gold").Code);
        var folder = Path.Combine(_stores.Folder, "gold-cli");
        var export = Run("export", "--store", location, "--format", "gold", "--out", folder);
        Assert.Equal(0, export.Code);
        Assert.Contains("1 reviewed articles", export.Err, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(folder).Length);
    }
}
