using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A force sent or arriving «من» a party names its sender, the doer of the build-up when its clause says
/// none (issue 9, s26-mobilize): not the state the sentence before named, and never a bare place.
/// </summary>
public class MobilizeSenderTests
{
    [Fact]
    public void Batteries_sent_from_a_state_are_deployed_by_that_state_not_by_the_one_named_before()
    {
        var deployments = Of("وقال مسؤول ألماني إن البطاريتين الألمانيتين نشرتا حول مدينة غازي عنتاب. وبدأ تشغيل البطاريتين المرسلتين من هولندا أمس، بعد نشرهما حول مدينة أضنة.")
            .Where(e => e.Type == "MOBILIZE" && e.Location?.Name is "أضنة").ToList();
        var e = Assert.Single(deployments);
        Assert.Equal("NLD", e.Actor1?.Id);
    }

    [Fact]
    public void Batteries_arriving_from_a_state_are_sent_by_it()
    {
        var deployments = Of("نشرت ألمانيا بطاريتي صواريخ باتريوت في جنوب تركيا، ومن المتوقع وصول البطاريتين الأخيرتين من الولايات المتحدة إلى تركيا غدا.")
            .Where(e => e.Type == "MOBILIZE" && e.Evidence.Text.Contains("وصول")).ToList();
        var e = Assert.Single(deployments);
        Assert.Equal("USA", e.Actor1?.Id);
    }

    [Fact]
    public void A_deployment_whose_clause_names_its_doer_keeps_it_whoever_sent_the_batteries()
    {
        var deployments = Of("نشرت تركيا أمس البطاريات المرسلة من هولندا حول مدينة أضنة.")
            .Where(e => e.Type == "MOBILIZE").ToList();
        var e = Assert.Single(deployments);
        Assert.Equal("TUR", e.Actor1?.Id);
    }

    [Fact]
    public void Reinforcements_arriving_from_a_state_into_a_town_are_not_sent_by_that_state()
    {
        var builds = Of("وأفادت مصادر ميدانية بوصول تعزيزات عسكرية كبيرة من العراق إلى مدينة الرقة مساء الأحد.")
            .Where(e => e.Type == "MOBILIZE").ToList();
        var e = Assert.Single(builds);
        Assert.NotEqual("IRQ-MIL", e.Actor1?.Id);
        Assert.NotEqual("IRQ-GOV", e.Actor1?.Id);
    }
}
