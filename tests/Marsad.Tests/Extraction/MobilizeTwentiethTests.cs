using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Deployments of the twentieth step (issue 9, s20-mobilize): a force sent to a whole country, a
/// weapon arriving with no named sender, and the words spelled like a deployment that move no force.
/// </summary>
public class MobilizeTwentiethTests
{
    [Fact]
    public void Batteries_expected_to_arrive_in_a_country_are_a_deployment()
    {
        var events = Of("أعلن حلف شمال الأطلسي أن الصواريخ ستحمي الحدود الجنوبية.\n\nومن المتوقع وصول البطاريتين الأخيرتين إلى تركيا يوم الأربعاء.");
        Assert.Contains(events, e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void Warships_sent_to_a_country_by_a_state_named_earlier_are_a_deployment()
    {
        var events = Of("قالت وزارة الدفاع الروسية في بيان صدر أمس، بعد اجتماع مطول في العاصمة، إنها قررت ارسال سفن حربية اضافية إلى سوريا.\n\nولم تذكر الوزارة موعد وصولها.");
        Assert.Contains(events, e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void A_bomber_among_a_crowd_of_young_men_is_no_mobilisation()
    {
        var events = Of("فجر انتحاري نفسه وسط حشد من الشباب في مدينة سوروتش.");
        Assert.DoesNotContain(events, e => e.Type == "MOBILIZE");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void Troops_massed_on_a_front_are_still_mobilisation()
    {
        var events = Of("حشد الجيش السوري قواته على أطراف مدينة داريا.");
        Assert.Contains(events, e => e.Type == "MOBILIZE");
    }
}
