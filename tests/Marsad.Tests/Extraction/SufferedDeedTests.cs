using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed that a passive verb of killing or wounding governs through «في» or «جراء» («أصيب بجروح في هجوم»)
/// is told from the side of those who suffered it: the party the sentence names before the verb is the
/// victim (or the source), never the doer, and the sentence names no doer (docs/annotation.md 6.3).
/// </summary>
public class SufferedDeedTests
{
    [Fact]
    public void The_commander_wounded_in_an_attack_is_not_the_attacker()
    {
        var events = Of("وأفادت شبكة محلية بأن قائد الجيش السوري الحر، أصيب بجروح بالغة في هجوم استهدف موكبه قرب دير الزور.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "SYR-REBELS");
        Assert.Contains(events, e => e.Actor1 is null);
    }

    [Fact]
    public void Members_wounded_in_the_attack_on_their_camp_are_not_its_doer()
    {
        var events = Of("وعالج المستشفى عشرين جريحا من أعضاء منظمة مجاهدي خلق اصيبوا في الهجوم الذي استهدف معسكر ليبرتي غربي بغداد.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "MEK");
        Assert.Contains(events, e => e.Actor1 is null);
    }

    [Fact]
    public void Fighters_killed_and_wounded_by_an_attack_are_the_doer_of_neither_the_killing_nor_the_attack()
    {
        var events = Of("وقال مصدر في الشرطة إن خمسة من عناصر الصحوة قتلوا واصيب عشرة آخرون بجروح جراء هجوم على نقطة تفتيش شمال بغداد.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id is "SAHWA" or "IRQ-MIL");
        Assert.Contains(events, e => e.Actor1 is null);
    }

    [Fact]
    public void Gunmen_who_killed_soldiers_in_an_attack_are_still_its_doer()
    {
        var events = Of("وقال الجيش إن مسلحي تنظيم داعش قتلوا خمسة جنود في هجوم على حاجز قرب الرمادي.");
        Assert.Contains(events, e => e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void A_shelling_told_after_the_wounded_of_an_earlier_one_keeps_the_forces_that_shelled()
    {
        var events = Of("وقصفت قوات النظام بلدة كفرنبل بالمدفعية، وأصيب خمسة مدنيين بجروح في القصف، ثم قصفت بعد ساعات بلدة معرة النعمان بالصواريخ.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id != "SYR-MIL");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-MIL" && e.Location?.Name == "معرة النعمان");
    }

    [Fact]
    public void Fighters_wounded_by_a_shelling_written_with_the_clitic_are_not_its_doer()
    {
        var events = Of("وذكرت مصادر طبية أن قائد الجيش السوري الحر في ريف إدلب أصيب بقصف على بلدة سراقب.");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void A_side_whose_men_were_hurt_in_one_deed_keeps_the_attack_it_made_next()
    {
        var events = Of("وأعلن الجيش السوري الحر أن أربعة من عناصره أصيبوا في قصف على بلدة سراقب، وهاجم بعد ذلك حاجزا لقوات النظام في بلدة أريحا.");
        Assert.Contains(events, e => e.Actor1?.Id == "SYR-REBELS");
        Assert.DoesNotContain(events, e => e.Actor2?.Id == "SYR-REBELS" && e.Actor1 is null && e.Location?.Name == "أريحا");
    }

    [Fact]
    public void The_side_wounded_in_an_attack_is_the_one_acted_on()
    {
        var events = Of("وقالت مصادر محلية إن قائد الجيش السوري الحر أصيب بجروح خطيرة في هجوم استهدف سيارته قرب بلدة سراقب.");
        Assert.Contains(events, e => e.Actor1 is null && e.Actor2?.Id == "SYR-REBELS");
    }
}
