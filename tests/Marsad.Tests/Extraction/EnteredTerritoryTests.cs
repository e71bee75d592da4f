using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verb of entering that CAPTURE reads as taking a place («دخل», «دخول») crosses a border when a whole country or its
/// frontier is what is entered: nobody takes control of anything (s30b-type, issue 9).
/// </summary>
public class EnteredTerritoryTests
{
    [Theory]
    [InlineData("وأعلن مصدر عسكري أردني انشقاق 12 جنديا من الجيش السوري مساء أمس، حيث دخلوا المملكة عبر السياج الحدودي قرب بلدة الرمثا.")]
    [InlineData("وقال مسؤول عراقي إن 40 من رجال الشرطة السوريين دخلوا الحدود العراقية عبر منفذ ربيعة الحدودي بسبب الاشتباكات.")]
    [InlineData("وقال مصدر أمني إن مئات المقاتلين دخلوا الأراضي التركية يوم الأحد قادمين من سوريا.")]
    public void Entering_a_country_or_its_frontier_is_no_capture(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "CAPTURE");
    }

    [Theory]
    [InlineData("ودخل مقاتلو المعارضة حي جوبر في دمشق الأسبوع الماضي بعد معارك عنيفة.")]
    [InlineData("وقالت قيادة العمليات إن قوات الأمن دخلت جامعة الأنبار في جنوب مدينة الرمادي أمس.")]
    public void Entering_a_quarter_or_a_building_stays_a_capture(string body)
    {
        Assert.Contains(Of(body), e => e.Type == "CAPTURE");
    }
}
