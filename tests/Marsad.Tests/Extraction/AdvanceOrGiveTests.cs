using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Undotted «تقدم» is «تقدّم» (advanced) or «تُقدِّم» (gives): with aid or relief goods right after it, it gives
/// (s24-assault, issue 9).
/// </summary>
public class AdvanceOrGiveTests
{
    [Fact]
    public void A_force_that_gives_aid_to_an_army_makes_no_advance()
    {
        var events = Of("واحتجز مقاتلو المعارضة أفراد القوة الدولية لأنها كانت تقدم مساعدات لقوة من الجيش السوري في الجولان.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("تقدم", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_that_may_give_the_aid_makes_no_advance()
    {
        var events = Of("ونقلت الصحيفة عن مسؤولين أن واشنطن قد تقدم المساعدات الإنسانية مباشرة إلى ائتلاف المعارضة السورية.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("تقدم", StringComparison.Ordinal));
    }

    [Fact]
    public void Fighters_advancing_on_a_town_still_advance()
    {
        var events = Of("وتقدم مقاتلو المعارضة نحو بلدة القصير في ريف حمص يوم الأحد.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("وتقدم الجيش بمساعدة الطيران الروسي نحو بلدة القريتين في ريف حمص.")]
    [InlineData("وتقدمت القوات بمساعدة طيران التحالف نحو بلدة القيارة جنوب الموصل.")]
    public void An_advance_with_the_help_of_aircraft_is_still_an_advance(string body)
    {
        Assert.Contains(Of(body), e => e.Type == "ASSAULT");
    }
}
