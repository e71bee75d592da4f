using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A bare «النظام» in an article about Syria is the Assad government (national_actors.tsv regime), and in a deed of
/// violence its forces (docs/events.md s37-noguess).
/// </summary>
public class BareRegimeTests
{
    private static readonly DateOnly March = new(2013, 3, 12);

    [Fact]
    public void The_regime_that_shells_a_Syrian_town_is_the_Syrian_army()
    {
        var events = Of("قصف النظام بلدة كفرنبل في محافظة إدلب بالبراميل المتفجرة صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.", March);
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void The_regime_of_a_named_country_is_that_country_not_Syria()
    {
        var events = Of("واتهم الائتلاف السوري المعارض في حلب النظام الإيراني بإرسال مقاتلين إلى مدينة حلب.", March);
        Assert.DoesNotContain(events, e => e.Actor2?.Id is "SYR-GOV" or "SYR-MIL");
    }
}
