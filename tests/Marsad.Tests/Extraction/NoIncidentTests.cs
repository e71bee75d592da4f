using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Fires brought under control, the side a party fought on, an explosion laid on a mishap, a deed named as the
/// cause of a hardship and a threatened boycott are no events (s37-noevent); a capture, a clash, a bombing of a day
/// and a threat of force beside them stay.
/// </summary>
public class NoIncidentTests
{
    private static readonly DateOnly February = new(2013, 2, 14);

    [Fact]
    public void A_fire_brought_under_control_is_no_capture()
    {
        const string body = "وسيطرت قوات الأمن أمس على النيران في شارع المركز بحي المقطم بعد أن أشعل المحتجون الإطارات.";
        Assert.DoesNotContain(Of(body, February), e => e.Type == "CAPTURE");
    }

    [Fact]
    public void A_town_taken_stays_a_capture()
    {
        Assert.Contains(Of("وسيطرت قوات الجيش أمس على مدينة تكريت بعد معارك عنيفة مع مسلحي التنظيم.", February), e => e.Type == "CAPTURE");
    }

    [Theory]
    [InlineData("وأوقفت الشرطة ثلاثة متهمين بينهم شاب انضم وقاتل مع تنظيم داعش في الموصل.")]
    [InlineData("ويقاتل مقاتلو حزب الله إلى جانب قوات النظام في ريف القنيطرة.")]
    public void The_side_a_party_fought_on_is_no_fight(string body)
    {
        Assert.DoesNotContain(Of(body, February), e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("قاتل", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clash_with_an_enemy_stays()
    {
        Assert.Contains(Of("واشتبك مقاتلو المعارضة أمس مع قوات النظام في حي جوبر بدمشق.", February), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_explosion_laid_on_a_mishap_is_an_accident()
    {
        const string body = "قتل 19 سائحا في حادث انفجار منطاد فوق مدينة الأقصر أمس.\nوقال الطيار إن المنطاد اهتز بشدة إثر خلل في صمام الغاز قبل أن ينفجر.";
        Assert.DoesNotContain(Of(body, February), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_bombing_in_an_article_that_names_a_fault_stays()
    {
        const string body = "قتل 5 أشخاص أمس في انفجار سيارة مفخخة في حي الكرادة ببغداد.\nوقال مصدر إن خللا في كاميرات المراقبة سهل دخول السيارة.";
        Assert.Contains(Of(body, February), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_strike_named_as_the_cause_of_a_hardship_is_a_condition()
    {
        const string body = "ويعاني سكان مدينة الرقة أوضاعا معيشية صعبة في ظل القيود التي يفرضها التنظيم وغارات التحالف الدولي.";
        Assert.DoesNotContain(Of(body, February), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_bombing_of_a_day_named_as_a_hardship_s_cause_stays()
    {
        const string body = "وتعاني بلدات الغوطة انقطاع الكهرباء على خلفية السيارة المفخخة التي انفجرت أمس قرب محطة التحويل في بلدة المليحة.";
        Assert.Contains(Of(body, February), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_threatened_boycott_is_no_threat_of_force()
    {
        Assert.DoesNotContain(Of("وهدد الائتلاف الوطني السوري السبت بمقاطعة المؤتمر الدولي المقرر في روما.", February), e => e.Type == "THREATEN");
    }

    [Fact]
    public void A_threatened_strike_stays_a_threat()
    {
        Assert.Contains(Of("وهدد الجيش السوري الحر السبت بقصف مواقع حزب الله في منطقة الهرمل.", February), e => e.Type == "THREATEN");
    }
}
