using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The side that leaves is the withdrawal's actor1: the subject of the verb of withdrawing, named after it even in a
/// clause of background whose main clause has another subject (issue 9; Q9, Q35 of the hand read of session 37).
/// </summary>
public class WithdrawerSubjectTests
{
    [Fact]
    public void The_army_that_entered_after_the_opponents_withdrew_is_not_the_withdrawer()
    {
        // s38-sides: the bare «المعارضون» of a Syrian article is its rebels (national_actors.tsv rebels); s37b-withdraw left it null.
        var events = Of("وقال مدير المرصد إن الجيش تمكن من الدخول الى حي جوبر في حمص بعد ان انسحب منه المعارضون.");
        var withdrawal = Assert.Single(events, e => e.Type == "WITHDRAW");
        Assert.Equal("SYR-REBELS", withdrawal.Actor1?.Id);
    }

    [Fact]
    public void United_nations_cars_that_pulled_out_at_that_moment_are_the_withdrawers()
    {
        var events = Of("وقال المتحدث إن الجيش السوري قصف قرية مجاورة لبلدة جملة فانسحبت عندها سيارات الامم المتحدة من البلدة.");
        var withdrawal = Assert.Single(events, e => e.Type == "WITHDRAW");
        Assert.Equal("UN", withdrawal.Actor1?.Id);
    }

    [Fact]
    public void The_forces_that_evacuated_a_post_in_the_wake_of_clashes_are_its_withdrawers()
    {
        var events = Of("سيطر مقاتلون معارضون على مركز للهجانة قرب بلدة نصيب بعد اشتباكات اخلت على اثرها القوات النظامية المركز.");
        var withdrawal = Assert.Single(events, e => e.Type == "WITHDRAW");
        Assert.Equal("SYR-MIL", withdrawal.Actor1?.Id);
    }

    [Fact]
    public void Forces_named_after_the_verb_stay_a_withdrawal_s_doer()
    {
        var events = Of("ودخل مقاتلو المعارضة مدينة الرستن بعد ان انسحبت منها قوات النظام.");
        var withdrawal = Assert.Single(events, e => e.Type == "WITHDRAW");
        Assert.Equal("SYR-MIL", withdrawal.Actor1?.Id);
    }
}
