using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «نشر» whose object follows the subject's apposition behind a comma (issue 9, s29b-wordplace): it publishes.
/// </summary>
public class PublishedAcrossAppositionTests
{
    [Theory]
    [InlineData("ونشر تنظيم «جبهة النصرة» فرع القاعدة في بلاد الشام، شريطا مصورا يظهر فيه أسرى من الجيش.")]
    [InlineData("ونشر تنظيم الدولة أو ما يعرف بـ\"داعش\"، صورا لمقاتليه في شوارع المدينة.")]
    public void A_verb_of_spreading_whose_object_follows_the_apposition_publishes(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void A_force_named_before_the_comma_is_still_deployed()
    {
        Assert.Contains(Of("ونشر الجيش التركي دبابات على الحدود مع سوريا، صورا نشرتها وسائل الإعلام تظهر ذلك."), e => e.Type == "MOBILIZE");
    }
}
