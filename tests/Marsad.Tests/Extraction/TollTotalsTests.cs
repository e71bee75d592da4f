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

    [Fact]
    public void A_day_s_toll_whose_next_clause_says_where_most_fell_is_no_local_deed_s_toll()
    {
        var events = Of("أكد ناشطون معارضون أن حصيلة القتلى يوم الأحد بلغت 97 قتيلا، سقط معظمهم في حلب وحمص.\nوقال الناشطون إن مقاتلي المعارضة اشتبكوا مع القوات الحكومية في بلدة نبل.");
        Assert.DoesNotContain(events, e => e.Fatalities == 97);
    }

    [Fact]
    public void Most_of_the_dead_told_by_who_they_were_leave_the_toll_its_strike_s()
    {
        var events = Of("قتل 12 شخصا في قصف جوي على مدينة دوما، معظمهم من النساء والأطفال.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Fatalities == 12);
    }
}
