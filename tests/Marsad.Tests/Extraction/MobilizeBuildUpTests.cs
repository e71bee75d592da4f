using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A build-up over listed places is one MOBILIZE (issue 9, s25d-mobilize; docs/annotation.md 4.8 and 5):
/// the reinforcements sent to three towns are one sending, where a shelling of two towns is two events.
/// </summary>
public class MobilizeBuildUpTests
{
    [Fact]
    public void Reinforcements_sent_to_three_cities_are_one_deployment_at_the_first()
    {
        var deployments = Of("أرسل الجيش العراقي أمس تعزيزات عسكرية كبيرة إلى مدن الرمادي والفلوجة وهيت.")
            .Where(e => e.Type == "MOBILIZE").ToList();
        var e = Assert.Single(deployments);
        Assert.Equal("الرمادي", e.Location!.Name);
    }

    [Fact]
    public void Troops_massed_in_two_parts_of_a_province_are_one_deployment()
    {
        var deployments = Of("حشد الجيش قواته في ريف حلب الشمالي، وفي غرب حلب أمس.").Where(e => e.Type == "MOBILIZE").ToList();
        Assert.Single(deployments);
    }

    [Fact]
    public void Shelling_of_two_towns_is_still_two_events()
    {
        var strikes = Of("قصفت قوات النظام بالمدفعية أمس بلدتي معرة النعمان وكفرنبل.").Where(e => e.Type == "REMOTE").ToList();
        Assert.Equal(2, strikes.Count);
    }
}
