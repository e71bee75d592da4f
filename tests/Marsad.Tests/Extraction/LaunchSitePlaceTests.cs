namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s25-place): a shot or an advance is placed where it goes, not where it starts. A place
/// inside the phrase opened by «من» is the launch site or starting point even behind «في» or
/// «بالقرب من», when a place behind «باتجاه»/«نحو»/«إلى»/«على» closes the phrase.
/// </summary>
public class LaunchSitePlaceTests
{
    [Theory]
    [InlineData("أطلقت قوات النظام صاروخ سكود من منطقة تقع بالقرب من دمشق باتجاه مدينة حلب.", "REMOTE", "حلب")]
    [InlineData("أطلقت القوات الحكومية صاروخين من اللواء 155 في بلدة الناصرين بريف دمشق باتجاه شمال شرق البلاد.", "REMOTE", "شمال شرق البلاد")]
    [InlineData("وتقدمت قوات الجيش من مواقعها في بلدة خناصر نحو مدينة السفيرة.", "ASSAULT", "السفيرة")]
    public void A_place_inside_the_launch_site_gives_way_to_the_destination(string body, string type, string place)
    {
        var e = Events.Single(body, type);
        Events.AssertPlace(e, place, "SY");
    }

    [Fact]
    public void Without_a_destination_the_place_behind_fi_stays_the_place()
    {
        var e = Events.Single("أطلقت قوات النظام صواريخ من مواقعها في مدينة حماة أمس.", "REMOTE");
        Events.AssertPlace(e, "حماة", "SY");
    }
}
