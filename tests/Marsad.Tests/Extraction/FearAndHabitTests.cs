using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// What is feared («خشية تجدد الاشتباكات», «وسط نذر بتجدد الاشتباكات») and what happens by habit
/// («وغالبا ما تدور الاشتباكات») is no happening of the news (docs/annotation.md 4.3), whatever the
/// keep model makes of the clash word; nor is a deed told as months before the news («بعد نحو شهرين
/// على إرسال تعزيزات», docs/annotation.md 4.1).
/// </summary>
public class FearAndHabitTests
{
    private const string Renewed = "وتجددت الاشتباكات بين الجيش والمسلحين في بلدة عرسال أمس.";

    [Fact]
    public void Clashes_renewed_yesterday_are_an_event()
    {
        Assert.Contains(Of(Renewed), e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("ونزح سكان بلدة عرسال عن منازلهم أمس خشية تجدد الاشتباكات بين الجيش والمسلحين.")]
    [InlineData("وهدأت بلدة عرسال أمس وسط نذر بتجدد الاشتباكات بين الجيش والمسلحين.")]
    [InlineData("وأغلق التجار محالهم في بلدة عرسال أمس خوفا من اشتباكات بين الجيش والمسلحين.")]
    public void Clashes_people_fear_are_no_event(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type is "ASSAULT" or "ATTACK_CIVILIANS");
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;
        Assert.DoesNotContain(events, e => e.Type is "ASSAULT" or "ATTACK_CIVILIANS");
    }

    [Theory]
    [InlineData("وغالبا ما تندلع الاشتباكات بين الجيش والمسلحين في بلدة عرسال أمس.")]
    [InlineData("وكثيرا ما تقصف الطائرات بلدة عرسال أمس.")]
    public void A_habit_with_its_ma_is_no_event(string body)
    {
        Assert.Empty(Of(body));
    }

    [Fact]
    public void Reinforcements_sent_two_months_before_the_news_are_no_event()
    {
        const string body = "وأعلن الجيش أمس تحرير بلدة الكرمة بعد نحو شهرين على إرسال تعزيزات عسكرية إلى بلدة الكرمة.";
        Assert.DoesNotContain(Of(body), e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void Reinforcements_sent_yesterday_are_an_event()
    {
        Assert.Contains(Of("وأرسل الجيش أمس تعزيزات عسكرية إلى بلدة الكرمة."), e => e.Type == "MOBILIZE");
    }
}
