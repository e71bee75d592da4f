namespace Marsad.Tests.Extraction;

/// <summary>
/// A later definite mention's wounded-only report is the happening's 0 when no mention of it tells any
/// dead (docs/events.md, "s17-toll").
/// </summary>
public class MentionZeroTollTests
{
    [Fact]
    public void Shells_whose_shelling_later_wounded_ten_have_no_dead()
    {
        var events = Events.Of("سقطت عدة قذائف بجوار مبنى وزارة التعليم العالي في دمشق صباح اليوم. وذكر شهود أن عشرة مدنيين على الأقل أصيبوا جراء القصف.");

        Assert.Contains(events, e => e.Type == "REMOTE" && e.Fatalities == 0);
    }

    [Fact]
    public void Shells_whose_shelling_later_killed_two_keep_no_zero()
    {
        var events = Events.Of("سقطت عدة قذائف بجوار مبنى وزارة التعليم العالي في دمشق صباح اليوم. وذكر شهود أن مدنيين أصيبوا وقتل شخصان جراء القصف.");

        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Fatalities == 0);
    }
}
