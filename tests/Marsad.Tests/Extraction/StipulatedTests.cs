using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed an agreement, a settlement or a plan stipulates («ينص على», «يقضي ب») is one of its terms, no deed of the news
/// (s42-noevent); a deed told before the stipulating verb stays, and so does «يقضي على», which eliminates.
/// </summary>
public class StipulatedTests
{
    private static readonly DateOnly July = new(2015, 7, 25);

    [Fact]
    public void Strikes_a_deal_says_aircraft_will_launch_from_a_base_are_a_term_not_a_strike()
    {
        const string body = "وأوضح المسؤول أن الاتفاق بين البلدين ينص على أن المقاتلات البريطانية ستتمكن من استخدام قاعدة الظفرة لشن غارات على مواقع التنظيم في العراق.";
        Assert.DoesNotContain(Of(body, July), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_withdrawal_a_settlement_stipulates_is_a_term_not_a_withdrawal()
    {
        const string body = "وتوصل الطرفان أمس إلى تسوية تقضي بانسحاب مقاتلي الفصائل من بلدة التل نحو محافظة إدلب.";
        Assert.DoesNotContain(Of(body, July), e => e.Type == "WITHDRAW");
    }

    [Fact]
    public void A_withdrawal_told_before_a_pledge_that_stipulates_stays()
    {
        const string body = "وانسحبت قوات الشرطة أمس من ساحة الاعتصام في مدينة الرمادي بعد أن أخذت تعهدا من المعتصمين يقضي بتسليم المطلوبين.";
        Assert.Contains(Of(body, July), e => e.Type == "WITHDRAW");
    }
}
