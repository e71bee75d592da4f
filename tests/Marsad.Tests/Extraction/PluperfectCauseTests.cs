using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed after the «بعد/إثر» of a pluperfect «كان قد» is the earlier cause of a state recalled to describe someone: background.
/// Told in the past tense of its own, or dated in its clause, it stays.
/// </summary>
public class PluperfectCauseTests
{
    private static readonly DateOnly August = new(2015, 8, 6);

    [Theory]
    [InlineData("وسلمت القوات الأمريكية أمس المعتقلة إلى السلطات في أربيل، وهي امرأة كانت قد سجنت بعد غارة على بلدة الشدادي.")]
    [InlineData("وأعلن العقيد انضمامه إلى المجلس العسكري أمس، وكان قد التحق بعد انشقاقه بكتيبة في مدينة إدلب.")]
    public void A_deed_told_as_the_cause_of_a_pluperfect_state_is_background(string body)
    {
        Assert.DoesNotContain(Of(body, August), e => e.Type is "REMOTE" or "SUPPORT");
    }

    [Theory]
    [InlineData("وشنت طائرات التحالف أمس غارة على بلدة الشدادي بعد أن سيطر التنظيم عليها.")]
    [InlineData("وكانت القوات العراقية قد انسحبت من بلدة الشدادي بعد غارة شنتها طائرات التحالف على مواقعها أمس.")]
    public void A_deed_of_the_news_or_dated_in_its_clause_stays(string body)
    {
        Assert.Contains(Of(body, August), e => e.Type == "REMOTE");
    }
}
