using System.Runtime;
using Marsad.Cli;

namespace Marsad.Tests.Cli;

/// <summary>
/// `marsad extract` on one body long enough for windows switches the collector to blocking
/// collections (docs/performance.md, fourteenth step); a news-sized body leaves it as configured,
/// because batches of short articles ran slower with blocking collections.
/// </summary>
public sealed class LongBodyCollectorTests
{
    [Fact]
    public void A_news_sized_body_leaves_the_collector_as_configured()
    {
        var before = GCSettings.LatencyMode;

        Assert.False(ExtractCommand.BlockingCollectorForLongBody(5_000));
        Assert.Equal(before, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_body_extracted_in_windows_gets_blocking_collections()
    {
        var before = GCSettings.LatencyMode;
        try
        {
            Assert.True(ExtractCommand.BlockingCollectorForLongBody(100_001));
            Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        }
        finally
        {
            GCSettings.LatencyMode = before;
        }
    }

    [Fact]
    public void The_switch_follows_the_pipelines_window_threshold()
    {
        Assert.False(Marsad.Pipeline.MarsadPipeline.ExtractsInWindows(100_000));
        Assert.True(Marsad.Pipeline.MarsadPipeline.ExtractsInWindows(100_001));
    }
}
