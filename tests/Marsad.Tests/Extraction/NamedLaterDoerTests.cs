using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Doers the article names for the deed elsewhere than its own clause (docs/events.md, s38-claims): a claim told as a
/// relative clause on the deed noun («الهجوم الانتحاري الذي تبناه تنظيم داعش»), the warplanes a nationality owned
/// told again by their definite noun, and a state that only speaks of another state's raid.
/// </summary>
public class NamedLaterDoerTests
{
    [Fact]
    public void A_relative_claim_after_a_place_genitive_names_the_claimant_as_doer_of_both_tellings()
    {
        var events = Of("قتل 20 شخصا أمس جراء تفجير وقع في سوق ببلدة سروج جنوب تركيا.\n\n"
            + "وأعلنت السلطات التركية اليوم أن شابا هو منفذ هجوم سروج الانتحاري الذي تبناه تنظيم داعش.");
        var bombings = events.Where(e => e.Type == "REMOTE").ToList();
        Assert.NotEmpty(bombings);
        Assert.All(bombings, b => Assert.Equal("ISIL", b.Actor1?.Id));
        Assert.DoesNotContain(bombings, b => b.Actor2?.Id == "ISIL");
    }

    [Fact]
    public void Warplanes_told_again_by_their_definite_noun_are_the_owner_named_before()
    {
        var events = Of("أقلعت 8 طائرات حربية تركية مساء أمس من قاعدة ديار بكر الجوية.\n\n"
            + "وذكرت قناة تلفزيونية اليوم أن الطائرات الحربية قصفت معسكرات المتمردين في شمال العراق.");
        var strike = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("TUR", strike.Actor1?.Id);
    }

    [Fact]
    public void A_capital_that_says_the_raid_struck_a_centre_speaks_of_the_raid_another_state_did()
    {
        var events = Of("ورفض الوزير التعليق على الغارة التي نفذتها مقاتلات حربية اسرائيلية فجر الاربعاء.\n\n"
            + "لكن دمشق قالت مساء الاربعاء ان الغارة استهدفت مركزا عسكريا للبحث العلمي في منطقة جمرايا.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "SYR-MIL");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "ISR-MIL");
    }

    // A guard: a state that adopts a resolution with «الذي تبناه» is no claimant of the bombing told before.
    [Fact]
    public void A_council_that_adopted_a_resolution_claims_no_bombing()
    {
        var events = Of("قتل عشرة أشخاص في تفجير سيارة مفخخة في مدينة حمص. وندد الوزير بالتفجير الذي تبناه مجلس الأمن في قراره.");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "UN");
    }
}
