using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>«فض/فك الاشتباك» is disengagement, a force's or an agreement's name, no clash; a clash word without it stays.</summary>
public class DisengagementTests
{
    private static readonly DateOnly March = new(2013, 3, 7);

    [Theory]
    [InlineData("وحذر الأمين العام من انسحاب قوة الأمم المتحدة لفض الاشتباك في مرتفعات الجولان.")]
    [InlineData("وقال دبلوماسيون إن رحيل قوات الامم المتحدة لمراقبة فك الاشتباك يخلق فراغا في الجولان.")]
    public void Disengagement_is_no_clash(string body)
    {
        Assert.DoesNotContain(Of(body, March), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_clash_in_the_golan_stays()
    {
        Assert.Contains(Of("واندلعت أمس اشتباكات عنيفة بين الجيش الحر وقوات النظام في بلدة جباتا الخشب في الجولان.", March), e => e.Type == "ASSAULT");
    }
}
