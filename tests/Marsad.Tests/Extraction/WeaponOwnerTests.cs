using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The doer of a strike told by whose weapon struck (docs/events.md, "s23-air"): warplanes «تابعة ل»
/// a body are that body's, whatever the article's country; the «من» of the doer may stand after the
/// weapon behind ب and its adjectives («قصف عنيف بالبراميل المتفجرة من قوات النظام»).
/// </summary>
public class WeaponOwnerTests
{
    [Fact]
    public void Warplanes_belonging_to_the_coalition_are_the_coalitions_in_a_syrian_report()
    {
        var result = Extract("قال المرصد إن طائرات حربية يعتقد أنها تابعة للتحالف الذي تقوده الولايات المتحدة قصفت مواقع للجبهة قرب بلدة أعزاز في ريف حلب.");
        Assert.Contains(result.Actors, a => a.Id == "USA-COALITION" && a.Text == "طائرات حربية");
        Assert.DoesNotContain(result.Actors, a => a.Id == "SYR-MIL");
    }

    [Fact]
    public void Warplanes_belonging_to_a_coalition_named_without_the_article_are_the_coalitions()
    {
        var result = Extract("وكان المرصد أكد أن طائرات حربية تابعة لتحالف تقوده الولايات المتحدة قصفت مواقع للجبهة في شمال سوريا أمس.");
        Assert.Contains(result.Actors, a => a.Id == "USA-COALITION" && a.Text == "طائرات حربية");
        Assert.DoesNotContain(result.Actors, a => a.Id == "SYR-MIL");
    }

    [Fact]
    public void Warplanes_belonging_to_the_turkish_army_are_turkeys_in_a_syrian_report()
    {
        var result = Extract("وقالت مصادر إن طائرات حربية تابعة للجيش التركي قصفت قرية قرب أعزاز في ريف حلب.");
        Assert.Contains(result.Actors, a => a.Id == "TUR" && a.Text == "طائرات حربية");
        Assert.DoesNotContain(result.Actors, a => a.Id == "SYR-MIL");
    }

    [Fact]
    public void A_group_behind_tabi_after_the_target_of_an_attack_verb_stays_no_doer()
    {
        var e = Single("وقالت المصادر إن جبهة النصرة هاجمت مقاتلين تابعين للجيش الحر في ريف حلب الشمالي.", "ASSAULT");
        Assert.NotNull(e.Actor1);
        Assert.NotEqual("SYR-REBELS", e.Actor1.Id);
    }

    [Fact]
    public void Warplanes_belonging_to_the_regime_in_a_syrian_report_stay_the_syrian_forces()
    {
        var result = Extract("قصفت طائرات حربية تابعة للنظام بلدة كفرنبل في ريف إدلب.");
        Assert.Contains(result.Actors, a => a.Id == "SYR-MIL" && a.Text == "طائرات حربية");
    }

    [Fact]
    public void Barrel_bombs_from_the_regimes_forces_name_the_doer_of_the_shelling()
    {
        var e = Assert.Single(Of("أعرب المبعوث عن قلقه على سكان مدينة الزبداني مما يتعرضون له من قصف عنيف بالبراميل المتفجرة من قوات نظام بشار الأسد."), x => x.Type == "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
        Assert.Equal("قوات نظام بشار الأسد", e.Actor1?.Text);
    }

    [Fact]
    public void A_bare_word_after_the_weapon_makes_the_group_behind_min_the_target()
    {
        var events = Of("وشهدت مدينة الرقة قصفا بالمدفعية عددا من عناصر الجيش الحر في ريفها.");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-REBELS");
    }
}
