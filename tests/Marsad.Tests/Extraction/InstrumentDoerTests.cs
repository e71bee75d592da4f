using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A strike noun behind ب is the instrument of the verb of striking before it (docs/events.md,
/// "s24-doer"): what stands between the verb and the instrument is its object, the target, and the
/// deed's doer is the verb's subject.
/// </summary>
public class InstrumentDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Strikes_counted_behind_b_after_a_plural_verb_are_its_subjects_not_its_objects()
    {
        var events = RulesOnly("وقال الجيش الأميركي إن الولايات المتحدة وحلفاءها استهدفوا مسلحي تنظيم داعش بتسع ضربات جوية في سوريا.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("USA-COALITION", e.Actor1?.Id);
    }

    [Fact]
    public void Mortar_shells_behind_b_after_a_verb_with_its_subject_before_are_that_subjects()
    {
        var events = RulesOnly("الجيش السوري الحر قصف قصر تشرين الرئاسي في العاصمة دمشق بقذائف هاون.");
        Assert.All(events.Where(x => x.Type == "REMOTE"), e => Assert.Equal("SYR-REBELS", e.Actor1?.Id));
        Assert.Contains(events, x => x.Type == "REMOTE");
    }

    [Fact]
    public void Raids_counted_behind_b_after_a_verb_with_its_subject_after_are_that_subjects()
    {
        var events = RulesOnly("واستهدف الجيش السوري مواقع جبهة النصرة بعدة غارات في ريف إدلب.");
        Assert.All(events.Where(x => x.Type == "REMOTE"), e => Assert.Equal("SYR-MIL", e.Actor1?.Id));
        Assert.Contains(events, x => x.Type == "REMOTE");
    }

    [Fact]
    public void Strikes_named_by_their_own_subject_keep_it()
    {
        var events = RulesOnly("شنت طائرات التحالف غارات جوية على مواقع تنظيم داعش قرب الرقة.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("USA-COALITION", e.Actor1?.Id);
    }

    [Fact]
    public void Units_belonging_to_a_group_after_a_verb_of_striking_are_its_target_not_its_doer()
    {
        var events = RulesOnly("وقالت القيادة إن طائرات التحالف قصفت مواقع في سوريا، وقصفت وحدات تكتيكية تابعة لتنظيم داعش قرب عين العرب.");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "ISIL");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor2?.Id == "ISIL");
    }

    [Fact]
    public void Units_belonging_to_a_group_one_word_after_a_verb_of_striking_are_its_target_not_its_subject()
    {
        var events = RulesOnly("وقالت مصادر عسكرية إن طائرات حربية تابعة للجيش العراقي قصفت وحدات تابعة لتنظيم داعش في الرمادي.");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "ISIL");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor2?.Id == "ISIL");
    }

    [Fact]
    public void Warplanes_belonging_to_a_body_right_before_a_verb_of_striking_make_that_body_its_doer()
    {
        var events = RulesOnly("وكانت طائرات تابعة للتحالف الدولي قصفت مواقع لتنظيم داعش في قضاء هيت.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "USA-COALITION");
    }

    [Fact]
    public void Warplanes_belonging_to_a_body_after_a_verb_of_striking_are_its_subject()
    {
        var events = RulesOnly("وقصفت طائرات تابعة للجيش التركي مواقع قرب أعزاز في ريف حلب.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "TUR");
    }

    [Fact]
    public void A_position_right_after_a_verb_of_striking_is_its_object_and_its_owner_no_subject()
    {
        var events = RulesOnly("وقالت القوات العراقية إن قوة عراقية مشتركة استهدفت تجمعات تنظيم داعش في القاطع الشمالي لمدينة الرمادي.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("IRQ-MIL", e.Actor1?.Id);
    }
}
