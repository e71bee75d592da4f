using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «وصول» is a build-up only when the force that arrives is named with it (issue 9, s26-mobilize): right
/// after it, before the «إلى» of where it goes, or before it as its subject; a pronoun on it, or a force
/// past its «إلى», names someone else.
/// </summary>
public class ArrivalForceTests
{
    [Fact]
    public void Travellers_arrested_on_their_arrival_are_no_build_up_of_the_police_that_arrests_them()
    {
        var events = Of("ألقت قوات الأمن في مطار القاهرة القبض على سبعة فلسطينيين لدى وصولهم على الطائرة القادمة من بيروت أمس.");
        Assert.DoesNotContain(events, e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void Food_arriving_to_besieged_forces_is_no_build_up()
    {
        var events = Of("وأكد ناشطون وصول الطعام والدواء إلى القوات المحاصرة في مطار كويرس أمس.");
        Assert.DoesNotContain(events, e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void Fighter_jets_arriving_at_a_base_are_still_a_build_up()
    {
        var events = Of("وأعلنت أنقرة أمس وصول ست مقاتلات أمريكية إلى قاعدة إنجرليك جنوب تركيا.");
        Assert.Contains(events, e => e.Type == "MOBILIZE");
    }
}
