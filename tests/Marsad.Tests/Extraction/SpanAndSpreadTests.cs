using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed told over past months, a shelling many unnamed places have undergone «منذ فترة», a shelling over unnamed
/// areas whose comma and «بينما» open another happening, and a town that marks the end of a stretch of land are no
/// events (s39-standing); a deed of the news day, one town shelled for months, and a list of towns shelled stay.
/// </summary>
public class SpanAndSpreadTests
{
    private static readonly DateOnly July = new(2015, 7, 22);

    [Theory]
    [InlineData("وسيطر مقاتلو المعارضة في الأشهر القليلة الماضية على مناطق كبيرة من محافظة دير الزور.")]
    [InlineData("وذكر التقرير أنه في الشهور الماضية، سيطر التنظيم على قاعدة عسكرية قرب مدينة الرقة.")]
    public void A_taking_told_over_past_months_is_no_event(string body)
    {
        Assert.DoesNotContain(Of(body, July), e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_taking_of_the_day_compared_with_past_months_stays()
    {
        const string body = "وسيطر مقاتلو المعارضة أمس على بلدة محمبل في ريف إدلب في أكبر تقدم خلال الأشهر الماضية.";
        Assert.Contains(Of(body, July), e => e.Type == "CAPTURE");
    }

    [Fact]
    public void Many_unnamed_places_shelled_for_a_while_are_a_standing_condition()
    {
        const string body = "وتتعرض مدن سورية عديدة منها حمص وحماة ودرعا منذ فترة إلى قصف بالطيران الحربي إضافة إلى قصف بالمدفعية.";
        Assert.DoesNotContain(Of(body, July), e => e.Type == "REMOTE");
    }

    [Fact]
    public void One_town_shelled_for_months_stays()
    {
        const string body = "ويتعرض حي جوبر منذ عدة أشهر إلى قصف عنيف من قوات النظام.";
        Assert.Contains(Of(body, July), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_shelling_over_unnamed_areas_takes_no_town_of_the_clause_a_joiner_opens()
    {
        const string body = "وقتل عدد من المدنيين في قصف بمناطق مختلفة، بينما عثر الأهالي في حماة على جثث.";
        Assert.DoesNotContain(Of(body, July), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_town_that_ends_a_stretch_of_land_is_no_place_of_a_strike()
    {
        const string body = "وطالت الغارات مئات البلدات السورية من حلب شمالًا وحتى السويداء جنوبًا خلال تسعة أشهر.";
        Assert.DoesNotContain(Of(body, July), e => e.Type == "REMOTE" && e.Location?.Name is "حلب" or "السويداء");
    }

    [Fact]
    public void Towns_a_strike_hit_told_in_a_list_stay()
    {
        const string body = "وقصفت الطائرات الحربية أمس بلدات كفرنبل وسراقب وبنش في ريف إدلب.";
        Assert.Contains(Of(body, July), e => e.Type == "REMOTE");
    }
}
