using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The type and modality of a deed, session 35 (issue 9, s35-types): an expectation cue over «أن يكون/تكون» judges a state, a
/// conjecture (possible), not a deed to come (predicted); an aircraft a party aims at is the target of an ASSAULT, not the
/// weapon of a strike; blasts a verb of accompanying joins to a battle are its noise, no strike of their own.
/// </summary>
public class EventTypeThirtyFifthTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void A_likely_cause_of_blasts_heard_is_possible_not_predicted()
    {
        var events = Of("سمعت أصوات انفجارات قوية في دمشق صباح اليوم. ويرجح مراسل الوكالة أن تكون التفجيرات بسبب قصف لمدينة داريا بريف دمشق.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Modality == "possible" && On(e, "قصف"));
        Assert.DoesNotContain(events, e => e.Modality == "predicted");
    }

    [Fact]
    public void A_strike_expected_tomorrow_stays_predicted()
    {
        var events = Of("ومن المتوقع أن تقصف القوات النظامية مدينة داريا بريف دمشق غدا.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Modality == "predicted");
    }

    [Fact]
    public void Fighters_aiming_at_a_helicopter_fight_it()
    {
        var events = Of("وقال ناشطون إن الجيش الحر استهدف طائرة مروحية كانت تحلق فوق حي الخالدية في حمص أمس.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
        Assert.Contains(events, e => e.Type == "ASSAULT" && On(e, "استهدف"));
    }

    [Fact]
    public void Coalition_aircraft_aiming_at_sites_strike_them()
    {
        var events = Of("واستهدفت طائرات التحالف مواقع لتنظيم داعش في مدينة الرقة أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE" && On(e, "استهدفت"));
    }

    [Fact]
    public void Fighters_named_in_the_sentence_before_fire_no_aircraft()
    {
        var events = Of("وقعت اشتباكات عنيفة جنوبي حي جوبر الذي سيطر عليه مقاتلو المعارضة. وأطلقت الطائرات المقاتلة صواريخ حول أحياء جوبر والقابون.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && On(e, "أطلقت"));
    }

    [Fact]
    public void An_aircraft_aimed_at_before_it_was_downed_is_no_strike()
    {
        var events = Of("وأعلنت الفرقة الأولى الساحلية أمس عن إسقاط طائرة استطلاع تابعة لقوات الأسد بعد استهدافها بالمضادات الأرضية في ريف اللاذقية.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void Blasts_that_accompany_a_battle_are_its_noise()
    {
        var events = Of("وتجري معارك عنيفة بين القوات النظامية والمقاتلين المعارضين في حي القدم جنوب دمشق وتصاحبها انفجارات.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }
}
