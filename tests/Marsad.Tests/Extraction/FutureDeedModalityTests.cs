using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Who stands behind a deed to come (annotation.md 6.2): a side that says «we will» tells its own plan
/// (intended); the writer's or an observer's expectation of what a side will do («من الواضح أن», «يبدو أن»)
/// is predicted; an attempt still to come has not been tried; and a deed said not to exist («لا توجد
/// اشتباكات») is negated.
/// </summary>
public class FutureDeedModalityTests
{
    [Fact]
    public void A_spokesman_saying_we_will_advance_tells_his_sides_plan()
    {
        var events = Of("وقال المتحدث باسم الجيش الحر: في الأيام المقبلة سوف نتقدم باتجاه مدينة الحسكة.");
        Assert.Contains(events, e => e.Modality == "intended");
        Assert.DoesNotContain(events, e => e.Modality is "predicted" or "asserted");
    }

    [Fact]
    public void An_advance_the_writer_expects_the_army_to_attempt_is_predicted()
    {
        var events = Of("ومن الواضح أن الجيش السوري سيحاول التقدم نحو بلدة خناصر في ريف حلب.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Modality == "predicted");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Modality is "asserted" or "intended");
    }

    [Fact]
    public void An_attack_the_forces_seem_about_to_launch_is_predicted()
    {
        var events = Of("ويبدو أن قوات النظام ستشن هجوما على مدينة داريا خلال الأيام المقبلة.");
        Assert.Contains(events, e => e.Modality == "predicted");
        Assert.DoesNotContain(events, e => e.Modality is "intended" or "asserted");
    }

    [Fact]
    public void A_shelling_that_seems_to_have_happened_stays_asserted()
    {
        var events = Of("ويبدو أن قوات النظام قصفت مدينة داريا بالمدفعية الثقيلة أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Modality == "asserted");
    }

    [Fact]
    public void An_attempt_to_storm_still_to_come_was_not_tried()
    {
        var events = Of("وقال مصدر عسكري إن الجيش سيحاول اقتحام مدينة داريا.");
        Assert.DoesNotContain(events, e => e.Modality == "asserted");
    }

    [Fact]
    public void Clashes_a_commander_says_there_are_none_of_at_the_crossing_are_negated()
    {
        var events = Of("وقال قائد ميداني إن المعبر ما زال تحت سيطرة قوات النظام، وإنه لا توجد اشتباكات مع الجيش الحر في معبر نصيب.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Modality == "negated");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Modality == "asserted");
    }
}
