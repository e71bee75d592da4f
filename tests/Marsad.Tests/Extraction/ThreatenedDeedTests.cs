using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The deed a threat or a warning names as its complement («هدد بقصف», «هدد بأنه سيقصف», «حذر من قيام … بارتكاب مجزرة»)
/// has not happened: the guideline codes the threat alone, its act not apart (docs/annotation.md 4.4).
/// </summary>
public class ThreatenedDeedTests
{
    [Theory]
    [InlineData("هدد الجيش الحر أمس بقصف مواقع حزب الله في بلدة القصير.")]
    [InlineData("وهدد الجيش الحر أمس بأنه سيقصف مواقع حزب الله في بلدة القصير.")]
    public void A_shelling_threatened_is_the_threat_alone(string body)
    {
        var events = Of(body);
        Assert.Contains(events, e => e.Type == "THREATEN");
        Assert.DoesNotContain(events, e => e.Type is "REMOTE" or "MOBILIZE");
    }

    [Fact]
    public void A_massacre_warned_of_is_no_massacre()
    {
        const string body = "وحذر المتحدث باسم المعارضة أمس من قيام قوات النظام بارتكاب مجزرة بحق المدنيين في بلدة مضايا.";
        Assert.DoesNotContain(Of(body), e => e.Type == "ATTACK_CIVILIANS");
    }

    [Fact]
    public void A_shelling_told_after_the_threat_is_an_event()
    {
        const string body = "هدد الجيش الحر أمس حزب الله بعد أن قصفت قوات النظام بلدة القصير.";
        Assert.Contains(Of(body), e => e.Type == "REMOTE");
    }
}
