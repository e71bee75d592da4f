using Marsad.Extraction;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A wounded-only or no-dead statement is the 0 of the deed whose telling it closes, not of a deed told before another
/// (hand-read j, B16; train sn-ee92ccb0 #15/#16; docs/events.md s32-tolls).
/// </summary>
public class ZeroScopeTollTests
{
    [Fact]
    public void The_wounded_of_the_next_strike_are_no_zero_of_the_first()
    {
        var events = Events.Of("استهدف الثوار مساكن الضباط في مطار أبو الظهور العسكري بالمدفعية الثقيلة. في المقابل، قصفت قوات النظام قرية محمبل بصواريخ أرض – أرض، ما أوقع جرحى من المدنيين.");
        Assert.Null(Assert.Single(events, e => e.Evidence.Text.Contains("الثوار", StringComparison.Ordinal)).Fatalities);
        Assert.All(events.Where(e => e.Evidence.Text.Contains("محمبل", StringComparison.Ordinal)), e => Assert.Equal(0, e.Fatalities));
    }

    [Fact]
    public void A_denial_closing_a_round_up_is_the_last_deeds_only()
    {
        var events = Events.Of("شن الطيران الحربي غارتين على مدينة عربين في الغوطة الشرقية، فيما استهدفت قوات النظام بصاروخ أرض – أرض بلدة زبدين، كما استهدف قناص قرية سوق وادي بردى، دون وقوع إصابات.");
        Assert.Null(Assert.Single(events, e => e.Evidence.Text.Contains("عربين", StringComparison.Ordinal)).Fatalities);
        Assert.Equal(0, Assert.Single(events, e => e.Evidence.Text.Contains("قناص", StringComparison.Ordinal)).Fatalities);
    }

    [Theory]
    [InlineData("تعرضت قرى الحواش والقاهرة بسهل الغاب لقصف مكثف من الطيران المروحي، ترافق مع قصف من قبل قوات النظام على قرية الحويز، ما أدى لسقوط عدد من الجرحى.")]
    [InlineData("قصفت قوات النظام بلدة كفرنبل بالبراميل المتفجرة، وأسفر القصف عن إصابة خمسة مدنيين.")]
    public void The_wounded_after_one_telling_are_its_zero(string body)
    {
        var first = Events.Of(body)[0];
        Assert.Equal(0, first.Fatalities);
    }
}
