using Marsad.Ingestion;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «القرى التي استعادها الجيش»: a verb in a relative clause with no time of its own describes a
/// place, it reports no event; the keep model never overrides that (docs/places.md, "Fourteenth
/// step, s14-place"), while the sentence's own event stays.
/// </summary>
public class RelativeBackgroundTests
{
    // No publication date: an undated article lends no date, so the relative clause has no time of its own.
    private const string Sentence = "وقصفت الطائرات الحربية بلدة تلبيسة بريف حمص الشمالي القريبة من القرى التي استعادها الجيش.";

    [Fact]
    public void Villages_that_the_army_took_back_are_no_capture_under_the_rules()
    {
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = Sentence }).Events;
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void Villages_that_the_army_took_back_are_no_capture_with_the_shipped_models_either()
    {
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = Sentence }).Events;
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void Forces_that_fight_a_group_in_the_present_tense_are_no_clash_even_with_a_day_in_the_sentence()
    {
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = "وقال قائد قوات الصحوة التي تقاتل تنظيم القاعدة في بلدة التاجي أمس إن الوضع مستقر.", Published = new DateOnly(2016, 2, 18) }).Events;
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Forces_that_fought_a_group_on_a_day_of_their_own_are_still_a_clash()
    {
        var events = MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = "وقال قائد قوات الصحوة التي قاتلت تنظيم القاعدة في بلدة التاجي أمس إن الوضع مستقر.", Published = new DateOnly(2016, 2, 18) }).Events;
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }
}
