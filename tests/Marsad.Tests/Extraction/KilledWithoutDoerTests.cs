using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «وقتل شرطي آخر في الموصل», «سبعة من الحشد الشعبي قتلوا»: a killing told of its dead names its doer
/// in its own sentence or not at all (docs/annotation.md 6.3, "passive with no doer"); a party from
/// the sentence before is inferred, and the dead counted before the verb are its subject.
/// </summary>
public class KilledWithoutDoerTests
{
    [Fact]
    public void Soldiers_killed_in_a_sentence_naming_no_killer_take_no_doer_from_the_attack_told_before()
    {
        // The learned pipeline: the choice took ISIL, the doer of the sentence before, for the killing at Mosul.
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = "شن تنظيم داعش هجوما على مدينة الرمادي أمس. وقتل خمسة جنود في مدينة الموصل شمال العراق.", Published = Published }).Events;
        Assert.Contains(events, e => e.Actor1?.Id == "ISIL");
        Assert.DoesNotContain(events, e => e.Evidence.Text.Contains("الموصل", StringComparison.Ordinal) && e.Actor1 is not null);
    }

    [Fact]
    public void Killers_named_in_the_killings_own_sentence_stay_the_doer()
    {
        var events = Of("وأعلنت القوات العراقية بدء عملية في محافظة الأنبار أمس. وقتل خمسة مدنيين في مدينة الرمادي على أيدي عناصر تنظيم داعش.");
        Assert.Contains(events, e => e.Actor1?.Id == "ISIL");
    }
}
