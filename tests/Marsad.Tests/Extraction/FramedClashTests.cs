using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A clash told by «بين A و B» after an offensive one of its sides launched has that side for attacker.</summary>
public class FramedClashTests
{
    private const string Clash = "وقال سكان إن معارك عنيفة تدور بين المقاتلين المعارضين والجنود في حي الوعر بمدينة حمص.";

    [Fact]
    public void A_clash_inside_the_army_offensive_told_before_it_has_the_army_for_attacker()
    {
        var events = Of("وشن الجيش السوري صباح اليوم هجوماً واسعاً على الأحياء الشمالية في مدينة حمص. " + Clash);
        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("معارك", StringComparison.Ordinal));
        AssertActors(clash, "SYR-MIL", "SYR-REBELS");
    }

    [Fact]
    public void An_offensive_the_article_does_not_keep_frames_no_clash()
    {
        // A past year's offensive is history, dropped: it must not make the army the attacker of today's clash.
        var events = Of("وكان الجيش السوري قد شن في عام 2012 هجوماً واسعاً على الأحياء الشمالية في مدينة حمص. " + Clash);
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("هجوم", StringComparison.Ordinal));
        var clash = Assert.Single(events, e => e.Type == "ASSAULT");
        AssertActors(clash, "SYR-REBELS", "SYR-MIL");
    }

    [Fact]
    public void A_clash_with_no_offensive_before_it_keeps_the_side_named_first()
    {
        var clash = Assert.Single(Of(Clash), e => e.Type == "ASSAULT");
        AssertActors(clash, "SYR-REBELS", "SYR-MIL");
    }
}
