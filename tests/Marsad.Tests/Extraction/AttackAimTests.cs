using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// s21b-aim (issue 9; annotation.md 6.2, decisions log 2026-12-05): the stated aim of an attack is coded
/// as the attack plus, for a capture, an intended capture; a capture aimed at is never asserted.
/// </summary>
public class AttackAimTests
{
    [Fact]
    public void Control_wrested_as_the_aim_of_a_shelling_is_an_intended_capture()
    {
        var events = Of("كثفت فصائل المعارضة قصفها على مواقع قوات النظام في مدينة درعا أمس في محاولة جديدة لانتزاع السيطرة على المدينة.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Modality == "asserted");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void Control_imposed_as_the_aim_of_an_attack_is_not_a_capture_that_happened()
    {
        var events = Of("شن الجيش هجوما واسعا على مدينة الزبداني أمس بهدف فرض سيطرته على المدينة.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void A_commander_saying_the_aim_is_control_states_an_intention()
    {
        var events = Of("واشتبك مقاتلو المعارضة مع قوات النظام في حي جوبر أمس، وقال قائد ميداني إن الهدف هو السيطرة على مواقع القناصة في الحي.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void Control_wrested_and_told_as_done_stays_an_asserted_capture()
    {
        var events = Of("تمكنت فصائل المعارضة أمس من انتزاع السيطرة على بلدة بصر الحرير في ريف درعا.");
        Assert.Contains(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void An_attempt_to_take_a_quarter_told_as_the_purpose_of_a_shelling_is_an_intended_capture()
    {
        var events = Of("قصفت قوات النظام حي جوبر في دمشق أمس في محاولة للسيطرة على الحي.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Modality == "asserted");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Trying_to_impose_control_on_a_town_is_an_aim_not_a_capture()
    {
        var events = Of("تتعرض مدينة داريا لقصف من القوات النظامية التي تحاول فرض سيطرتها على المدينة.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void Trying_for_some_time_to_impose_control_is_still_an_aim()
    {
        var events = Of("تتعرض مدينة داريا لقصف من القوات النظامية التي تحاول منذ فترة فرض سيطرتها الكاملة على المدينة.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void Seeking_for_months_to_launch_an_attack_is_an_intended_attack()
    {
        var events = Of("وتسعى قوات النظام منذ أشهر إلى شن هجوم واسع على مدينة تدمر.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Modality == "asserted");
    }

    [Fact]
    public void Seeking_for_about_a_month_to_take_an_airbase_is_an_aim_not_a_capture()
    {
        var events = Of("وتسعى فصائل المعارضة منذ نحو شهر إلى السيطرة على مطار كويرس العسكري.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void Seeking_hard_to_impose_control_is_an_aim_not_a_capture()
    {
        var events = Of("وتسعى قوات النظام جاهدة إلى فرض سيطرتها على مدينة تدمر.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void A_new_plan_to_launch_an_attack_is_an_intended_attack()
    {
        var events = Of("وكشف مصدر عسكري عن خطة جديدة لشن هجوم على مدينة تدمر.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.Modality == "asserted");
    }

    [Fact]
    public void Trying_again_for_days_to_impose_control_is_an_aim_not_a_capture()
    {
        var events = Of("وتحاول قوات النظام مجددا منذ أيام فرض سيطرتها على مدينة تدمر.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void A_capture_told_after_a_comma_is_out_of_the_reach_of_the_attempt()
    {
        var events = Of("حاولت قوات النظام التقدم منذ أيام، وسيطرت فصائل المعارضة على بلدة الشيخ مسكين في ريف درعا أمس.");
        Assert.Contains(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }
}
