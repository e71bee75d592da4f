using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// An indefinite «قوة أمنية» / «قوات أمنية» is the forces of the article's country, as the definite
/// «القوات الأمنية» is, unless «تابعة ل» names whose force it is (docs/events.md, "s41b-arrest").
/// </summary>
public class SecurityForceTests
{
    [Fact]
    public void A_security_force_that_arrests_in_an_iraqi_town_is_the_iraqi_forces()
    {
        var e = Single("أفاد مصدر في شرطة محافظة نينوى، اليوم الاثنين، بأن قوة أمنية اعتقلت ثلاثة مطلوبين بتهمة الإرهاب في قضاء تلعفر غرب مدينة الموصل.", "ARREST");
        Assert.Equal("IRQ-MIL", e.Actor1?.Id);
        Assert.Equal("قوة أمنية", e.Actor1?.Text);
    }

    [Fact]
    public void Security_forces_told_without_the_article_are_the_countrys_forces()
    {
        var result = Extract("وقالت مصادر في الشرطة إن قوات أمنية طوقت مكان الانفجار في حي الكرادة وسط بغداد ومنعت الاقتراب منه.");
        Assert.Contains(result.Actors, a => a.Id == "IRQ-MIL" && a.Text == "قوات أمنية");
    }

    [Fact]
    public void A_security_force_belonging_to_the_peshmerga_is_the_peshmergas()
    {
        var result = Extract("وقال مسؤولون إن قوة أمنية تابعة لقوات البيشمركة الكردية شنت هجوما على قرى قرب ناحية جلولاء شمال شرقي بعقوبة.");
        Assert.Contains(result.Actors, a => a.Id == "PESHMERGA" && a.Text == "قوة أمنية");
        Assert.DoesNotContain(result.Actors, a => a.Id == "IRQ-MIL");
    }
}
