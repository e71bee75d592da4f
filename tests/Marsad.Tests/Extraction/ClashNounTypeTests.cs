using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A clash noun («اشتباكات», «معارك») names fighting between armed sides: civilians told near it are not its target, so
/// it stays a clash unless they are named as one of its sides; and one clash told once from each side is one event
/// (s22-assault).
/// </summary>
public class ClashNounTypeTests
{
    [Fact]
    public void Clashes_near_the_homes_of_civilians_are_a_clash_not_violence_against_civilians()
    {
        var events = Of("تدور اشتباكات عنيفة منذ الصباح قرب منازل المدنيين في بلدة خان العسل بريف حلب الغربي.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
        Assert.Contains(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Clashes_between_the_police_and_the_residents_are_not_typed_as_a_clash_of_armed_sides()
    {
        var events = Of("اندلعت اشتباكات بين الشرطة والأهالي في مدينة بورسعيد أمس.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_clash_told_once_from_each_side_at_one_place_is_one_event()
    {
        var events = Of("قتل عشرات الجنود في معارك عنيفة في ضواحي مدينة الرقة أمس. وقال المرصد إن اشتباكات دموية دارت بين المتمردين والقوات النظامية في ضواحي الرقة أمس.");
        Assert.Single(events, e => e.Type == "ASSAULT");
    }
}
