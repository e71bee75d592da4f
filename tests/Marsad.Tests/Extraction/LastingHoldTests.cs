using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A siege or a control told as lasting «منذ» months or a while, or as strengthened («تعزيز سيطرتها»), is a condition
/// the news finds standing, no siege laid and no place taken in the news time (docs/annotation.md 4.1, 4.3); a span of
/// a month or more that opens its sentence («وخلال الشهر الماضي …») tells every deed of it as recalled or counted.
/// </summary>
public class LastingHoldTests
{
    private static readonly DateOnly March = new(2013, 3, 12);

    private static List<EventRecord> Shipped(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = March }).Events;

    [Theory]
    [InlineData("وتفرض قوات النظام حصارا منذ أشهر على عدد من أحياء مدينة حمص القديمة.")]
    [InlineData("وتدور المعارك قرب بلدة المليحة حيث يحاصر الجيش جيبا للمسلحين منذ شهرين.")]
    [InlineData("وقال المرصد إن مقاتلي المعارضة يطوقون مطار منغ العسكري منذ عدة أشهر.")]
    public void A_siege_told_as_lasting_for_months_is_no_new_blockade(string body)
    {
        Assert.DoesNotContain(Shipped(body), e => e.Type == "BLOCKADE");
    }

    [Theory]
    [InlineData("وساعدت الغارات المقاتلين الأكراد على تعزيز سيطرتهم على مدينة القامشلي.")]
    [InlineData("وقامت قوات الجيش المنتشرة في شوارع الموصل بتعزيز سيطرتها على المدينة.")]
    public void A_control_strengthened_is_no_capture(string body)
    {
        Assert.DoesNotContain(Shipped(body), e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_siege_laid_in_the_news_time_stays_a_blockade()
    {
        const string body = "وفرضت قوات النظام أمس حصارا على مدينة الرستن بريف حمص.";
        Assert.Contains(Of(body, March), e => e.Type == "BLOCKADE");
    }

    [Fact]
    public void A_siege_laid_since_this_morning_stays_a_blockade()
    {
        const string body = "وتفرض قوات النظام منذ صباح اليوم حصارا على مدينة الرستن بريف حمص.";
        Assert.Contains(Of(body, March), e => e.Type == "BLOCKADE");
    }

    [Fact]
    public void Attacks_told_as_lasting_for_months_stay_an_event()
    {
        const string body = "ويتعرض حي جوبر منذ عدة أشهر لهجمات من قوات النظام.";
        Assert.Contains(Of(body, March), e => e.Type is "ASSAULT" or "REMOTE");
    }

    [Fact]
    public void A_capture_a_force_has_tried_for_a_while_to_impose_is_no_event()
    {
        const string body = "وتتعرض مدينة المعضمية لقصف من القوات النظامية التي تحاول منذ فترة فرض سيطرتها الكاملة عليها.";
        Assert.DoesNotContain(Shipped(body), e => e.Type == "CAPTURE");
    }

    [Fact]
    public void Attacks_under_a_month_span_that_opens_the_sentence_are_no_event()
    {
        const string body = "وخلال الشهر الماضي تسلل مسلحون من التنظيم إلى بلدتي سلوك وتل أبيض ونفذوا فيهما هجمات على مواقع الوحدات الكردية.";
        Assert.DoesNotContain(Of(body, new DateOnly(2015, 7, 20)), e => e.Type is "ASSAULT" or "REMOTE");
    }

    [Fact]
    public void A_deed_dated_past_the_span_that_opens_the_sentence_stays_an_event()
    {
        const string body = "وخلال الشهر الماضي تسلل مسلحون من التنظيم إلى بلدة سلوك، وأمس شن مسلحون من التنظيم هجوما على مواقع الوحدات الكردية في بلدة تل أبيض.";
        Assert.Contains(Of(body, new DateOnly(2015, 7, 20)), e => e.Type == "ASSAULT");
    }
}
