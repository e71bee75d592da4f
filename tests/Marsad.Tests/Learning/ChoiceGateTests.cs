using Marsad.Learning;

namespace Marsad.Tests.Learning;

public class ChoiceGateTests
{
    [Fact]
    public void A_one_candidate_gain_does_not_pass_the_gate()
    {
        Assert.False(new ChoiceGate.Tally(700, 645, 646, 1, 0).Passes);
    }

    [Fact]
    public void A_choice_that_wins_about_as_often_as_it_loses_does_not_pass()
    {
        Assert.False(new ChoiceGate.Tally(700, 600, 604, 24, 20).Passes);
    }

    [Fact]
    public void A_choice_that_wins_well_beyond_a_coin_passes()
    {
        Assert.True(new ChoiceGate.Tally(700, 600, 618, 22, 4).Passes);
    }

    [Fact]
    public void Dev_and_the_cross_fitted_pool_are_judged_together()
    {
        // Neither half clears its own margin; together they do.
        var dev = new ChoiceGate.Tally(240, 228, 232, 5, 1);
        var pool = new ChoiceGate.Tally(659, 625, 631, 10, 4);
        Assert.False(dev.Passes);
        Assert.False(pool.Passes);
        Assert.True(dev.Plus(pool).Passes);
    }

    [Fact]
    public void A_type_option_SPEC_bars_is_logged_as_not_admitted()
    {
        // Shelling by aircraft is REMOTE whoever dies: never ATTACK_CIVILIANS (SPEC §2).
        var log = CandidateLogs.Of("قصفت طائرات حربية سوقا شعبيا في مدينة حلب فقتلت عشرة مدنيين.", new DateOnly(2015, 5, 1));
        var options = log.TypeRows.Where(r => r.Group == 0).ToList();
        Assert.False(Assert.Single(options, o => o.Option == "ATTACK_CIVILIANS").Admitted);
        Assert.True(Assert.Single(options, o => o.Option == "REMOTE").Admitted);
    }
}
