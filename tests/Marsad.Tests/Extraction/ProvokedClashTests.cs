using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «المعارك بين A و B إثر هجوم شنه B»: a clash told as the outcome of an attack has the attacker
/// for actor1 (docs/annotation.md 6.3), not the side named first.
/// </summary>
public class ProvokedClashTests
{
    [Fact]
    public void The_side_whose_attack_set_off_the_fighting_is_the_clash_s_doer()
    {
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = "وتجددت المعارك العنيفة أمس في مدينة درعا بين قوات النظام ومقاتلي المعارضة إثر هجوم شنه مقاتلو المعارضة على أحياء في المدينة.", Published = Published }).Events;
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-MIL");
        var clash = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("SYR-REBELS", clash.Actor1?.Id);
        Assert.Equal("SYR-MIL", clash.Actor2?.Id);
    }

    [Fact]
    public void A_clash_after_a_strike_keeps_its_first_named_side()
    {
        // Only an attack noun after the background word names the attacker: a shelling is another deed.
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = "تجددت المعارك العنيفة أمس في مدينة درعا بين قوات النظام ومقاتلي المعارضة بعد قصف شنته الطائرات على أحياء في المدينة.", Published = Published }).Events;
        var clash = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("SYR-MIL", clash.Actor1?.Id);
    }
}
