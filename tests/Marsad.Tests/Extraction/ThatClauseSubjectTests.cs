using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The noun «أنّ/إنّ» governs right before a verb is the verb's subject, the party after the verb its object
/// (issue 9, s26-mobilize): «أن أنقرة ستهاجم التنظيم» is Turkey's, not the group's.
/// </summary>
public class ThatClauseSubjectTests
{
    [Fact]
    public void The_army_named_after_inna_attacks_the_group_named_after_the_verb()
    {
        var e = Assert.Single(Of("وقال المتحدث إن الجيش هاجم تنظيم داعش في مدينة الرمادي أمس."), x => x.Type == "ASSAULT");
        Assert.Equal("IRQ-MIL", e.Actor1?.Id);
        Assert.Equal("ISIL", e.Actor2?.Id);
    }

    [Fact]
    public void A_state_named_after_anna_is_the_doer_of_its_future_attack()
    {
        var events = Of("وتشير الغارات إلى أن أنقرة ستهاجم تنظيم الدولة الإسلامية عبر الحدود السورية.");
        var attack = Assert.Single(events, x => x.Evidence.Text.Contains("ستهاجم", StringComparison.Ordinal));
        Assert.Equal("TUR", attack.Actor1?.Id);
    }

    [Fact]
    public void After_a_subjunctive_an_the_subject_still_follows_the_verb()
    {
        var e = Assert.Single(Of("ويمكن أن يهاجم الجيش تنظيم داعش في مدينة الرمادي."), x => x.Type == "ASSAULT");
        Assert.Equal("IRQ-MIL", e.Actor1?.Id);
    }
}
