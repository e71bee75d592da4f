using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Unnamed gunmen and whom they attack (issue 9, s41b-assault): a one-sided deed of unnamed gunmen whose victims are people of
/// no party is an attack on civilians even where its clause tells the victims past a comma or before the verb; their attack
/// on a force or a post stays a ground attack. The shipped models run: the victims past the comma are read by the actor2
/// choice, which the rules alone do not make.
/// </summary>
public class UnnamedGunmenTests
{
    [Fact]
    public void Unnamed_gunmen_who_attack_a_car_carrying_employees_told_past_a_comma_attack_civilians()
    {
        var events = Of("وقال مصدر في الشرطة إن مسلحين مجهولين هاجموا، مساء الأحد، سيارة تقل ثلاثة موظفين مدنيين في مصفى بيجي شمال تكريت، ما أدى إلى مقتل أحدهم.", new DateOnly(2013, 2, 12));
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && e.Actor1?.Id == "UNIDENTIFIED-ARMED");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Unnamed_gunmen_who_attack_a_citizens_house_told_past_a_comma_attack_civilians()
    {
        var events = Of("وأفاد مصدر في الشرطة بأن مسلحين مجهولين هاجموا، فجر اليوم، منزل مواطن في قرية البو حياة بناحية العظيم شمال بعقوبة، ما أسفر عن مقتله وزوجته.", new DateOnly(2013, 2, 12));
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && e.Actor1?.Id == "UNIDENTIFIED-ARMED");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Unnamed_gunmen_who_attack_a_police_checkpoint_fight_a_force()
    {
        var events = Of("وقال مصدر في شرطة نينوى إن مسلحين مجهولين هاجموا، مساء الثلاثاء، نقطة تفتيش للشرطة في حي الزهراء شرقي الموصل، ما أدى إلى مقتل شرطي.", new DateOnly(2013, 2, 12));
        Assert.Contains(events, e => e.Type == "ASSAULT");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }

    private static List<EventRecord> Of(string body, DateOnly published) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = published }).Events;
}
