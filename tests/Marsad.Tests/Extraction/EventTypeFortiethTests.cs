using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The event type from the deed's words, session 40 (issue 9, s40-types): a verb of aiming at a checkpoint or a column with no
/// weapon told is a ground attack; a bomb belt worn by attackers is no blast; an attack noun named by its weekday retells that
/// day's attacks.
/// </summary>
public class EventTypeFortiethTests
{
    [Fact]
    public void Rebels_aiming_at_a_checkpoint_with_no_weapon_told_attack_it_on_the_ground()
    {
        var events = Of("وذكر ناشطون أن مقاتلي المعارضة استهدفوا الحاجز العسكري عند مدخل بلدة الحراك امس، ما أدى إلى انسحاب القوات منه.", new DateOnly(2013, 3, 5));
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("استهدفوا", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_bomb_aimed_at_a_patrol_stays_a_strike()
    {
        var events = Of("وقال مصدر في الشرطة إن عبوة ناسفة استهدفت دورية للجيش في حي العربي بمدينة الموصل امس.", new DateOnly(2013, 3, 5));
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Gunmen_wearing_bomb_belts_killed_in_their_attempt_fought_on_the_ground()
    {
        var events = Of("وقال مصدر أمني إن ستة مسلحين يحملون أحزمة ناسفة قتلوا أثناء محاولتهم الهجوم على القوات الأمنية في مدينة الرمادي امس.", new DateOnly(2015, 7, 26));
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("الهجوم", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_bomber_wearing_a_belt_who_blew_himself_up_struck_from_afar()
    {
        var events = Of("فجر انتحاري يرتدي حزاما ناسفا نفسه في سوق شعبي بمدينة كربلاء امس.", new DateOnly(2013, 3, 5));
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void The_deadliest_of_a_days_attacks_is_one_of_its_bombings()
    {
        var events = Of("شهدت بغداد الثلاثاء سلسلة تفجيرات بسيارات مفخخة في أحياء عدة. ووقع أكثر هجمات الثلاثاء دموية في حي الشعب شمالي العاصمة، حيث قتل سبعة أشخاص.", new DateOnly(2013, 3, 20));
        // The deadliest attack merges into the day's bombings; it must not stand as a clash of its own.
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Fatalities == 7);
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }
}
