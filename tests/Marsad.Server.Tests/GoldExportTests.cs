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
