using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The doer rules after the choice (EventStage.Doers.cs): a relative clause names its doer before
/// «التي»; the one who repels an attack is its target; a shell that fell or a bomb that went off has
/// no doer unless one is named after it; a clash takes its sides from the sentences next to it, in
/// its paragraph or the one before (docs/annotation.md 6.3 and 8; docs/events.md, s13-nulldoer, s14-nobody).
/// </summary>
public class NullDoerTests
{
    [Fact]
    public void Forces_that_a_relative_clause_says_shelled_a_town_are_the_doer_of_that_shelling()
    {
        var events = Of("وقال ناشطون إن مقاتلي المعارضة ردوا على القوات النظامية التي قصفت بلدة الحراك بالمدفعية صباح اليوم.");
        var shelling = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("SYR-MIL", shelling.Actor1?.Id);
    }

    [Fact]
    public void The_side_that_repelled_a_storming_is_its_target_and_the_forces_named_after_it_its_doer()
    {
        var events = Of("وأعلن الجيش الحر أنه صد محاولة لاقتحام بلدة الحراك في ريف درعا من القوات النظامية صباح اليوم.");
        var storming = Assert.Single(events, e => e.Type == "ASSAULT");
        AssertActors(storming, "SYR-MIL", "SYR-REBELS");
    }

    [Fact]
    public void A_side_that_repelled_an_attack_of_no_named_attacker_is_never_its_doer()
    {
        var events = Of("وصد الجيش الحر هجوما على بلدة الحراك في ريف درعا صباح اليوم.");
        var attack = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.NotEqual("SYR-REBELS", attack.Actor1?.Id);
        Assert.Equal("SYR-REBELS", attack.Actor2?.Id);
    }

    [Fact]
    public void A_mortar_shell_that_fell_on_a_quarter_has_no_doer_when_none_is_named_with_it()
    {
        // The rules lend the forces of the sentence before; the guideline keeps the fallen shell doerless.
        var events = Of("شنت قوات النظام غارات على مدينة دوما في ريف دمشق. وسقطت قذيفة هاون على حي القصاع في دمشق مساء أمس ما أدى إلى مقتل طفل.");
        var shell = Assert.Single(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("قذيفة", StringComparison.Ordinal));
        Assert.Null(shell.Actor1);
    }

    [Fact]
    public void A_mortar_shell_that_fell_keeps_the_fighters_named_as_firing_it()
    {
        var events = Of("سقطت قذيفة هاون أطلقها مسلحو المعارضة على حي القصاع في دمشق مساء أمس.");
        var shell = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("SYR-REBELS", shell.Actor1?.Id);
    }

    [Fact]
    public void Clashes_in_a_paragraph_that_names_no_party_keep_the_forces_of_the_paragraph_before()
    {
        // The coders take a clash's sides from the sentences next to it, paragraphs or not
        // (docs/events.md, s14-nobody: a rule that cleared them lost train and dev matches).
        var events = Of("شنت قوات النظام هجوما على مدينة داريا في ريف دمشق صباح اليوم.\n\nوتواصلت الاشتباكات مساء اليوم في حي جوبر بدمشق.");
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("الاشتباكات", StringComparison.Ordinal));
        Assert.Equal("SYR-MIL", clash.Actor1?.Id);
    }

    [Fact]
    public void Clashes_take_their_sides_from_their_own_paragraph()
    {
        var events = Of("شنت قوات النظام هجوما على مدينة داريا في ريف دمشق صباح اليوم، وتواصلت الاشتباكات مساء اليوم في حي جوبر بدمشق.");
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("الاشتباكات", StringComparison.Ordinal));
        Assert.Equal("SYR-MIL", clash.Actor1?.Id);
    }
}
