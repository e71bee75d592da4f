using Marsad.Extraction;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «إصابات مباشرة» is a target struck, not people wounded: no wounded-only 0 (hand-read j, B16; docs/events.md s32-tolls).
/// </summary>
public class DirectHitTollTests
{
    [Theory]
    [InlineData("استهدف الثوار مساكن الضباط في مطار أبو الظهور العسكري بالمدفعية الثقيلة، محققين إصابات مباشرة.")]
    [InlineData("قصفت الفصائل حاجزا لقوات النظام في بلدة الفوعة بقذائف الهاون وحققت إصابة مباشرة.")]
    [InlineData("استهدف مقاتلو المعارضة مطار الضمير بصواريخ محلية الصنع محققين إصابات دقيقة.")]
    public void A_strike_that_scored_direct_hits_has_no_toll(string body)
    {
        var strike = Assert.Single(Events.Of(body), e => e.Type == "REMOTE");
        Assert.Null(strike.Fatalities);
    }

    [Fact]
    public void A_strike_that_wounded_people_is_still_zero()
    {
        var strike = Assert.Single(Events.Of("استهدف الثوار مساكن الضباط في مطار أبو الظهور العسكري بالمدفعية الثقيلة، ما أدى إلى إصابة ثلاثة عناصر."), e => e.Type == "REMOTE");
        Assert.Equal(0, strike.Fatalities);
    }

    [Fact]
    public void Dead_told_with_direct_hits_are_still_counted()
    {
        var strike = Assert.Single(Events.Of("قصفت قوات النظام بلدة كفرنبل محققة إصابات مباشرة، ما أدى إلى مقتل خمسة مدنيين."), e => e.Type == "REMOTE");
        Assert.Equal(5, strike.Fatalities);
    }
}
