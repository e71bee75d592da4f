using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «محاصرة» as an adjective or a predicate tells a siege already standing, a siege told «منذ أكثر من» months is a
/// condition, and a taking told «منذ نشوب الحرب» is a history (s38-noevent); a siege laid by the verbal noun or the verb
/// in the news time stays.
/// </summary>
public class StandingConditionTests
{
    private static readonly DateOnly July = new(2015, 7, 22);

    [Theory]
    [InlineData("وقصفت القوات النظامية أمس الأحياء المحاصرة في مدينة حمص بالطيران الحربي.")]
    [InlineData("وسقطت قذائف أمس على بلدتي نبل والزهراء المحاصرتين من قبل جبهة النصرة.")]
    public void A_town_described_as_besieged_is_no_new_blockade(string body)
    {
        Assert.DoesNotContain(Of(body, July), e => e.Type == "BLOCKADE");
    }

    [Theory]
    [InlineData("وأكملت القوات العراقية أمس محاصرة مدينة الرمادي من ثلاث جهات.")]
    [InlineData("وحاصر مقاتلو المعارضة أمس حاجز العلان في ريف حماة.")]
    public void A_siege_laid_in_the_news_time_stays(string body)
    {
        Assert.Contains(Of(body, July), e => e.Type == "BLOCKADE");
    }

    [Fact]
    public void A_siege_lasting_more_than_six_months_is_a_condition()
    {
        const string body = "ويحاصر الجيش منذ أكثر من ستة أشهر عددا من الأحياء في مدينة حمص.";
        Assert.DoesNotContain(Of(body, July), e => e.Type == "BLOCKADE");
    }

    [Fact]
    public void Areas_taken_since_the_war_broke_out_are_a_history()
    {
        const string body = "وسيطر التنظيم على أجزاء واسعة من شمال سوريا وشرقها منذ نشوب الحرب الأهلية.";
        Assert.DoesNotContain(Of(body, July), e => e.Type == "CAPTURE");
    }
}
