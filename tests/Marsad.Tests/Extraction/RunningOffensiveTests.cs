using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// An attack noun governed by a verb of starting or counted by its day names a ground offensive running over days: the
/// shelling its sentence tells beside it is a deed within it, not what the noun names (s25-assault).
/// </summary>
public class RunningOffensiveTests
{
    [Fact]
    public void An_offensive_in_its_fourth_day_stays_an_assault_beside_the_shelling_of_the_day()
    {
        var events = Of("قصفت مروحيات الجيش أمس أحياء في مدينة حمص، في اليوم الرابع لهجوم الجيش على المدينة.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("لهجوم"));
    }

    [Fact]
    public void An_offensive_begun_a_week_ago_amid_air_cover_stays_an_assault()
    {
        var events = Of("وكانت قوات النظام بدأت هجوما واسعا على مدينة الزبداني منذ أسبوع، وتمكنت من دخول أطرافها وسط غطاء وقصف جوي كثيف.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("هجوما"));
    }

    [Fact]
    public void An_attack_told_beside_its_shells_with_no_offensive_word_is_still_the_strike()
    {
        var events = Of("قتل جنديان في هجوم على حاجز للجيش قرب مدينة درعا أمس سقطت فيه قذائف هاون.");
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }
}
