namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s31b-capital): a capital that speaks, fears or is one side of relations between states
/// («بعد أيام من تحذير دمشق», «خشية تل أبيب», «العلاقات بين واشنطن وأنقرة») is the government, not the
/// place of the deeds around it; behind «في» or «قرب» it stays the city.
/// </summary>
public class GovernmentVoicePlaceTests
{
    [Theory]
    [InlineData("وقصفت طائرات حربية مواقع في منطقة حدودية بعد أيام من تحذير دمشق من أنها سترد على المتسللين.", "دمشق")]
    [InlineData("ويأتي قصف الطائرات مستودعا للأسلحة وسط خشية تل أبيب من نقل الصواريخ إلى حزب الله.", "تل أبيب")]
    [InlineData("وجاء قصف الطائرات التركية مواقع المسلحين على الحدود بعد توتر العلاقات بين دمشق وأنقرة.", "دمشق")]
    [InlineData("وجاء قصف الطائرات التركية مواقع المسلحين على الحدود بعد تعثر المحادثات بين أنقرة ودمشق.", "دمشق")]
    public void A_deed_is_not_placed_at_a_capital_that_stands_for_its_government(string body, string capital)
    {
        var events = Events.Of(body).Where(e => e.Type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual(capital, e.Location?.Name));
    }

    [Fact]
    public void A_raid_near_the_capital_keeps_the_capital()
    {
        var events = Events.Of("وقالت دمشق إن طائرات إسرائيلية قصفت مركزا للأبحاث قرب دمشق.").Where(e => e.Type == "REMOTE").ToList();

        Assert.Contains(events, e => e.Location?.Name == "دمشق");
    }
}
