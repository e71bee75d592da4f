using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A summary lead told at a region and the body's telling at a town inside it are one event at the town
/// (s24-lead; SPEC §6, the same happening told twice): EventMerger.FoldLeadsIntoTowns. Rules only.
/// </summary>
public sealed class EventSummaryLeadTests
{
    [Fact]
    public void A_lead_at_a_governorate_and_the_body_telling_at_its_town_are_one_event_at_the_town()
    {
        var events = Of("قصفت طائرات النظام محافظة حلب اليوم. وقال المرصد إن طائرات النظام شنت غارات على مدينة منبج.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("منبج", e.Location?.Name);
    }

    [Fact]
    public void A_lead_in_the_north_of_the_country_and_the_body_telling_at_a_northern_town_are_one_event()
    {
        var events = Of("سيطر مقاتلو المعارضة على سد الفرات في شمال سوريا اليوم. وقال المرصد إن مقاتلي المعارضة سيطروا على سد الفرات في مدينة الطبقة.");
        var e = Assert.Single(events, x => x.Type == "CAPTURE");
        Assert.Equal("الطبقة", e.Location?.Name);
    }

    [Fact]
    public void A_town_off_the_bearing_of_the_lead_is_another_event()
    {
        // Daraa lies in the south: the northern shelling is not its telling.
        var events = Of("قصفت قوات النظام مناطق في شمال سوريا اليوم. وقصفت قوات النظام مدينة درعا بالمدفعية.");
        Assert.True(events.Count(x => x.Type == "REMOTE") == 2, Describe(events));
    }

    [Fact]
    public void A_town_of_another_governorate_is_another_event()
    {
        var events = Of("قصفت طائرات النظام محافظة حلب اليوم. وقصفت طائرات النظام مدينة سراقب.");
        Assert.True(events.Count(x => x.Type == "REMOTE") == 2, Describe(events));
    }

    [Fact]
    public void A_lead_at_a_whole_country_and_the_body_telling_at_its_town_are_one_event_at_the_town()
    {
        // s34-finer: a strike told «في سوريا» and then at the village it hit is one strike, placed at the village.
        var events = Of("شنت طائرات إسرائيلية غارة جوية على موقع عسكري في سوريا اليوم. وقالت مصادر إن طائرات إسرائيلية شنت الغارة على مركز للبحوث في جمرايا.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("جمرايا", e.Location?.Name);
    }

    [Fact]
    public void A_town_of_another_country_is_another_event_after_a_country_lead()
    {
        var events = Of("شنت طائرات التحالف غارات جوية على مواقع التنظيم في سوريا اليوم. وشنت طائرات التحالف غارات على مدينة الموصل.");
        Assert.True(events.Count(x => x.Type == "REMOTE") == 2, Describe(events));
    }

    [Fact]
    public void A_telling_with_no_place_and_the_next_telling_at_a_town_of_the_focus_are_one_event_at_the_town()
    {
        // s34-finer: the kidnapping told first with no place is the one told next at its town, not a second one at the focus.
        var events = Of("قال المرصد إن مسلحي تنظيم داعش خطفوا عشرات المسيحيين. وأضاف المرصد أن مسلحي تنظيم داعش خطفوا المسيحيين من دير في مدينة القريتين بمحافظة حمص.");
        var e = Assert.Single(events, x => x.Type == "ATTACK_CIVILIANS");
        Assert.Equal("القريتين", e.Location?.Name);
    }

    [Fact]
    public void A_lead_at_a_governorate_folds_into_a_town_the_gazetteer_leaves_without_a_province()
    {
        // s36-finer: the row of Deir al-Asafir carries no admin1; the towns around it are Rif Dimashq's.
        var events = Of("شنت طائرات النظام غارات على مناطق في ريف دمشق اليوم. وقال المرصد إن طائرات النظام شنت غارات على بلدة دير العصافير.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("دير العصافير", e.Location?.Name);
    }

    [Fact]
    public void A_town_without_a_province_in_another_governorate_is_another_event()
    {
        // Jubata al-Khashab (no admin1) lies in Quneitra, not in Rif Dimashq.
        var events = Of("شنت طائرات النظام غارات على مناطق في ريف دمشق اليوم. وقال المرصد إن طائرات النظام شنت غارات على بلدة جباتا الخشب.");
        Assert.True(events.Count(x => x.Type == "REMOTE") == 2, Describe(events));
    }
}
