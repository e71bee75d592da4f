using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Car bombs, roadside bombs and suicide bombers (docs/annotation.md 6.3): a bombing is the claiming
/// group's or, unclaimed, an unidentified armed group's; the police it hit, the police that tell of it,
/// the city that saw it and the force that destroyed it are never its doer, and a bomb destroyed or
/// defused is no bombing at all (docs/events.md, s24-suicide).
/// </summary>
public class BombDoerTests
{
    [Fact]
    public void Car_bombs_a_force_destroyed_are_no_bombing()
    {
        var events = Of("وقال مصدر في قوات البيشمركة إن قواته تمكنت من تدمير ثلاث سيارات مفخخة تعود لتنظيم داعش قرب قضاء سنجار.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Theory]
    [InlineData("ودمرت سيارة مفخخة مبنى البلدية في مدينة كركوك صباح اليوم.")]
    [InlineData("ودمر انفجار عبوة ناسفة آلية للجيش العراقي قرب مدينة الرمادي.")]
    public void A_bomb_that_destroys_is_a_bombing(string body)
    {
        Assert.Contains(Of(body), e => e.Type == "REMOTE");
    }

    [Theory]
    [InlineData("ودمرت قوات البيشمركة سيارة مفخخة قرب قضاء سنجار.")]
    [InlineData("وقال الجيش إن قواته دمرت ثلاثة زوارق تحمل عبوات ناسفة في محافظة الأنبار.")]
    [InlineData("وأبطل خبراء المتفجرات مفعول عبوة ناسفة يدوية الصنع في مدينة الرمادي.")]
    public void A_bomb_a_force_destroyed_or_defused_with_a_verb_is_no_bombing(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_bomb_the_group_meant_to_set_off_after_it_was_destroyed_is_no_bombing()
    {
        var events = Of("وتمكنت قوات البيشمركة من تدمير خمس عجلات مفخخة تعود لتنظيم داعش كان ينوي تفجيرها في قضاء سنجار.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_roadside_bomb_dealt_with_by_the_army_is_no_bombing()
    {
        var events = Of("وأعلنت قيادة العمليات قتل إرهابي واحد ومعالجة عبوة ناسفة في إحدى الدور بقضاء حديثة.");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("عبوة", StringComparison.Ordinal));
    }

    [Fact]
    public void The_city_that_saw_a_wave_of_car_bombs_is_not_their_doer()
    {
        var e = Assert.Single(Of("وشهدت العاصمة بغداد أمس سلسلة تفجيرات بسيارات مفخخة استهدفت حي الكرادة."), e => e.Type == "REMOTE");
        Assert.Null(e.Actor1);
    }

    [Fact]
    public void The_police_who_tell_of_a_suicide_car_bomb_are_not_its_doer()
    {
        var e = Assert.Single(Of("أفادت الشرطة العراقية بمقتل خمسة أشخاص في هجوم انتحاري بسيارة ملغومة استهدف مقرا للشرطة شمال مدينة كركوك."), e => e.Type == "REMOTE");
        Assert.NotEqual("IRQ-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void Gunmen_who_set_off_a_bomb_stay_its_doer()
    {
        var e = Assert.Single(Of("فجر مسلحون مجهولون عبوة ناسفة قرب حاجز للجيش العراقي في مدينة الموصل."), e => e.Type == "REMOTE");
        Assert.Equal("UNIDENTIFIED-ARMED", e.Actor1?.Id);
    }

    [Fact]
    public void The_clashes_a_capture_came_after_are_the_takers_attack()
    {
        var events = Of("وقال المرصد إن مقاتلين من جبهة النصرة سيطروا على قيادة اللواء 38 قرب بلدة صيدا على طريق دمشق عمان في محافظة درعا بعد اشتباكات عنيفة استمرت 16 يوما.");
        var clash = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("NUSRA", clash.Actor1?.Id);
    }

    [Fact]
    public void The_fighters_a_suicide_attack_aimed_at_are_its_target()
    {
        var bombings = Of("سقط 23 قتيلا في هجوم انتحاري، استهدف عناصر مجالس الصحوة في منطقة التاجي شمال بغداد.").Where(e => e.Type == "REMOTE").ToList();
        Assert.NotEmpty(bombings);
        Assert.DoesNotContain(bombings, e => e.Actor1?.Id == "SAHWA");
        Assert.Contains(bombings, e => e.Actor2?.Id == "SAHWA");
    }
}
