using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// An attempt that was repelled or failed is an asserted ASSAULT by the side that tried it (docs/annotation.md 6.1):
/// the genitive of the attempt noun («لمحاولة مجموعات مسلحة الاعتداء»), the side behind «من» after it («محاولات من
/// الجيش للسيطرة»), or, for a failed attempt that names no one («بعد محاولة فاشلة لاقتحام الحي»), the side the
/// repeller's deed was done to; never the side that repelled it (docs/events.md s35b-failed; H12 of
/// docs/handread-2026-12-07b.md).
/// </summary>
public class RepelledAttemptTests
{
    private static readonly DateOnly March = new(2013, 3, 13);

    [Fact]
    public void Gunmen_whose_attempt_the_army_repelled_are_the_attackers()
    {
        var events = Of("وقال مصدر عسكري إن وحدات من الجيش السوري تصدت اليوم لمحاولة مجموعات مسلحة الاعتداء على حاجز في بلدة نوى بريف درعا.", March);
        // Whether the army is shown as actor2 is the actor2 model's call; the doer is the grammar's.
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-REBELS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1 is null);
    }

    [Fact]
    public void The_army_whose_attempts_the_fighters_repelled_attacked_the_quarter()
    {
        var events = Of("وقالت مصادر معارضة إن مقاتلي المعارضة صدوا محاولات من الجيش للسيطرة على حي الخالدية في حمص.", March);
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-MIL" && e.Actor2?.Id == "SYR-REBELS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void The_forces_whose_storming_failed_attacked_the_quarter()
    {
        var events = Of("وأعلن ناشطون أن الجيش الحر دمر دبابة لقوات النظام في حي التضامن بدمشق بعد محاولة فاشلة لاقتحام الحي.", March);
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-MIL" && e.Actor2?.Id == "SYR-REBELS");
    }

    [Fact]
    public void The_side_whose_attempts_were_repelled_is_the_attacker_of_the_clashes()
    {
        var events = Of("ودارت مواجهات بين الجيش الحر والقوات النظامية في ريف اللاذقية حيث تصدى الجيش الحر لمحاولات قوات النظام اقتحام قرى عدة.", March);
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-MIL" && e.Actor2?.Id == "SYR-REBELS");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void Fighters_who_tried_to_infiltrate_the_quarter_are_the_attackers_of_the_clash()
    {
        var events = Of("وذكرت صحيفة محلية أن وحدة من الجيش اشتبكت مع عناصر من المعارضة المسلحة حاولوا التسلل إلى حي الخالدية في حمص.", March);
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-REBELS" && e.Actor2?.Id == "SYR-MIL");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void A_shelling_in_an_attempt_to_storm_keeps_its_shelling_side()
    {
        // A pin: an attempt no one repelled is the aim of the deed told before it, by the same side.
        var events = Of("وذكر ناشطون أن القوات النظامية قصفت حي الخالدية في حمص في محاولة لاقتحامه.", March);
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "SYR-REBELS");
    }
}
