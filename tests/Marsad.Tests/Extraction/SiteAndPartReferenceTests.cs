using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s40-finer4): «المنطقة» after «اقليم X بجنوب شرقي البلاد» is the province, which the compass part of the
/// country only locates (ArticleIndex.PartLocatesPlaceBefore); two quarters the sources lack, put at the city they are
/// told with, are two places, not one (EventMerger.SamePlace). Rules only.
/// </summary>
public sealed class SiteAndPartReferenceTests
{
    [Fact]
    public void Troops_sent_to_the_area_after_a_province_located_in_the_southeast_go_to_the_province()
    {
        var events = Of("قال الجيش إن مسلحين قتلوا جنديين في هجوم على موقع للجيش في اقليم شرناق بجنوب شرقي البلاد اليوم. وأضاف أن قوات خاصة أرسلت إلى المنطقة.");
        var e = Assert.Single(events, x => x.Evidence.Text.Contains("أرسلت", StringComparison.Ordinal));
        Assert.Contains("شرناق", e.Location?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Strikes_on_two_quarters_told_with_their_city_are_two_strikes()
    {
        var events = Of("قتل عشرة أشخاص في قصف جوي على حي مساكن هنانو في حلب. وقتلت امرأة في قصف جوي على حي الحيدرية بحلب أيضا.");
        Assert.Equal(2, events.Count(x => x.Type == "REMOTE"));
    }
}
