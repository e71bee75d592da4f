using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Doers the text names by a generic word rather than a name (an interior ministry, a coast guard,
/// government warplanes, «the US and its allies»): each must be an actor option with the id the
/// coding guideline gives it (docs/annotation.md 6.3), so the actor1 choice can take it.
/// </summary>
public class GenericDoerTests
{
    [Theory]
    [InlineData("أعلنت وزارة الداخلية اعتقال خمسة مطلوبين في مدينة البصرة.", "IRQ-MIL")]
    [InlineData("أعلنت وزارة الداخلية اعتقال خمسة مطلوبين في مدينة الإسكندرية.", "EGY-MIL")]
    public void An_interior_ministry_is_the_security_forces_of_the_article_country(string body, string forces)
    {
        var result = Extract(body);
        Assert.Contains(result.Actors, a => a.Id == forces && a.Text.Contains("وزارة الداخلية", StringComparison.Ordinal));
    }

    [Fact]
    public void A_nationality_after_a_generic_force_names_that_state_forces_id()
    {
        var result = Extract("قالت إن الشرطة الكويتية اعتقلت ثلاثة رجال.");
        Assert.Contains(result.Actors, a => a.Id == "KWT-MIL");
        Assert.DoesNotContain(result.Actors, a => a.Id == "KWT");
    }

    [Fact]
    public void A_nationality_after_an_interior_ministry_names_the_state_even_outside_it()
    {
        var result = Extract("أعلنت وزارة الداخلية التونسية توقيف خلية في مدينة البصرة.");
        Assert.Contains(result.Actors, a => a.Id == "TUN-MIL");
        Assert.DoesNotContain(result.Actors, a => a.Id == "IRQ-MIL");
    }

    [Fact]
    public void A_coast_guard_patrol_is_the_forces_of_the_article_country()
    {
        var result = Extract("طاردت دورية خفر السواحل قاربا قرب مدينة البصرة.");
        Assert.Contains(result.Actors, a => a.Id == "IRQ-MIL");
    }

    [Theory]
    [InlineData("قصفت مقاتلات حكومية بلدة في ريف مدينة حمص.")]
    [InlineData("قصفت طائرات النظام بلدة في ريف مدينة حمص.")]
    public void Government_warplanes_in_syria_are_the_syrian_forces(string body)
    {
        var e = Single(body, "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void The_united_states_and_its_allies_striking_together_are_the_coalition()
    {
        var e = Single("قالت القيادة إن الولايات المتحدة وحلفاءها شنوا غارات على مدينة الرقة.", "REMOTE");
        Assert.Equal("USA-COALITION", e.Actor1?.Id);
    }

    [Fact]
    public void A_state_that_arrests_does_it_through_its_forces_id()
    {
        var e = Single("اعتقلت السلطات الكويتية ثلاثة رجال في مدينة الجهراء.", "ARREST");
        Assert.Equal("KWT-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void A_lebanese_minister_is_the_lebanese_state()
    {
        var result = Extract("قال وزير الخارجية اللبناني إن بلاده ترفض التدخل.");
        Assert.Contains(result.Actors, a => a.Id == "LBN");
    }

    [Fact]
    public void A_shell_from_the_syrian_side_is_fired_by_the_syrian_forces()
    {
        var result = Extract("سقطت قذيفة مدفعية مصدرها الجانب السوري على منزل في بلدة الهرمل.");
        Assert.Contains(result.Actors, a => a.Id == "SYR-GOV" && a.Text == "الجانب السوري");
    }

    [Fact]
    public void The_other_side_alone_names_nobody()
    {
        var result = Extract("اتهم الجيش الجانب الآخر بخرق الهدنة في مدينة حمص.");
        Assert.DoesNotContain(result.Actors, a => a.Text.Contains("الجانب", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("داهمت القوات الأمنية منزلا في مدينة البصرة.", "IRQ-MIL")]
    [InlineData("داهمت القوات الأمنية منزلا في مدينة القطيف.", "SAU-MIL")]
    public void The_security_forces_belong_to_the_country_of_the_article(string body, string forces)
    {
        var result = Extract(body);
        Assert.Contains(result.Actors, a => a.Id == forces);
    }

    [Theory]
    [InlineData("وتدخلت قوات مكافحة الشغب لفتح الطريق أمام ديوان محافظة الدقهلية في مدينة المنصورة.", "قوات مكافحة الشغب", "EGY-MIL")]
    [InlineData("وداهمت قوات مكافحة الإرهاب عدة منازل في العاصمة أنقرة واعتقلت عشرة مشتبهين.", "قوات مكافحة الإرهاب", "TUR")]
    [InlineData("واقتحمت قوات مكافحة الإرهاب حي الملعب في مدينة الرمادي بمحافظة الأنبار.", "قوات مكافحة الإرهاب", "IRQ-MIL")]
    public void Riot_police_and_counter_terrorism_forces_belong_to_the_article_country(string body, string force, string id)
    {
        var result = Extract(body);
        Assert.Contains(result.Actors, a => a.Id == id && a.Text.Contains(force, StringComparison.Ordinal));
    }
}
