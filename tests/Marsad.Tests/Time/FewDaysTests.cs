using Marsad.Tests.Extraction;

namespace Marsad.Tests.Time;

/// <summary>
/// A deed «بعد أيام من» recalls lies some days before the sentence that recalls it, how many is not told: it takes the
/// day the text tells it with elsewhere, else only its month; «بعد أيام من القتال» is after days of fighting, which
/// ran up to that sentence's day. Published 2016-02-18, a Thursday (Events.Of).
/// </summary>
public class FewDaysTests
{
    [Fact]
    public void A_raid_recalled_days_after_takes_the_friday_the_text_tells_it_with()
    {
        var events = Events.Of("اتهم وزير الخارجية السوري الاثنين اسرائيل بزعزعة الاستقرار بعد أيام من غارة شنها الطيران الاسرائيلي على موقع عسكري قرب دمشق. وكانت واشنطن أكدت أن الطيران الاسرائيلي شن الغارة يوم الجمعة على موقع عسكري قرب دمشق.");

        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.All(events.Where(e => e.Type == "REMOTE"), e => Assert.Equal("2016-02-12", e.Date.Value));
    }

    [Fact]
    public void A_raid_recalled_days_after_with_no_day_of_its_own_is_dated_by_its_month_only()
    {
        var events = Events.Of("اتهم وزير الخارجية السوري الاثنين اسرائيل بزعزعة الاستقرار بعد أيام من غارة شنها الطيران الاسرائيلي على موقع عسكري قرب دمشق.");

        var raid = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("2016-02", raid.Date.Value);
        Assert.Equal("month", raid.Date.Precision);
    }

    [Fact]
    public void Clashes_after_days_of_fighting_keep_the_day_of_their_sentence()
    {
        var events = Events.Of("سيطر مقاتلو المعارضة الاثنين على بلدة خان العسل بعد أيام من الاشتباكات العنيفة مع القوات النظامية.");

        var clash = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("2016-02-15", clash.Date.Value);
    }
}
