using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The event type from the deed's words, session 42 (issue 9, s42-types): a projectile noun that a word of seizing, finding
/// or storing governs is a weapon taken, found or kept, never a strike; projectiles fired stay one.
/// </summary>
public class EventTypeFortySecondTests
{
    [Fact]
    public void Rockets_among_the_weapons_fighters_seized_after_taking_a_base_are_no_strike()
    {
        var events = Of("وقال ناشطون إن مقاتلي المعارضة استولوا على أسلحة بينها صواريخ وذخائر بعد السيطرة على مقر الفوج 46 قرب بلدة الأتارب امس.", new DateOnly(2013, 3, 10));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void Mortar_shells_found_in_a_cache_by_the_police_are_no_strike()
    {
        var events = Of("أعلنت الشرطة العراقية أن قوة أمنية عثرت على مخبأ يضم 30 قذيفة هاون وأسلحة خفيفة في منطقة اللطيفية جنوب بغداد امس.", new DateOnly(2013, 3, 18));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void Rockets_the_regime_fired_at_a_town_stay_a_strike()
    {
        var events = Of("وقال المرصد السوري إن قوات النظام أطلقت صواريخ على بلدة الأتارب امس، ما أدى إلى مقتل أربعة مدنيين.", new DateOnly(2013, 3, 10));
        Assert.Contains(events, e => e.Type == "REMOTE");
    }
}
