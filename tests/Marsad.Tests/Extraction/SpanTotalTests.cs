using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed counted over a span of a month or more («خلال الشهر الماضي», «خلال عشرة أشهر», «طوال السنوات
/// الماضية») is a total or a campaign as a whole, no happening of the news (docs/annotation.md 4.2, 4.6);
/// the same deed on a day of its own, or over the last few days, is one.
/// </summary>
public class SpanTotalTests
{
    [Theory]
    [InlineData("وأضرب ضباط الشرطة في السويس بسبب مقتل نحو 40 شخصا خلال الشهر الماضي في اشتباكات بين الشرطة والمتظاهرين.", "ATTACK_CIVILIANS")]
    [InlineData("وشنت القوات النظامية خلال شهري أيار وحزيران عمليات عسكرية واسعة في جبال القلمون.", "ASSAULT")]
    [InlineData("وقالت المنظمة إن الطائرات الحربية قصفت مدينة حلب 300 مرة خلال عشرة أشهر.", "REMOTE")]
    [InlineData("وانسحبت القوات النظامية خلال الأشهر الماضية من بلدات عدة في محافظة الحسكة.", "WITHDRAW")]
    public void A_deed_counted_over_months_is_a_total_not_an_event(string body, string type)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == type);
    }

    [Theory]
    [InlineData("وقصفت الطائرات الحربية مدينة حلب أمس الأحد.", "REMOTE")]
    [InlineData("وانسحبت القوات النظامية خلال الأيام الماضية من بلدات عدة في محافظة الحسكة.", "WITHDRAW")]
    public void The_same_deed_on_a_day_or_over_days_is_an_event(string body, string type)
    {
        Assert.Contains(Of(body), e => e.Type == type);
    }

    [Fact]
    public void A_tally_whose_span_closes_its_long_object_is_a_total()
    {
        var events = Of("وأفاد المرصد بأن طائرات التحالف الدولي قتلت 2500 عنصر من تنظيم داعش وجبهة النصرة (فرع تنظيم القاعدة في سوريا)، بينهم عشرات القادة الميدانيين خلال تسعة أشهر.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" || e.Evidence.Text.Contains("قتلت"));
    }

    [Fact]
    public void The_same_killing_told_of_a_day_without_its_span_is_an_event()
    {
        var events = Of("وأفاد المرصد بأن طائرات التحالف الدولي قتلت 25 عنصرا من تنظيم داعش وجبهة النصرة (فرع تنظيم القاعدة في سوريا)، بينهم ثلاثة قادة ميدانيين أمس.");
        Assert.Contains(events, e => e.Evidence.Text.Contains("قتلت"));
    }

    [Theory]
    [InlineData("وقتلت الطائرات الحربية 12 مدنيا في غارة على بلدة سراقب في ريف إدلب، وهي الأعنف خلال الأشهر الماضية.")]
    [InlineData("وقتلت الطائرات الحربية 12 مدنيا في بلدة سراقب في ريف إدلب أمس، فيما قصفت المدفعية خلال الأشهر الماضية أحياء المدينة.")]
    public void A_tally_of_a_day_before_a_comparison_or_another_deed_is_an_event(string body)
    {
        Assert.Contains(Of(body), e => e.Type is "REMOTE" or "ATTACK_CIVILIANS");
    }
}
