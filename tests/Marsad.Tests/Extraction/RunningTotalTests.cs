using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The strikes a count rising «منذ» a day weeks back names as its cause are a running total, no event, and a siege or a
/// campaign of taking lasting «منذ» a date over a month back is a standing condition (s41-history); the day's deed told
/// before the rise, and a count rising since this morning, stay.
/// </summary>
public class RunningTotalTests
{
    private static readonly DateOnly July = new(2015, 7, 23);

    [Fact]
    public void Strikes_a_count_rising_since_a_day_months_back_names_are_a_running_total()
    {
        const string body = "وأعلنت الهيئة ارتفاع العدد الإجمالي للقتلى إلى 2100 على الأقل جراء غارات التحالف على مناطق في محافظة الرقة منذ 15 تشرين الأول 2014 وحتى فجر اليوم.";
        Assert.DoesNotContain(Of(body, July), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_killing_told_before_a_count_rising_since_weeks_back_stays()
    {
        const string body = "وقتل مسلحون ثلاثة جنود أمس في هجوم على مخفر في ولاية ماردين ليرتفع عدد قتلى الجيش منذ 20 حزيران إلى 30 على الأقل.";
        Assert.Contains(Of(body, July), e => e.Type is "ASSAULT" or "ATTACK_CIVILIANS" or "REMOTE");
    }

    [Fact]
    public void Strikes_a_count_rising_since_this_morning_names_stay()
    {
        const string body = "وأفاد ناشطون بارتفاع عدد القتلى إلى 25 جراء غارات الطيران الحربي على مدينة دوما منذ صباح اليوم.";
        Assert.Contains(Of(body, July), e => e.Type == "REMOTE");
    }

    [Theory]
    [InlineData("وتفرض فصائل المعارضة حصارا منذ تشرين الأول 2013 على بلدتي كفريا والفوعة في ريف إدلب.", "BLOCKADE")]
    [InlineData("وتشن القوات الحكومية حملة منذ الشهر الماضي لاستعادة مدينة تكريت من التنظيم.", "CAPTURE")]
    public void A_hold_lasting_since_a_date_over_a_month_back_is_a_standing_condition(string body, string type)
    {
        Assert.DoesNotContain(Of(body, July), e => e.Type == type);
    }
}
