using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The s25 no-event gates held to what their comments promise (review of the twenty-fifth merge, must-fix 2–6 and 9):
/// each sentence tells a deed of the news beside the word the gate reads, and the deed stays.
/// </summary>
public class MendGatesTests
{
    [Theory]
    [InlineData("وهددت أنقرة برد قوي بعدما قصفت القوات السورية بلدة حدودية تركية أمس.")]
    [InlineData("وحذرت الأمم المتحدة من تفاقم الأوضاع في حلب بسبب قصف الطائرات للأحياء الشرقية أمس.")]
    public void A_strike_told_after_a_threat_behind_a_conjunction_with_its_own_ba_stays(string body)
    {
        var events = Of(body);
        Assert.True(events.Exists(e => e.Type == "REMOTE"), Describe(events));
    }

    [Fact]
    public void A_deed_since_a_happening_of_yesterday_is_the_news()
    {
        var events = Of("قصفت قوات النظام حي الوعر في حمص بالمدفعية الثقيلة منذ دخولها الحي صباح أمس.");
        Assert.True(events.Exists(e => e.Type == "REMOTE"), Describe(events));
    }

    [Fact]
    public void A_deed_of_yesterday_before_a_running_toll_over_months_stays()
    {
        var events = Of("وقتلت الغارات 12 مدنيا في حي الشعار بحلب أمس، ليرتفع عدد ضحايا الحي إلى 300 خلال ستة أشهر.");
        Assert.True(events.Exists(e => e.Type is "REMOTE" or "ATTACK_CIVILIANS" && e.Evidence.Text.Contains("الغارات")), Describe(events));
    }

    [Fact]
    public void A_protest_held_on_an_anniversary_is_no_deed_it_remembers()
    {
        var events = Of("ونظم ناشطون في الذكرى الثالثة للثورة تظاهرات حاشدة أمس في مدينة حمص.");
        Assert.True(events.Exists(e => e.Type == "PROTEST"), Describe(events));
    }

    [Fact]
    public void An_agreement_reached_after_the_end_of_talks_is_an_agreement()
    {
        var events = Of("وتوصلت قوات النظام والفصائل المسلحة أمس بعد انتهاء المفاوضات إلى هدنة في مدينة داريا.");
        Assert.True(events.Exists(e => e.Type == "AGREE"), Describe(events));
    }

    [Fact]
    public void An_attack_that_seemed_so_is_no_offensive_begun()
    {
        var events = Of("وبدا أن الهجوم على حاجز للجيش قرب مدينة درعا أمس نفذ بقذائف الهاون.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
        Assert.True(events.Exists(e => e.Type == "REMOTE"), Describe(events));
    }

    [Fact]
    public void A_truce_made_after_the_end_of_talks_is_an_agreement()
    {
        var events = Of("وعقدت قوات النظام والفصائل المسلحة أمس بعد إنهاء المحادثات هدنة في مدينة داريا لمدة يومين.");
        Assert.True(events.Exists(e => e.Type == "AGREE"), Describe(events));
    }
}
