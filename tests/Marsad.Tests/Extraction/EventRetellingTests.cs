using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Precision, s7-prec: a round-up of a campaign over a country is no itemised event
/// (docs/annotation.md 4.2, 4.3, 4.6), while lists of one area and protest lists stay apart; one
/// happening told twice with and without its doer is one event (SPEC §1), a merge tried and not
/// shipped, whose tests wait skipped.
/// </summary>
public sealed class EventRetellingTests
{
    [Fact]
    public void Blast_told_again_without_its_doer_at_the_same_market_is_one_event_with_the_doer()
    {
        var events = Of("فجر تنظيم داعش سيارة مفخخة في سوق مدينة الحلة. وقال شهود إن الانفجار وقع في سوق مدينة الحلة.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("ISIL", e.Actor1?.Id);
    }

    [Fact]
    public void Blast_first_told_without_a_doer_takes_the_doer_of_its_later_telling()
    {
        var events = Of("وقع انفجار في سوق مدينة الحلة. وفجر تنظيم داعش سيارة مفخخة في سوق مدينة الحلة.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("ISIL", e.Actor1?.Id);
    }

    [Fact]
    public void Two_sides_shelling_one_town_stay_two_events()
    {
        var events = Of("قصفت قوات النظام مدينة دوما بالمدفعية. وقصفت فصائل المعارضة مدينة دوما بالصواريخ.");
        Assert.Equal(2, events.Count(x => x.Type == "REMOTE"));
    }

    [Fact(Skip = "tried in s7-prec, not shipped: the merge across doers regressed the retrained models (docs/learning.md, s7-prec)")]
    public void Strikes_placed_in_the_whole_country_and_then_at_a_town_are_one_event_at_the_town()
    {
        var events = Of("شنت الطائرات الروسية غارات على سوريا. واستهدفت الغارات مدينة إدلب.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        AssertPlace(e, "إدلب", "SY");
    }

    [Fact]
    public void Strikes_across_the_country_listing_five_far_cities_are_a_round_up_and_no_event() =>
        Assert.DoesNotContain(Of("شنت القوات الحكومية غارات جوية في أنحاء البلاد بما في ذلك حلب ودمشق ودرعا وحمص وإدلب."), x => x.Type == "REMOTE");

    [Fact]
    public void Shelling_of_five_villages_of_one_area_stays_one_event_per_village()
    {
        var events = Of("قصفت قوات النظام بلدات كفرنبل وحاس وكفرومة ومعرة النعمان وسراقب.");
        Assert.Equal(5, events.Count(x => x.Type == "REMOTE"));
    }

    [Fact]
    public void Protests_in_five_far_provinces_stay_one_event_per_province()
    {
        var events = Of("خرجت مظاهرات حاشدة في البصرة والنجف وكربلاء وبغداد والديوانية.");
        Assert.Equal(5, events.Count(x => x.Type == "PROTEST"));
    }
}
