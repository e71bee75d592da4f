using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Deeds named but not done in the news time (issue 9, s25-noevent): the deed an anniversary remembers, an
/// agreement broken or ended, a deed a party is kept from.
/// </summary>
public class UndoneDeedTests
{
    [Theory]
    [InlineData("وألقى رئيس الحكومة السابق كلمة في الذكرى العاشرة لاغتيال والده في بيروت.", "ASSAULT")]
    [InlineData("وأضرب التجار في مدينة حماة في ذكرى مرور ثلاثين سنة على مجزرة المدينة.", "ATTACK_CIVILIANS")]
    [InlineData("وتظاهر الآلاف أمس في ذكرى الثورة والاعتقالات التي طالت الناشطين في مدينة حمص.", "ARREST")]
    [InlineData("وتظاهر الآلاف أمس في ذكرى الثورة واعتقال الناشطين في مدينة حمص.", "ARREST")]
    public void The_deed_an_anniversary_remembers_is_no_event(string body, string type)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == type);
    }

    [Fact]
    public void A_protest_told_on_an_anniversary_is_a_protest()
    {
        var events = Of("وفي الذكرى الثانية للثورة تظاهر آلاف المحتجين أمس في ميدان التحرير بالقاهرة.");
        Assert.Contains(events, e => e.Type == "PROTEST");
    }

    [Theory]
    [InlineData("وأدت الغارات التركية ليل الجمعة إلى إنهاء الهدنة بين أنقرة والمتمردين الأكراد.")]
    [InlineData("وقال ناشطون إن قوات النظام خرقت الهدنة القائمة في مدينة داريا.")]
    public void An_agreement_broken_or_ended_is_no_agreement(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "AGREE");
    }

    [Fact]
    public void A_truce_reached_is_an_agreement()
    {
        var events = Of("وتوصلت قوات النظام والفصائل المسلحة أمس إلى هدنة في مدينة داريا لمدة يومين.");
        Assert.Contains(events, e => e.Type == "AGREE");
    }

    [Theory]
    [InlineData("وقال مسؤول إن التنظيم نقل الأسرى إلى الأحياء السكنية لمنع قوات النظام من قصف المدينة.", "REMOTE")]
    [InlineData("وأعلنت السلطات أنها ستمنع المحتجين من التظاهر في ساحة تقسيم وسط مدينة إسطنبول.", "PROTEST")]
    [InlineData("وأصيب عدد من المصلين عندما حاولت قوات الأمن منعهم من الوصول إلى الجامع الكبير في مدينة الرمادي.", "MOBILIZE")]
    [InlineData("واعترضت دورية للشرطة المحتجين ومنعتهم من التظاهر أمام مبنى المحافظة في مدينة البصرة أمس.", "PROTEST")]
    public void A_deed_a_party_is_kept_from_is_no_event(string body, string type)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == type);
    }

    [Fact]
    public void A_deed_a_party_failed_to_keep_from_happened()
    {
        var events = Of("ولم يتمكن المسلحون أمس من منع طائرات النظام من قصف حي الشعار في مدينة حلب.");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Theory]
    [InlineData("ووصل وزير الدفاع إلى بغداد لبحث المواجهة مع تنظيم داعش الذي كثف مؤخرا تفجيراته في العاصمة العراقية.", "REMOTE")]
    [InlineData("وكانت القوات النظامية صعدت عملياتها العسكرية خلال الفترة الأخيرة في مدينة حمص ومناطق أخرى.", "ASSAULT")]
    public void Deeds_intensified_lately_are_a_trend_not_an_event(string body, string type)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == type);
    }

    [Fact]
    public void Strikes_intensified_on_a_day_are_an_event()
    {
        var events = Of("وكثف الطيران الحربي غاراته اليوم الأحد على مدينة دوما في ريف دمشق.");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void Executions_counted_since_a_capture_months_back_are_a_total()
    {
        var events = Of("وأعدم تنظيم داعش أكثر من ألف وخمسمئة شخص في محافظة نينوى شمال العراق منذ السيطرة عليها العام الماضي.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    [Theory]
    [InlineData("وقصفت الطائرات الحربية الحي القديم في مدينة درعا للمرة الأولى منذ بداية الصراع.")]
    [InlineData("وقصفت الطائرات الحربية الحي القديم في مدينة درعا أمس، في أعنف قصف منذ بداية الصراع.")]
    public void A_deed_compared_with_all_since_the_war_began_is_an_event(string body)
    {
        Assert.Contains(Of(body), e => e.Type == "REMOTE");
    }
}
