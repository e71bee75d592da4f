using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «الهجمات الصاروخية التي استهدفت منطقة …», «واستهدف أعنف الهجمات سوقا …»: a deed told as the subject
/// of a verb of aiming names its doer in its own sentence or not at all (docs/annotation.md 6.3); a
/// party the choice takes from another sentence stays only where that sentence tells it doing the
/// deed.
/// </summary>
public class AimedWithoutDoerTests
{
    private static List<EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Rocket_attacks_told_by_what_they_hit_take_no_doer_from_the_authorities_of_the_sentence_before()
    {
        var events = Learned("وكشفت التحقيقات التي تجريها السلطات العراقية أمس تورط عناصر في الشرطة بتسهيل دخول الشاحنة. وارتفعت حصيلة الهجمات الصاروخية التي استهدفت منطقة الحديد غرب بعقوبة إلى تسعة قتلى.");
        var e = Assert.Single(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("الحديد", StringComparison.Ordinal));
        Assert.Null(e.Actor1);
    }

    [Fact]
    public void An_attack_that_is_the_subject_of_a_verb_first_takes_no_doer_from_the_speaker_before()
    {
        var events = Learned("وقال الجيش العراقي في بيان أمس إن الوضع الأمني مستقر في العاصمة. واستهدف أعنف الهجمات سوقا شعبيا في مدينة الحلة حيث قتل تسعة أشخاص.");
        Assert.Contains(events, e => e.Evidence.Text.Contains("الحلة", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Evidence.Text.Contains("الحلة", StringComparison.Ordinal) && e.Actor1 is not null);
    }

    [Fact]
    public void Shelling_told_again_by_what_it_hit_keeps_the_artillery_the_sentence_before_tells_firing()
    {
        var events = Learned("قصفت المدفعية التركية مواقع لحزب العمال الكردستاني في شمال العراق أمس. وقال مسؤول كردي إن القصف استهدف قرية زاخو وأدى إلى مقتل ثلاثة مدنيين.");
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "TUR");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1 is null);
    }
}
