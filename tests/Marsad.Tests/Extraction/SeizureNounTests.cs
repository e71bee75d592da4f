using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «ضبط» after a preposition or «تم» is the verbal noun of seizing, spelled like its verb: what follows it is who was
/// seized, never the doer (s40-recall, issue 9).
/// </summary>
public class SeizureNounTests
{
    [Theory]
    [InlineData("وأعلنت وزارة الداخلية الكويتية أمس عن ضبط خلية إرهابية تابعة لتنظيم داعش في الكويت.")]
    public void The_group_after_the_noun_of_seizing_is_the_one_arrested(string body)
    {
        var e = Single(body, "ARREST");
        Assert.Equal("ISIL", e.Actor2?.Id);
        Assert.NotEqual("ISIL", e.Actor1?.Id);
    }

    [Theory]
    [InlineData("وقال قائد في الجيش السوري الحر إن هذا بالضبط ما فعله تنظيم داعش في مدينة حلب.")]
    [InlineData("ومنح القرار ضباط الجيش صفة الضبط القضائي لملاحقة عناصر جماعة الإخوان المسلمين في القاهرة.")]
    public void Exactly_and_the_judicial_police_are_no_seizure(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type is "ARREST" or "ATTACK_CIVILIANS");
    }
}
