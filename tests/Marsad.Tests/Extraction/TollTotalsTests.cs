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
    public void Most_of_the_dead_told_by_who_they_were_leave_the_toll_its_strike_s()
    {
        var events = Of("قتل 12 شخصا في قصف جوي على مدينة دوما، معظمهم من النساء والأطفال.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Fatalities == 12);
    }

    [Fact]
    public void A_day_s_toll_shared_out_after_a_comma_is_not_the_capture_told_beside_it()
    {
        var events = Of("أكدت المعارضة السورية أن حصيلة القتال يوم الاثنين بلغت 112 قتيلا، سقط معظمهم في حلب ودمشق، وكشفت عن سيطرة مقاتلي الجيش الحر على مطار الجراح العسكري.");
        Assert.DoesNotContain(events, e => e.Fatalities == 112);
    }

    [Fact]
    public void A_network_s_toll_shared_out_after_a_comma_is_not_the_shelling_told_before_it()
    {
        var events = Of("قصف الجيش الحر مبنى الأركان العامة في دمشق بقذائف الهاون، فيما أعلنت الشبكة عن مقتل 87 شخصا، معظمهم في دمشق وحلب.");
        Assert.DoesNotContain(events, e => e.Fatalities == 87);
    }
}
