using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A passive arrest («تم القبض على», «تم اعتقال») keeps no doer unless its sentence names a state's forces before it as the
/// other side (docs/annotation.md, passive arrests; docs/events.md, "s43-arrest"): then those forces arrest. «تم ضبط» may
/// seize goods, and an agent after the verbal noun names the doer itself, so neither takes the forces.
/// </summary>
public class PassiveArrestForceTests
{
    [Fact]
    public void Protesters_arrested_after_a_clash_with_the_security_forces_are_arrested_by_those_forces()
    {
        var e = Assert.Single(Candidates("اندلعت مواجهات مساء الجمعة بين متظاهرين وقوات الأمن المصرية في محيط ميدان التحرير، وتم القبض على عشرين متظاهرا.", "ARREST"));
        Assert.Equal("EGY-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void A_car_bomb_seized_after_a_force_is_named_takes_no_doer_from_it()
    {
        var candidates = Candidates("وأعلنت قوات الأمن العراقية إحباط هجوم في مدينة الرمادي، حيث تم ضبط سيارة مفخخة قرب حاجز للجيش.", "ARREST");
        Assert.NotEmpty(candidates);
        Assert.All(candidates, e => Assert.Null(e.Actor1));
    }
}
