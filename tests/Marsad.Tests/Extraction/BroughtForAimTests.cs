using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verbal noun of bringing («إحضار», «استقدام», «جلب») before what is brought is transparent to the modality cue before
/// it: reinforcements to be brought «من أجل» a capture are an aim, never reinforcements sent (annotation.md 6.2).
/// </summary>
public class BroughtForAimTests
{
    [Fact]
    public void Reinforcements_to_be_brought_are_not_asserted()
    {
        const string body = "وتقاتل قوات النظام أمس في قرية عزيزة من أجل إحضار تعزيزات إلى مطار حلب الدولي.";
        Assert.DoesNotContain(Of(body), e => e.Type == "MOBILIZE" && e.Modality == "asserted");
    }

    [Fact]
    public void Reinforcements_brought_are_asserted()
    {
        const string body = "وأرسلت قوات النظام أمس تعزيزات عسكرية إلى مطار حلب الدولي.";
        Assert.Contains(Of(body), e => e.Type == "MOBILIZE" && e.Modality == "asserted");
    }
}
