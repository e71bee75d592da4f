using Marsad.Evaluation;
using Marsad.Ingestion;
using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Tests.Learning;

/// <summary>The keep threshold is picked on dev pooled with out-of-fold train articles; the curve that feeds the pick must be the real pipeline's.</summary>
public class KeepThresholdTests
{
    /// <summary>Counts whose F1 is <paramref name="tp"/> matches against 100 core events and <paramref name="fp"/> false events.</summary>
    private static EventCounts Counts(int tp, int fp) => new(tp + fp, 100, 0, tp, 0);

    [Fact]
    public void Without_gsr_sentences_the_lowest_threshold_within_the_plateau_is_taken()
    {
        // F1: 0.40, 0.50, 0.505, 0.45
        EventCounts[] pool = [Counts(40, 80), Counts(50, 50), Counts(50, 48), Counts(40, 38)];

        Assert.Equal(1, KeepThreshold.Pick(pool, null, 0.01));
        Assert.Equal(2, KeepThreshold.Pick(pool, null, 0));
    }

    [Fact]
    public void Within_the_plateau_the_held_out_gsr_sentences_decide()
    {
        EventCounts[] pool = [Counts(40, 80), Counts(50, 50), Counts(50, 48), Counts(40, 38)];
        double[] gsr = [0.9, 0.4, 0.6, 0.95];

        Assert.Equal(2, KeepThreshold.Pick(pool, i => gsr[i], 0.01));
    }

    [Fact]
    public void A_threshold_off_the_plateau_is_never_picked_for_its_gsr_score()
    {
        EventCounts[] pool = [Counts(40, 80), Counts(50, 50), Counts(50, 48), Counts(40, 38)];
        var asked = new List<int>();

        var pick = KeepThreshold.Pick(pool, i => { asked.Add(i); return i == 3 ? 1.0 : 0.1; }, 0.01);

        Assert.Equal(1, pick);
        Assert.DoesNotContain(3, asked);
        Assert.DoesNotContain(0, asked);
    }

    [Fact]
    public void The_smoothed_pick_takes_the_middle_of_a_plateau_over_a_lone_bump()
    {
        // F1: 0.333, 0.46 (a bump between low neighbours), 0.41, 0.45, 0.45, 0.45, 0.333
        EventCounts[] pool = [Counts(40, 100), Counts(46, 54), Counts(41, 59), Counts(45, 55), Counts(45, 55), Counts(45, 55), Counts(40, 100)];

        Assert.Equal(1, KeepThreshold.Pick(pool, null, 0));
        Assert.Equal(4, KeepThreshold.PickSmoothed(pool));
    }

    [Fact]
    public void Between_equal_smoothed_points_the_lowest_threshold_is_taken()
    {
        EventCounts[] pool = [Counts(45, 55), Counts(45, 55), Counts(45, 55), Counts(45, 55)];

        Assert.Equal(0, KeepThreshold.PickSmoothed(pool));
    }

    [Fact]
    public void A_score_at_the_threshold_is_kept_so_it_falls_on_the_other_side_of_a_higher_one()
    {
        Assert.True(KeepThreshold.SameDecisions([0.1f, 0.5f], 0.2, 0.3));
        Assert.False(KeepThreshold.SameDecisions([0.1f, 0.3f], 0.2, 0.35));
        Assert.False(KeepThreshold.SameDecisions([0.25f], 0.25, 0.3));
    }

    [Fact]
    public void A_candidate_whose_cut_is_held_never_asks_for_another_extraction()
    {
        // The first score is asserted (its cut held), the second not: only the second one moves.
        Assert.True(KeepThreshold.SameDecisions([0.25f, 0.5f], [true, false], 0.2, 0.3));
        Assert.False(KeepThreshold.SameDecisions([0.25f, 0.25f], [true, false], 0.2, 0.3));
    }

