using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The type of a deed, session 37 (issue 9, s37-types): the adjective after the noun of a launching phrase («شنوا هجوما
/// انتحاريا») names its weapon, as it does after a bare attack noun; an attack noun with its armed doer right after it («في
/// هجوم لجبهة النصرة») tells that party's attack, so the shelling told before it in the sentence is another deed's; an attack noun
/// said to be like the deed told before it («هجوم مماثل») is of that deed's kind, a bombing after a bombing.
/// </summary>
public class EventTypeThirtySeventhTests
{
    private static bool On(Output.EventRecord e, string word) => e.Evidence.Text.Contains(word, StringComparison.Ordinal);

    [Fact]
    public void A_suicide_attack_launched_on_a_police_post_is_a_bombing_not_a_clash()
    {
        var events = Of("وقالت وكالة الأناضول إن عناصر من الحزب شنوا هجوما انتحاريا على مخفر للدرك في قضاء دوجو بيازيد أمس مما أسفر عن مقتل اثنين من الجنود.", new DateOnly(2015, 8, 3));
        Assert.Contains(events, e => e.Type == "REMOTE" && On(e, "هجوما"));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_repelled_suicide_attack_stays_the_defender_s_fight()
    {
        var events = Of("وقالت مصادر أمنية إن قوات الجيش صدت هجوما انتحاريا على مخفر للشرطة في مدينة بيجي أمس.", new DateOnly(2015, 8, 3));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "IRQ-MIL");
    }

    [Fact]
    public void An_attack_of_a_named_group_told_after_shelling_is_its_own_ground_attack()
    {
        var events = Of("وجاء القصف المدفعي على القرى الحدودية بعد أنباء عن مقتل ثلاثة من عناصر حزب الله أمس الأربعاء في هجوم لجبهة النصرة في بلدة حدودية بين لبنان وسوريا.", new DateOnly(2013, 2, 21));
        var attacks = events.Where(e => On(e, "هجوم")).ToList();
        Assert.NotEmpty(attacks);
        Assert.All(attacks, e => Assert.Equal("ASSAULT", e.Type));
        Assert.All(attacks, e => Assert.Equal("NUSRA", e.Actor1?.Id));
    }

    [Fact]
    public void An_attack_of_a_named_group_with_rockets_told_after_it_stays_a_strike()
    {
        var events = Of("وقتل ثلاثة من عناصر حزب الله أمس الأربعاء في هجوم لجبهة النصرة بالصواريخ على بلدة حدودية بين لبنان وسوريا.", new DateOnly(2013, 2, 21));
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_like_the_car_bombing_told_before_it_is_a_bombing_too()
    {
        var events = Of("وفي مدينة الحلة قتل أربعة أشخاص في هجوم انتحاري بسيارة مفخخة قرب مطعم شعبي، بينما قتل شخصان في هجوم مماثل على نقطة تفتيش للشرطة في قضاء المسيب أمس.", new DateOnly(2013, 3, 20));
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Location?.Name == "المسيب");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_attack_like_a_shooting_told_before_it_stays_a_ground_attack()
    {
        var events = Of("وقتل ثلاثة جنود برصاص مسلحين عند حاجز للجيش في بعقوبة، بينما قتل جندي في هجوم مماثل على حاجز آخر في المقدادية أمس.", new DateOnly(2013, 3, 20));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE");
    }
}
