using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «تجمع» after a noun of a position («نقطة تجمع», «مراكز تجمع») is the genitive verbal noun, a
/// place where fighters gather: a target of the strike, never a protest; so is a gathering of an
/// armed party («تجمعا للقوات العراقية»).
/// </summary>
public class GatheringPlaceTests
{
    [Fact]
    public void Protesters_who_gathered_in_a_square_are_a_protest()
    {
        Assert.Contains(Of("وتجمع المتظاهرون في ساحة التحرير في بغداد أمس للمطالبة بالإصلاح."), e => e.Type == "PROTEST");
    }

    [Theory]
    [InlineData("وقصفت طائرات التحالف أمس مقرين ونقطة تجمع للتنظيم قرب مدينة الرمادي.")]
    [InlineData("وشنت طائرات التحالف أمس أربع غارات على مراكز تجمع تابعة للتنظيم قرب مدينة الرمادي.")]
    [InlineData("واستهدف انتحاري أمس تجمعا للقوات العراقية في مدينة بعقوبة.")]
    public void A_gathering_point_of_fighters_is_no_protest(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "PROTEST");
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;
        Assert.DoesNotContain(events, e => e.Type == "PROTEST");
    }
}
