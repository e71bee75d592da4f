using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed its sentence's opening date sets in a past year or month, or a past season of its clause sets back, is history;
/// a count of points a deed befell is a monitor's total. A deed dated within the news, and a deed at a named point, stay.
/// </summary>
public class PastSettingTests
{
    private static readonly DateOnly August = new(2015, 8, 11);

    [Theory]
    [InlineData("وفي العام 2013 تبنت هذه الجماعة التي تصنفها واشنطن منظمة ارهابية، هجوما انتحاريا على السفارة في انقرة.", "REMOTE")]
    [InlineData("وفي أبريل 2014 قتل عشرون شخصا في مخيم قرب بعقوبة، بعد أن هاجمتهم قوات الأمن العراقية.", "ASSAULT")]
    [InlineData("وسيطرت قوات البيشمركة على مدينة كركوك خلال الصيف الماضي، حيث ملأت فراغا تركه الجيش.", "CAPTURE")]
    [InlineData("وسيطر التنظيم على محافظة دير الزور كلها في صيف 2014 بما فيها مدينة الميادين.", "CAPTURE")]
    public void A_deed_set_in_a_past_year_or_season_is_history(string body, string type)
    {
        Assert.DoesNotContain(Of(body, August), e => e.Type == type);
    }

    [Theory]
    [InlineData("وفي العام 2013 أعلنت الجماعة عن نفسها، وأمس تبنت الجماعة هجوما انتحاريا على مركز للشرطة في انقرة.", "REMOTE")]
    [InlineData("وسيطرت قوات البيشمركة على بلدة قرب كركوك أمس، بعد معارك بدأت خلال الصيف الماضي.", "CAPTURE")]
    public void A_deed_with_a_day_of_its_own_stays(string body, string type)
    {
        Assert.Contains(Of(body, August), e => e.Type == type);
    }

    private static readonly DateOnly February = new(2013, 2, 4);

    [Theory]
    [InlineData("وقالت لجان التنسيق المحلية إنها وثقت أمس 240 نقطة قصف في مختلف المدن السورية.", "REMOTE")]
    [InlineData("كما وثقت اللجان أمس 75 نقطة اشتباك بين الجيش الحر وقوات النظام.", "ASSAULT")]
    public void A_count_of_points_a_deed_befell_is_a_total(string body, string type)
    {
        Assert.DoesNotContain(Of(body, February), e => e.Type == type);
    }

    [Fact]
    public void A_clash_at_a_point_named_stays()
    {
        Assert.Contains(Of("واندلعت أمس اشتباكات عنيفة بين الجيش الحر وقوات النظام عند نقطة تفتيش في حي جوبر بدمشق.", February), e => e.Type == "ASSAULT");
    }
}
