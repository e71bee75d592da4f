using Marsad.Evaluation;
using Marsad.Learning;

namespace Marsad.Tests.Learning;

public class OnTopGateTests
{
    [Fact]
    public void A_choice_whose_keep_model_loses_dev_F1_is_left_out()
    {
        // The 2026-12-07 type choice: tp 145, fp 67 with it against tp 145, fp 65 without it.
        var with = new EventCounts(System: 212, Core: 220, Optional: 0, MatchedCore: 145, MatchedOptional: 0);
        var without = new EventCounts(System: 210, Core: 220, Optional: 0, MatchedCore: 145, MatchedOptional: 0);
        Assert.False(ModelTraining.RaisesDev(with, without));
    }

    [Fact]
    public void A_tie_on_dev_leaves_the_choice_out()
    {
        var same = new EventCounts(System: 200, Core: 220, Optional: 5, MatchedCore: 140, MatchedOptional: 5);
        Assert.False(ModelTraining.RaisesDev(same, same));
    }

    [Fact]
    public void A_choice_whose_keep_model_gains_a_true_event_ships()
    {
        var with = new EventCounts(System: 201, Core: 220, Optional: 0, MatchedCore: 141, MatchedOptional: 0);
        var without = new EventCounts(System: 200, Core: 220, Optional: 0, MatchedCore: 140, MatchedOptional: 0);
        Assert.True(ModelTraining.RaisesDev(with, without));
    }
}
