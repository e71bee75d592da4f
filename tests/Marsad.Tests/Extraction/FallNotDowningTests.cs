using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «يسقط» is as often «يَسقُط» (falls) as «يُسقِط» (downs): a regime that will fall is a prediction, no attack and no
/// declared offensive; the present of «أسقط» is a downing only with an aircraft or a force near it (triggers.tsv).
/// </summary>
public class FallNotDowningTests
{
    [Fact]
    public void A_regime_that_will_fall_is_no_event()
    {
        const string body = "وقال زعيم المعارضة أمس إن نظام بشار الأسد سيسقط حتما في دمشق.";
        Assert.DoesNotContain(Of(body), e => e.Type is "ASSAULT" or "MOBILIZE");
    }

    [Fact]
    public void A_warplane_downed_by_the_rebels_is_an_assault()
    {
        const string body = "وأسقط الجيش الحر أمس طائرة حربية فوق بلدة تفتناز في ريف إدلب.";
        Assert.Contains(Of(body), e => e.Type == "ASSAULT");
    }
}
