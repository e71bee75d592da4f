using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// s20b-mobilize (issue 9, CAPTURE precision): a capture told as the past a holding dates from
/// («منذ استولى», «بعد أن استولى») is background, not a capture of the news.
/// </summary>
public class CaptureSinceTests
{
    [Fact]
    public void A_capture_a_holding_dates_from_after_since_is_background()
    {
        var events = Of("وانتقل رئيس الوزراء إلى مدينة طبرق منذ استولى فصيل منافس على العاصمة طرابلس.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_capture_told_after_after_that_is_background()
    {
        var events = Of("وخطف ثلاثة مسلحين كاهنا في بلدة القريتين بعد أن استولى التنظيم على مدينة تدمر.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_capture_since_which_people_fled_is_news_when_dated_yesterday()
    {
        var events = Of("ونزح آلاف السكان إلى المدن المجاورة منذ سيطر التنظيم على البلدة صباح أمس.");
        Assert.Contains(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_capture_since_which_people_fled_is_background_when_years_back()
    {
        var events = Of("ونزح آلاف السكان إلى المدن المجاورة منذ سيطر التنظيم على البلدة قبل عامين.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_capture_after_a_bare_after_is_still_a_capture()
    {
        var events = Of("وبعد سيطرة مقاتلي المعارضة على بلدة خان طومان، قصفت الطائرات الحربية البلدة.");
        Assert.Contains(events, e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_capture_told_on_its_own_is_still_a_capture()
    {
        var events = Of("استولى التنظيم على مدينة تدمر بعد معارك عنيفة مع قوات النظام.");
        Assert.Contains(events, e => e.Type == "CAPTURE");
    }
}
