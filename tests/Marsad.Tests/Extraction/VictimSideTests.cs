using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The party of the dead is not the doer (docs/events.md s35b-victims): soldiers counted dead before «في كمين» are the
/// ambush's target, and «مجهولي الهوية» said of bodies or of the dead names no attacker.
/// </summary>
public class VictimSideTests
{
    [Fact]
    public void Soldiers_killed_in_an_ambush_are_not_its_doer()
    {
        var events = Of("وقتل أمس 20 جنديا سوريا وتسعة جنود عراقيين في كمين قرب بلدة الرطبة غرب العراق.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Actor1?.Id is "IRQ-MIL" or "SYR-MIL" or "IRQ-GOV" or "SYR-GOV");
    }

    [Fact]
    public void Bodies_of_unknown_identity_name_no_attacker()
    {
        var events = Of("وعثرت الشرطة على جثث لرجال مجهولي الهوية قتلوا بالرصاص قرب بلدة المقدادية شمال شرق بغداد.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "UNIDENTIFIED-ARMED" || e.Actor2?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void Fighters_of_unknown_identity_who_died_under_shelling_name_no_attacker()
    {
        var events = Of("واستشهد خمسة مقاتلين من الكتائب المقاتلة مجهولي الهوية خلال قصف على مدينة حلب أمس.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }
}
