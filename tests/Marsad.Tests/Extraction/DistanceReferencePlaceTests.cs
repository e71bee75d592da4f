namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s32-placewrong): a name that «من» or «عن» brings in after a measured distance («التي تبعد 200
/// كيلومتر إلى الشمال من بغداد», «على بعد نحو 40 كيلومترا عن العاصمة بغداد») is the reference the writer
/// measures the place from, not where the deed happened; a reference within a town's tolerance still is.
/// </summary>
public class DistanceReferencePlaceTests
{
    [Theory]
    [InlineData("قتل سبعة جنود في هجوم بمدينة بيجي. وقاد الانتحاري سيارة ملغومة إلى حاجز للجيش في المدينة التي تبعد 200 كيلومتر إلى الشمال من بغداد ثم فجرها.", "بغداد")]
    [InlineData("وانفجرت خمس عبوات ناسفة في منطقة المحمودية، التي تبعد نحو 40 كيلومترا عن العاصمة بغداد، فقتلت شخصين.", "بغداد")]
    [InlineData("وقصف الطيران مواقع للمسلحين في بلدة تقع على بعد 55 كيلومترا (35 ميلا) الى الجنوب الشرقي من الموصل.", "الموصل")]
    public void A_deed_is_not_placed_at_the_town_its_place_is_measured_from(string body, string reference)
    {
        var events = Events.Of(body).Where(e => e.Type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS").ToList();

        Assert.All(events, e => Assert.NotEqual(reference, e.Location?.Name));
    }

    [Fact]
    public void A_deed_measured_a_few_kilometres_from_a_town_keeps_the_town()
    {
        var events = Events.Of("وهاجم مسلحون مدرسة الشرطة التي تقع على بعد 10 كيلومترات من حلب فقتلوا ثلاثة عناصر.")
            .Where(e => e.Type is "ASSAULT" or "REMOTE").ToList();

        Assert.Contains(events, e => e.Location?.Name == "حلب");
    }

    [Fact]
    public void The_city_told_back_is_the_one_measured_not_the_reference()
    {
        var events = Events.Of("سيطر مقاتلو المعارضة على مدينة الرقة التي تقع على بعد 160 كيلومترا الى الشرق من حلب. "
            + "وقال أحد السكان إن المقاتلين حاصروا مجمعا للمخابرات في وسط المدينة.").Where(e => e.Type == "BLOCKADE").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("الرقة", e.Location?.Name));
    }
}
