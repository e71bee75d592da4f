using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «هجوم مسلح استهدف نقطة تفتيش»: a verb of aiming whose subject is the attack noun right before it tells that
/// attack, so it takes the noun's type, not the remote violence «استهدف» carries alone (s21-assault).
/// </summary>
public class AimedAttackTests
{
    [Fact]
    public void An_armed_attack_that_targeted_a_checkpoint_is_a_clash_not_remote_violence()
    {
        var events = Of("قتل جنديان في هجوم مسلح استهدف نقطة تفتيش للجيش في مدينة الموصل اليوم.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_suicide_attack_that_targeted_a_checkpoint_stays_remote_violence()
    {
        var events = Of("قتل جنديان في هجوم انتحاري استهدف نقطة تفتيش للجيش في مدينة الموصل اليوم.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }
}