    [Fact]
    public void The_cut_of_the_candidates_that_are_not_asserted_moves_down_only_when_the_pool_gains()
    {
        // F1: 0.50, 0.52, 0.50, 0.45
        EventCounts[] gain = [Counts(50, 50), Counts(52, 48), Counts(50, 50), Counts(40, 38)];
        // F1: 0.50, 0.503, 0.50: a gain inside the margin is noise.
        EventCounts[] noise = [Counts(50, 50), Counts(50, 49), Counts(50, 50)];
        // F1: 0.45, 0.50, 0.52: only a higher cut gains, and a higher cut is never taken.
        EventCounts[] above = [Counts(40, 38), Counts(50, 50), Counts(52, 48)];

        Assert.Equal(1, EventKeepTrainer.PickOther(gain, 2));
        Assert.Equal(2, EventKeepTrainer.PickOther(noise, 2));
        Assert.Equal(1, EventKeepTrainer.PickOther(above, 1));
    }

    [Fact]
    public void An_intended_or_negated_candidate_is_cut_at_its_own_threshold_when_the_card_has_one()
    {
        var keep = EventModels.Keep ?? throw new InvalidOperationException("no keep model shipped");
        var split = new BinaryModel(keep, 0.3, 0.1);
        var one = new BinaryModel(keep, 0.3);

        Assert.Equal(0.3, split.ThresholdFor("asserted"));
        Assert.Equal(0.1, split.ThresholdFor("intended"));
        Assert.Equal(0.1, split.ThresholdFor("negated"));
        Assert.Equal(0.3, one.ThresholdFor("intended"));
    }

    [Fact]
    public void Pooled_curves_add_their_counts_threshold_by_threshold()
    {
        var sum = KeepThreshold.Sum([Counts(1, 2), Counts(3, 4)], [Counts(10, 20), Counts(30, 40)]);

        Assert.Equal([Counts(11, 22) with { Core = 200 }, Counts(33, 44) with { Core = 200 }], sum);
    }

    [Fact]
    public void The_curve_over_thresholds_counts_what_one_extraction_per_threshold_counts()
    {
        var keep = EventModels.Keep ?? throw new InvalidOperationException("no keep model shipped");
        var seed = Path.Combine(AppContext.BaseDirectory, "samples", "khanaser-goals.txt");
        var article = ArticleReader.Default.ReadBytes(File.ReadAllBytes(seed), seed, new DateOnly(2016, 2, 24));
        var other = new Article { Source = "t", Body = "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب. وقال ناشطون إن الجيش سيطر على قرية قرب حلب، ثم اعتقلت الشرطة عشرة متظاهرين في دمشق.", Published = new DateOnly(2016, 3, 1) };
        // No coded event: the counts are the system events kept at each threshold.
        GoldArticle[] articles = [new(new GoldDocument { Name = "seed" }, article, "seed.json"), new(new GoldDocument { Name = "other" }, other, "other.json")];
        var pipeline = MarsadPipeline.CreateDefault();
        double[] thresholds = [0.04, 0.1, 0.2, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8];

        var curve = KeepThreshold.Curve(articles, pipeline, keep, thresholds, EventModels.Actor1, EventModels.Type, EventModels.Place, EventModels.Modality, EventModels.Actor2);
        var each = thresholds.Select(t => EventKeepTrainer.Evaluate(articles, pipeline, new BinaryModel(keep, t), EventModels.Actor1, EventModels.Type, EventModels.Place, EventModels.Modality, EventModels.Actor2)).ToArray();

        Assert.Equal(each, curve);
        Assert.True(curve[0].System > curve[^1].System);

        // With the asserted cut held, the curve over the others' cut is one extraction per cut too.
        var heldCurve = KeepThreshold.Curve(articles, pipeline, keep, thresholds, EventModels.Actor1, EventModels.Type, EventModels.Place, EventModels.Modality, EventModels.Actor2, assertedAt: 0.3);
        var heldEach = thresholds.Select(t => EventKeepTrainer.Evaluate(articles, pipeline, new BinaryModel(keep, 0.3, t), EventModels.Actor1, EventModels.Type, EventModels.Place, EventModels.Modality, EventModels.Actor2)).ToArray();

        Assert.Equal(heldEach, heldCurve);
    }
}
