using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A day's roll-up over the deeds an article itemises is no event of its own (docs/annotation.md 4.2): dead counted over
/// deeds told «متفرقة», and a strike over unnamed sites with no place of its own in its clause. The itemised deeds stay.
/// </summary>
public class DayRollupTests
{
    private static readonly DateOnly March = new(2013, 3, 1);

    [Theory]
    [InlineData("وقتل 20 شخصا على الأقل في هجمات متفرقة في بغداد أمس، بينها تفجير سيارة مفخخة في منطقة الشعلة قتل فيه 15 شخصا.")]
    [InlineData("وقتل خمسة جنود في اشتباكات متفرقة مع المسلحين في محافظة الأنبار أمس.")]
    public void Dead_counted_over_scattered_deeds_are_no_event_at_their_city(string body)
    {
        Assert.DoesNotContain(Of(body, March), e => e.Evidence.Text.Contains("متفرقة", StringComparison.Ordinal));
    }

    [Fact]
    public void The_itemised_bombing_of_a_scattered_series_stays_an_event()
    {
        const string body = "وقتل 20 شخصا على الأقل في هجمات متفرقة في بغداد أمس، بينها تفجير سيارة مفخخة في منطقة الشعلة قتل فيه 15 شخصا.";
        Assert.Contains(Of(body, March), e => e.Type == "REMOTE" && e.Location?.Name == "الشعلة");
    }

    [Fact]
    public void Scattered_clashes_with_no_dead_counted_stay_with_the_keep_model()
    {
        const string body = "ودارت اشتباكات متفرقة بين الجيش الحر والقوات النظامية في حي جوبر بدمشق أمس.";
        Assert.Contains(Of(body, March), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_shelling_of_unnamed_sites_is_no_event_at_the_town_of_the_clause_before()
    {
        const string body = "وقال ناشطون إن الثوار سيطروا على بلدتين بحماة أمس، مع تواصل قصف النظام على مواقع عدة.";
        Assert.DoesNotContain(Of(body, March), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_shelling_of_several_sites_at_a_named_town_stays_an_event()
    {
        const string body = "وقصفت قوات النظام مواقع عدة في مدينة داريا بريف دمشق أمس.";
        Assert.Contains(Of(body, March), e => e.Type == "REMOTE");
    }
}
