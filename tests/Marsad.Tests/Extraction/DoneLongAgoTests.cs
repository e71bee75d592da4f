using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A past deed whose own clause says it was done «منذ/قبل» months or years ago is the setting of the
/// news, history (docs/annotation.md 4.1); an ongoing campaign told with the span, a comparison with
/// all since, and a deed of the news day stay.
/// </summary>
public class DoneLongAgoTests
{
    [Theory]
    [InlineData("وكانت القوات الحكومية قد استعادت السيطرة على حي الخالدية في حمص قبل عام.")]
    [InlineData("وسيطر المسلحون على بلدة القصير منذ أشهر.")]
    [InlineData("وانسحبت قوات الجيش من بلدة القصير منذ شهرين تقريبا.")]
    public void A_deed_done_months_or_years_ago_is_history(string body)
    {
        Assert.Empty(Of(body));
    }

    [Fact]
    public void The_same_deed_without_the_span_is_news()
    {
        Assert.Contains(Of("وسيطر المسلحون على بلدة القصير."), e => e.Type == "CAPTURE");
    }

    [Fact]
    public void The_fiercest_shelling_for_months_is_a_comparison_not_a_date()
    {
        Assert.Contains(Of("وقصفت القوات الحكومية أمس بلدة القصير في أعنف قصف منذ أشهر."), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_deed_before_a_recalled_one_joined_by_wa_kana_stays()
    {
        Assert.Contains(Of("واقتحم المسلحون بلدة القصير وكان الجيش قد سيطر عليها منذ عام."), e => e.Type is "CAPTURE" or "ASSAULT");
    }

    [Fact]
    public void A_span_before_another_happening_is_no_date_against_the_news()
    {
        Assert.Contains(Of("وسيطر المسلحون على بلدة القصير قبل عام من الانتخابات."), e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_deed_of_its_own_day_before_a_joined_recalled_one_stays()
    {
        Assert.Contains(Of("واقتحم المسلحون بلدة القصير يوم الأحد وكان الجيش قد سيطر عليها منذ عام."), e => e.Type is "CAPTURE" or "ASSAULT");
    }
}
