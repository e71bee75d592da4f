using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Types of the fourteenth step (issue 9, s14-types; hand-read 2026-12-04): sniping at residents is direct
/// violence against civilians, not a remote attack; a suicide attack named by its adjective is remote violence.
/// </summary>
public class EventTypeFourteenthTests
{
    [Fact]
    public void Security_forces_targeting_unarmed_residents_by_sniping_is_violence_against_civilians()
    {
        var events = Of("استهدفت قوات الأمن الأهالي العزل بالقنص في مدينة بورسعيد أمس.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void Targeting_a_neighbourhood_with_mortar_shells_stays_remote_violence()
    {
        var events = Of("استهدفت قوات النظام حي الوعر بقذائف الهاون في مدينة حمص أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_suicide_attack_named_by_its_adjective_is_remote_violence()
    {
        var events = Of("قتل عشرة أشخاص في الاعتداء الانتحاري على مسجد في مدينة حمص أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }
}
