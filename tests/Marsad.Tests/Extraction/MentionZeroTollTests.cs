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

    [Fact]
    public void Bombings_whose_series_killed_twenty_get_no_zero_from_the_wounded_of_the_next_sentence()
    {
        var events = Events.Of("لقي أكثر من 20 شخصا حتفهم في سلسلة من التفجيرات استهدفت مباني حكومية في بغداد. وأسفرت التفجيرات عن إصابة 50 شخصا على الأقل.");

        Assert.Null(events.Find(e => e.Type == "REMOTE" && e.Location?.Name == "بغداد")!.Fatalities);
    }
}
