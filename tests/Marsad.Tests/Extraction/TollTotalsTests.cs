using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A count of dead over many happenings is given to none of them (docs/annotation.md 4.2; docs/events.md, s13-toll).</summary>
public class TollTotalsTests
{
    [Fact]
    public void A_national_daily_toll_is_not_divided_among_the_places_of_a_round_up()
    {
        var events = Of("قال المرصد إن 220 شخصا قتلوا أمس الثلاثاء في سوريا، وإن عدة مناطق في حلب ودرعا تشهد قصفا واشتباكات بين القوات الحكومية والمعارضة المسلحة.");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.Fatalities));
    }

    [Fact]
    public void Dead_spread_over_several_towns_are_no_one_event_s_toll()
    {
        var events = Of("أعلنت الهيئة أن 96 شخصا قتلوا اليوم بنيران القوات الحكومية معظمهم في إدلب ودمشق.\nوقصفت القوات الحكومية مدينة دوما بالصواريخ.");
        Assert.DoesNotContain(events, e => e.Fatalities == 96);
    }

    [Fact]
    public void A_toll_told_with_its_attack_in_a_country_is_the_attack_s()
    {
        var events = Of("قتل سبعة أشخاص في انفجار سيارة مفخخة في العراق أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Fatalities == 7);
    }
}
