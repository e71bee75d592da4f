using Marsad.Routes;
using static Marsad.Tests.Routes.RouteDevSet;

namespace Marsad.Tests.Routes;

public class RouteReportTests
{
    private static RouteHistory Khanaser() => Assert.Single(Build(RouteDevSet.Khanaser()).Histories, h => h.Route.Id == "sy-khanaser");

    [Fact]
    public void On_a_day_only_the_reports_known_by_then_support_the_state()
    {
        var h = Khanaser();

        var first = RouteReport.Of(h, Day("2015-01-05")).Current!;
        var later = RouteReport.Of(h, Day("2015-01-10")).Current!;

        Assert.Equal(["hawar-2015-01-05"], first.Sources.Select(s => s.Document));
        Assert.Equal("2015-01-05", first.LastReport);
        Assert.Equal(["hawar-2015-01-05", "sana-2015-01-06"], later.Sources.Select(s => s.Document));
        Assert.Equal("2015-01-06", later.LastReport);
    }

    [Fact]
    public void The_report_keeps_the_whole_history_and_counts_cuts_up_to_the_day()
    {
        var report = RouteReport.Of(Khanaser(), Day("2016-02-24"));

        Assert.Equal("cut", report.State);
        Assert.Equal(8, report.Changes.Count);
        Assert.Equal(3, report.CutsTotal);
        Assert.Equal(2, report.CutsByDay);
        Assert.Equal(2, report.Warnings.Count);
    }

    [Fact]
    public void A_conflict_lists_each_side_under_its_state()
    {
        var conflict = RouteReport.Of(Khanaser(), Day("2016-02-25")).Current!;

        Assert.Equal("contested", conflict.State);
        Assert.Equal(["seed"], conflict.Sides!["cut"].Select(s => s.Document));
        Assert.Equal(["orient-2016-02-25"], conflict.Sides["open"].Select(s => s.Document));
    }
}
