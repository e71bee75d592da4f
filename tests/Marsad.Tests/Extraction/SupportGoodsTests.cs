using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// What a giving names decides between support and aid (s38b-support): a country's political opposition
/// receives support, the load a sending carries names its kind, «تقديم» reaches its receiver behind «إلى»,
/// and planes that serve another side's war are military means.
/// </summary>
public class SupportGoodsTests
{
    [Fact]
    public void Aid_of_no_named_kind_to_the_political_opposition_is_support_to_it()
    {
        var events = Of("وأعلنت واشنطن أمس تقديم أربعين مليون دولار من المساعدات إلى المعارضة السورية.");
        Assert.Contains(events, e => e.Type == "SUPPORT" && e.Actor2?.Id == "SYR-OPP");
        Assert.DoesNotContain(events, e => e.Type == "AID");
    }

    [Fact]
    public void Planes_sent_laden_with_aid_are_relief_whoever_is_named_after()
    {
        var events = Of("وأعلنت موسكو أمس إرسال ثلاث طائرات إلى سوريا محملة بالمساعدات لنقل الرعايا الروس.");
        Assert.Contains(events, e => e.Type == "AID");
        Assert.DoesNotContain(events, e => e.Type == "SUPPORT");
    }

    [Fact]
    public void Tanker_planes_provided_to_another_army_are_support()
    {
        Assert.Contains(Of("وقال الوزير إن الولايات المتحدة ستوفر طائرات صهريج للقوات الفرنسية في مالي."), e => e.Type == "SUPPORT");
    }
}
