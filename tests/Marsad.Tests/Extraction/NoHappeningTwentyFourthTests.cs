using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Words that tell no happening of the news (issue 9, s24-noevent): «نشر» that publishes rather than deploys,
/// a deed counted up to now, a rule for whoever does something, a deed done daily.
/// </summary>
public class NoHappeningTwentyFourthTests
{
    [Theory]
    [InlineData("ونشر تنظيم داعش في مدينة الرمادي صورا لما وصفها بالغنائم.")]
    [InlineData("ونشر الجيش السوري الحر أمس على الإنترنت تسجيلا مصورا لمقاتليه.")]
    [InlineData("وقال تنظيم داعش في بيان نشره على الإنترنت إن مقاتليه دخلوا المدينة.")]
    [InlineData("وأكد قائد الجيش اللبناني في حديث صحافي نشر اليوم الاثنين أن الوضع تحت السيطرة.")]
    public void A_verb_of_spreading_that_publishes_is_no_deployment(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "MOBILIZE");
    }

    [Theory]
    [InlineData("ونشر الجيش التركي عشرات الدبابات والقوات على الحدود مع سوريا، بحسب بيان للوزارة.")]
    [InlineData("ونشرت الولايات المتحدة ست مقاتلات في قاعدة إنجرليك التركية.")]
    [InlineData("ونشر الجيش التركي بصورة مفاجئة دبابات على الحدود مع سوريا.")]
    [InlineData("ونشر الجيش على حساب وحدات أخرى كتيبة دبابات على الحدود.")]
    public void A_force_deployed_stays_a_deployment(string body)
    {
        Assert.Contains(Of(body), e => e.Type == "MOBILIZE");
    }

    [Theory]
    [InlineData("وشن الجيش التركي حتى الآن عشرات الغارات على مناطق جبلية في شمال العراق.", "REMOTE")]
    [InlineData("وقصفت الطائرات الحربية حتى الآن مدنا عدة في محافظة إدلب.", "REMOTE")]
    public void A_deed_counted_up_to_now_is_a_total_not_an_event(string body, string type)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == type);
    }

    [Theory]
    [InlineData("وشن الجيش التركي أمس عشرات الغارات على مناطق جبلية في شمال العراق.", "REMOTE")]
    [InlineData("ولم تعلن أي جهة حتى الآن مسؤوليتها عن الهجوم على مقر الشرطة في مدينة كركوك.", "ASSAULT")]
    public void A_deed_of_a_day_or_one_whose_claim_is_awaited_is_an_event(string body, string type)
    {
        Assert.Contains(Of(body), e => e.Type == type);
    }

    [Theory]
    [InlineData("وقصفت الطائرات الحربية حتى الآن أحياء مدينة دوما منذ صباح اليوم وارتفعت حصيلة القتلى إلى 40.")]
    [InlineData("وقصفت الطائرات الحربية حتى الآن قرى عدة في ريف إدلب منذ فجر اليوم.")]
    public void A_deed_of_the_news_day_counted_so_far_is_its_running_toll(string body)
    {
        Assert.Contains(Of(body, new DateOnly(2015, 10, 4)), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_deed_counted_up_to_now_stays_a_total_when_its_sentence_names_another_day()
    {
        var events = Of("وقصفت الطائرات الحربية حتى الآن مدنا عدة في محافظة إدلب منذ الثلاثين من أيلول الماضي.", new DateOnly(2015, 10, 4));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void An_order_to_execute_whoever_flees_is_no_execution()
    {
        var events = Of("ويقول سكان داخل مدينة الفلوجة إن تنظيم داعش أصدر تعليمات بإعدام كل من يحاول الهرب.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Killing_everyone_who_was_in_a_house_is_a_killing()
    {
        var events = Of("واقتحم مسلحون منزلا في قرية قرب مدينة حمص أمس وقتلوا كل من كان فيه.");
        Assert.Contains(events, e => e.Type is "ATTACK_CIVILIANS" or "ASSAULT");
    }

    [Theory]
    [InlineData("وأعلنت الشرطة اعتقال كل من يوسف العلي ويحيى الأحمد في مدينة الموصل.", "ARREST")]
    [InlineData("وأعلنت الشرطة اعتقال كل من تورط في التفجير في مدينة الموصل.", "ARREST")]
    [InlineData("وهاجم كل من تنظيم الدولة وجبهة النصرة مواقع الجيش في ريف حلب.", "ASSAULT")]
    public void Everyone_listed_by_name_or_by_a_past_deed_is_no_standing_order(string body, string type)
    {
        Assert.Contains(Of(body), e => e.Type == type);
    }

    [Fact]
    public void A_present_verb_done_daily_is_a_habit()
    {
        var events = Of("وتقصف الطائرات الحربية بشكل يومي البلدات المحيطة بمدينة الزبداني.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void The_same_verb_today_is_an_event()
    {
        var events = Of("وتقصف الطائرات الحربية اليوم البلدات المحيطة بمدينة الزبداني.");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }
}
