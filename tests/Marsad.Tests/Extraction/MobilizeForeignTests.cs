using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Deployments of s20b-mobilize (issue 9): the owner of a pair of weapons named by a nationality in the
/// dual, a state deploying away from the country the article is about, and a pronoun on the verbal noun
/// that stands for the force it moves.
/// </summary>
public class MobilizeForeignTests
{
    [Fact]
    public void A_feminine_nationality_in_the_dual_names_the_state_of_two_batteries()
    {
        var hits = Marsad.Lexicons.ActorLexicon.Default.Matcher.FindAll(Marsad.Text.AnalyzedText.Analyze("وصلت البطاريتان الألمانيتان إلى أضنة."));
        Assert.Contains(hits, h => h.Values.Any(v => v.Id == "DEU" && v.IsNisba));
    }

    [Fact]
    public void A_state_deploying_in_another_country_is_coded_by_the_state_not_its_forces()
    {
        var e = Single("أرسلت ألمانيا قوات إلى مدينة كهرمان مرعش في جنوب تركيا، قرب الحدود مع سوريا، حيث تقع مدينتا غازي عنتاب وأضنة.", "MOBILIZE");
        AssertActors(e, "DEU");
    }

    [Fact]
    public void A_state_deploying_in_its_own_country_is_still_coded_by_its_forces()
    {
        var e = Single("أرسلت مصر تعزيزات عسكرية إلى مدينة العريش في شمال سيناء بعد هجوم على كمين للجيش المصري.", "MOBILIZE");
        AssertActors(e, "EGY-MIL");
    }

    [Fact]
    public void Batteries_deployed_told_by_a_pronoun_on_the_verbal_noun_are_a_deployment()
    {
        var events = Of("وتم تشغيل البطاريتين الأوليين المرسلتين من هولندا يوم السبت، بعد نشرهما حول مدينة أضنة التركية.");
        Assert.Contains(events, e => e.Type == "MOBILIZE" && e.Evidence.Text.Contains("نشرهما", StringComparison.Ordinal));
    }

    [Fact]
    public void Pictures_an_activist_published_are_no_deployment()
    {
        var events = Of("وأظهرت الصور التي نشرها ناشطون في مدينة حمص دمارا واسعا.");
        Assert.DoesNotContain(events, e => e.Type == "MOBILIZE");
    }
}
