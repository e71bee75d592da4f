using Marsad.Routes;
using static Marsad.Tests.Routes.RouteDevSet;

namespace Marsad.Tests.Routes;

public class RouteTimelineTests
{
    private static RouteHistory Khanaser(IEnumerable<RouteEvent> events, int window = 3) =>
        Assert.Single(Build(events, window).Histories, h => h.Route.Id == "sy-khanaser");

    [Fact]
    public void The_dev_set_cuts_reopens_contests_and_cuts_the_Khanaser_road_again_in_date_order()
    {
        var h = Khanaser(RouteDevSet.Khanaser());

        Assert.Equal(
            [RouteState.Cut, RouteState.Open, RouteState.Contested, RouteState.Open, RouteState.Cut, RouteState.Contested, RouteState.Open, RouteState.Cut],
            h.Changes.Select(c => c.State));
        Assert.Equal(["2015-01-05", "2015-01-20", "2015-06-10", "2015-06-15", "2016-02-24", "2016-02-25", "2016-03-02", "2016-03-20"],
            h.Changes.Select(c => c.Since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_blockade_cuts_the_road_at_the_events_place_and_the_party_that_cut_it_holds_it()
    {
        var cut = Khanaser(RouteDevSet.Khanaser()).On(Day("2015-01-10"))!;

        Assert.Equal(RouteState.Cut, cut.State);
        Assert.Equal("خناصر", cut.At);
        Assert.Equal("ISIL", cut.Holder);
        Assert.Contains("BLOCKADE cuts it at «خناصر»", cut.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reopen_opens_the_road()
    {
        var open = Khanaser(RouteDevSet.Khanaser()).On(Day("2015-01-25"))!;

        Assert.Equal(RouteState.Open, open.State);
        Assert.Equal("SYR-MIL", open.Holder);
    }

    [Fact]
    public void A_second_article_on_the_same_cut_joins_its_sources_instead_of_cutting_it_again()
    {
        var h = Khanaser(RouteDevSet.Khanaser());
        var first = h.Changes[0];

        Assert.Equal(["hawar-2015-01-05", "sana-2015-01-06"], first.Events.Select(e => e.Document));
        Assert.Equal(1, first.CutNumber);
    }

    [Fact]
    public void The_Nth_cut_is_counted_from_the_timeline_and_the_articles_claim_is_kept_beside_it()
    {
        var h = Khanaser(RouteDevSet.Khanaser());
        var cuts = h.Changes.Where(c => c.State == RouteState.Cut).ToList();

        Assert.Equal([1, 2, 3], cuts.Select(c => c.CutNumber!.Value));
        Assert.Equal(3, h.Cuts);
        // The seed says «للمرة الرابعة»: the store only knows two cuts up to that day.
        var seed = h.On(Day("2016-02-24"))!;
        Assert.Equal(2, seed.CutNumber);
        Assert.Equal(4, seed.ClaimedNth);
        Assert.Equal("للمرة الرابعة", seed.ClaimText);
        Assert.Null(cuts[2].ClaimedNth);
    }

    [Fact]
    public void A_capture_of_a_waypoint_by_another_party_than_its_last_holder_makes_the_road_contested()
    {
        var h = Khanaser(RouteDevSet.Khanaser());
        var contested = h.On(Day("2015-06-12"))!;

        Assert.Equal(RouteState.Contested, contested.State);
        Assert.Equal("السفيرة", contested.At);
        Assert.Equal("ISIL", contested.Holder);
        Assert.Contains("last held by SYR-MIL", contested.Rule, StringComparison.Ordinal);
        Assert.Contains(h.Notes, n => n.Event.Document == "smart-2015-06-01" && n.Reason.Contains("first known holder", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capture_by_the_party_that_already_holds_the_waypoint_changes_nothing()
    {
        var h = Khanaser(
        [
            Ev("a", "2015-06-01", "CAPTURE", "SYR-MIL", "السفيرة"),
            Ev("b", "2015-06-05", "REOPEN", "SYR-MIL", "خناصر", ends: ["حماة", "حلب"]),
            Ev("c", "2015-06-10", "CAPTURE", "SYR-MIL", "السفيرة"),
        ]);

        Assert.Equal([RouteState.Open], h.Changes.Select(c => c.State));
        Assert.Contains(h.Notes, n => n.Event.Document == "c" && n.Reason.Contains("already held", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capture_of_the_city_a_road_ends_in_never_contests_the_road()
    {
        var layer = Build(
        [
            Ev("a", "2015-06-01", "REOPEN", "SYR-MIL", "خناصر", ends: ["حماة", "حلب"]),
            Ev("b", "2015-06-02", "CAPTURE", "SYR-MIL", "حلب"),
            Ev("c", "2015-06-10", "CAPTURE", "SYR-REBELS", "حلب"),
        ]);

        var h = Assert.Single(layer.Histories);
        Assert.Equal([RouteState.Open], h.Changes.Select(c => c.State));
    }

    [Fact]
    public void Predicted_and_intended_events_never_change_a_state_and_are_listed_as_warnings()
    {
        var h = Khanaser(RouteDevSet.Khanaser());

        Assert.Equal(["intended", "predicted"], h.Warnings.Select(w => w.Event.Modality).Order(StringComparer.Ordinal));
        Assert.All(h.Warnings, w => Assert.Contains("never applied", w.Reason, StringComparison.Ordinal));
        Assert.DoesNotContain(h.Changes.SelectMany(c => c.AllEvents), e => !e.Asserted);
    }

    [Fact]
    public void A_road_only_predicted_to_reopen_has_no_state_but_shows_the_warning()
    {
        var h = Khanaser([Ev("a", "2016-02-26", "REOPEN", "SYR-MIL", "خناصر", modality: "predicted", ends: ["حماة", "حلب"])]);

        Assert.Empty(h.Changes);
        Assert.Null(h.On(Day("2016-03-01")));
        Assert.Single(h.Warnings);
    }

    [Fact]
    public void Two_articles_that_disagree_within_the_window_make_the_road_contested_with_both_sides_listed()
    {
        var conflict = Khanaser(RouteDevSet.Khanaser()).On(Day("2016-02-25"))!;

        Assert.Equal(RouteState.Contested, conflict.State);
        Assert.True(conflict.IsConflict);
        Assert.Equal(["seed"], conflict.Sides![RouteState.Cut].Select(e => e.Document));
        Assert.Equal(["orient-2016-02-25"], conflict.Sides[RouteState.Open].Select(e => e.Document));
        Assert.Contains("sources disagree within 3 days", conflict.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_report_from_an_article_already_in_a_conflict_joins_its_side()
    {
        var events = RouteDevSet.Khanaser();
        events.Add(Ev("orient-2016-02-25", "2016-02-25", "REOPEN", "SYR-MIL", "خناصر", ends: ["حماة", "حلب"], evidence: "أعيد فتح الطريق"));

        var conflict = Khanaser(events).On(Day("2016-02-26"))!;

        Assert.Equal(RouteState.Contested, conflict.State);
        Assert.Equal(2, conflict.Sides![RouteState.Open].Count);
    }

    [Fact]
    public void A_reopening_reported_after_the_window_is_a_change_not_a_conflict()
    {
        var h = Khanaser(RouteDevSet.Khanaser(), window: 0);

        Assert.Equal(RouteState.Open, h.On(Day("2016-02-25"))!.State);
        Assert.DoesNotContain(h.Changes, c => c.IsConflict);
    }

    [Fact]
    public void One_article_telling_a_cut_and_its_reopening_tells_a_sequence_not_a_conflict()
    {
        var h = Khanaser(
        [
            Ev("seed", "2015-01", "CAPTURE", "ISIL", "خناصر"),
            Ev("seed", "2015-01", "REOPEN", "SYR-MIL", "خناصر", ends: ["حماة", "حلب"]),
            Ev("seed", "2016-02-24", "BLOCKADE", "ISIL", "خناصر", ends: ["حماة", "حلب"], claimed: 4, claimText: "للمرة الرابعة"),
            Ev("seed", "2016-02-24", "REOPEN", "SYR-MIL", "خناصر", ends: ["حماة", "حلب"]),
        ]);

        Assert.Equal([RouteState.Open, RouteState.Cut, RouteState.Open], h.Changes.Select(c => c.State));
    }

    [Fact]
    public void The_conflict_ends_with_the_next_report_outside_the_window_and_a_cut_after_it_counts_once()
    {
        var h = Khanaser(RouteDevSet.Khanaser());

        Assert.Equal(RouteState.Open, h.On(Day("2016-03-05"))!.State);
        Assert.Equal(RouteState.Cut, h.On(Day("2016-03-21"))!.State);
        Assert.Equal(3, h.On(Day("2016-03-21"))!.CutNumber);
    }

    [Fact]
    public void The_timeline_does_not_depend_on_the_order_the_store_returns_events_in()
    {
        var inOrder = Khanaser(RouteDevSet.Khanaser());
        var shuffled = RouteDevSet.Khanaser();
        new Random(14).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        var h = Khanaser(shuffled);

        Assert.Equal(inOrder.Changes.Select(c => (c.State, c.Since, c.CutNumber)), h.Changes.Select(c => (c.State, c.Since, c.CutNumber)));
    }

    [Fact]
    public void Before_the_first_asserted_event_the_state_is_unknown()
    {
        Assert.Null(Khanaser(RouteDevSet.Khanaser()).On(Day("2014-12-31")));
    }

    [Fact]
    public void A_besieged_place_is_besieged_by_a_blockade_and_freed_by_a_reopening()
    {
        var layer = Build(
        [
            Ev("a", "2015-07-21", "BLOCKADE", "LBN-HEZ", "مضايا", evidence: "حصار مضايا"),
            Ev("b", "2016-01-11", "REOPEN", "SYR-GOV", "مضايا", evidence: "فك الحصار عن مضايا"),
        ]);

        var h = Assert.Single(layer.Histories);
        Assert.Equal("siege-madaya", h.Route.Id);
        Assert.Equal([RouteState.Besieged, RouteState.Open], h.Changes.Select(c => c.State));
        Assert.Equal(1, h.Changes[0].CutNumber);
    }
}
