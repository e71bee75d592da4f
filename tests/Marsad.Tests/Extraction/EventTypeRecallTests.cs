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

    [Fact]
    public void An_attack_that_names_no_weapon_in_a_sentence_of_shells_is_remote_violence()
    {
        var events = Of("قتل جنديان في هجوم على حاجز للجيش قرب مدينة درعا، وسقطت قذائف على الحاجز.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_in_a_sentence_of_bombs_and_small_arms_stays_a_clash()
    {
        var events = Of("هاجم مسلحون حاجزا للجيش قرب مدينة درعا بالأسلحة الخفيفة، وسقطت قذائف على الحاجز.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_in_a_sentence_that_names_no_weapon_stays_a_clash()
    {
        var events = Of("قتل جنديان في هجوم على حاجز للجيش قرب مدينة درعا.");
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }
}
