using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Type confusions of recall (SPEC §2): an attack named by a remote weapon is remote violence.</summary>
public class EventTypeRecallTests
{
    [Fact]
    public void A_rocket_attack_is_remote_violence_not_a_clash()
    {
        var events = Of("أسفر هجوم صاروخي على مدينة حلب عن مقتل خمسة أشخاص.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_by_a_drone_is_remote_violence()
    {
        var events = Of("استهدف هجوم بطائرة مسيرة قاعدة عسكرية قرب مدينة الرقة.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }
}
