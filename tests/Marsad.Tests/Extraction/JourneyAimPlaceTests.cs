namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s34-wrongplace): a place the deed's sentence names for another reason is not where the deed
/// happened: the end of the journey it was done on («أثناء عودتهما إلى …»), where those who fled went («وفر
/// آخرون إلى …»). The aim's place (PlaceLinker.AimElsewhere) moved pool events through the learned place
/// choice only; rules-only sentences of mine placed them right without it, so no test of it is here.
/// </summary>
public class JourneyAimPlaceTests
{
    [Theory]
    [InlineData("قتل جنديان بانفجار عبوة ناسفة أثناء عودتهما إلى مدينة الموصل.", "الموصل")]
    [InlineData("قتلت القوات العراقية أربعة من عناصر داعش في اشتباكات بمنطقة المضيق، وفر آخرون إلى مدينة الفلوجة.", "الفلوجة")]
    public void A_deed_is_not_placed_at_the_end_of_a_journey_or_a_flight(string body, string end)
    {
        var events = Events.Of(body).Where(e => e.Type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain(end, e.Location?.Name ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void An_arrest_on_arriving_keeps_the_town_arrived_at()
    {
        var events = Events.Of("اعتقلت قوات الأمن الناشط عند عودته إلى مدينة حمص.").Where(e => e.Type == "ARREST").ToList();

        Assert.Contains(events, e => e.Location?.Name.Contains("حمص", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_attack_the_doer_aims_to_retake_a_town_with_keeps_the_town()
    {
        var events = Events.Of("شن الجيش العراقي هجوما بهدف استعادة مدينة تكريت.").Where(e => e.Type is "ASSAULT" or "CAPTURE").ToList();

        Assert.Contains(events, e => e.Location?.Name.Contains("تكريت", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_abduction_is_not_placed_where_the_abducted_were_taken()
    {
        var events = Events.Of("اختطف مسلحون عشرين مدنيا من بلدة القريتين، وأفاد ناشطون بنقلهم إلى مدينة تدمر.")
            .Where(e => e.Type is "ATTACK_CIVILIANS" or "ARREST" or "ASSAULT").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.DoesNotContain("تدمر", e.Location?.Name ?? "", StringComparison.Ordinal));
    }
}
