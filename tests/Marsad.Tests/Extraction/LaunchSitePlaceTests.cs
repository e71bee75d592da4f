namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s32-placewrong): a place inside a launch site's phrase («أقلعت من قاعدة في ديار بكر»,
/// «انطلاقا من قاعدة في جنوب تركيا») is where the aircraft start, not where their strike lands.
/// </summary>
public class LaunchSitePlaceTests
{
    [Theory]
    [InlineData("وقال المكتب إن ثلاث مقاتلات تركية أقلعت من قاعدة في ديار بكر صباح اليوم وقصفت مقرين لتنظيم داعش قبل أن تعود إلى قاعدتها.", "ديار بكر")]
    [InlineData("وسمحت أنقرة للطائرات الأميركية بشن غارات على التنظيم انطلاقا من قاعدة في جنوب تركيا.", "جنوب تركيا")]
    public void A_strike_is_not_placed_where_its_aircraft_took_off(string body, string launch)
    {
        var events = Events.Of(body).Where(e => e.Type is "REMOTE" or "ASSAULT").ToList();

        Assert.All(events, e => Assert.NotEqual(launch, e.Location?.Name));
    }

    [Fact]
    public void A_strike_on_a_base_keeps_the_base_town()
    {
        var events = Events.Of("وقصفت الطائرات قاعدة عسكرية في مدينة ديار بكر صباح اليوم.").Where(e => e.Type == "REMOTE").ToList();

        Assert.Contains(events, e => e.Location?.Name == "ديار بكر");
    }
}
