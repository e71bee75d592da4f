using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Who took, besieged or attacked: the subject of a relative clause on the place taken, the fighters a verb of doing
/// names before the «على» of what they struck, the side that tries to retake a quarter, and the enemy of the army
/// whose military site is besieged (issue 9; S12, S17, S34, Q34 of the hand reads of session 37).
/// </summary>
public class SidesOfDeedsTests
{
    [Fact]
    public void A_checkpoint_the_opponents_had_taken_in_Syria_is_the_rebels_capture()
    {
        var events = Of("وفي دير الزور، قتل عشرة مقاتلين خلال اشتباكات حول حاجز الكبر الذي كان سيطر عليه المعارضون.");
        var capture = Assert.Single(events, e => e.Type == "CAPTURE");
        Assert.Equal("SYR-REBELS", capture.Actor1?.Id);
    }

    [Fact]
    public void Fighters_after_a_verb_of_doing_attacked_the_company_behind_its_ala()
    {
        var events = Of("وقتل خمسة جنود اثر هجوم نفذه مقاتلون على سرية القوات النظامية في قرية عابدين بريف درعا.");
        var attack = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("هجوم", StringComparison.Ordinal));
        Assert.Equal("SYR-REBELS", attack.Actor1?.Id);
    }

    [Fact]
    public void The_army_that_tries_to_retake_a_quarter_attacked_in_the_clashes()
    {
        var events = Of("وقتل عشرون مقاتلا معارضا خلال اشتباكات مع القوات النظامية التي تحاول إعادة السيطرة على حي الشيخ سعيد في حلب.");
        var clash = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("SYR-MIL", clash.Actor1?.Id);
    }

    [Fact]
    public void A_military_checkpoint_besieged_amid_clashes_is_besieged_by_the_army_s_enemy()
    {
        var events = Of("وتشهد المنطقة اشتباكات بين مقاتلي الكتائب المقاتلة والقوات النظامية في ريف درعا ومعلومات عن محاصرة حاجز العلان العسكري.");
        var siege = Assert.Single(events, e => e.Type == "BLOCKADE");
        Assert.Equal("SYR-REBELS", siege.Actor1?.Id);
    }

    [Fact]
    public void Forces_that_retake_a_military_airport_keep_their_capture()
    {
        var events = Of("واستعادت القوات النظامية السيطرة على مطار كويرس العسكري في ريف حلب بعد معارك عنيفة.");
        var capture = Assert.Single(events, e => e.Type == "CAPTURE");
        Assert.Equal("SYR-MIL", capture.Actor1?.Id);
    }
}
