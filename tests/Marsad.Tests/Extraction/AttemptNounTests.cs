using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «عقب محاولتها الهجوم», «لدى محاولتهم اقتحام»: the deed noun an attempt noun governs is done by the side the attempt's
/// pronoun takes back, named just before it, not by the sentence's subject, who met the attempt (EventStage.AttemptNounPronounDoer);
/// and the fight and the storming it met, told in one clause with one toll twice, keep that toll once (EventMerger.AnotherDeedsDead).
/// </summary>
public class AttemptNounTests
{
    private static List<Marsad.Output.EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void The_attack_a_militia_tried_before_its_vehicles_were_destroyed_is_the_militias()
    {
        var events = Learned("دمرت القوات السعودية اليوم ثماني آليات لميليشيات الحوثي عقب محاولتها الهجوم على مركز حدودي في جازان.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "HOUTHI" && e.Actor2?.Id == "SAU-MIL");
    }

    [Fact]
    public void A_fight_and_the_storming_it_met_told_after_kama_with_one_toll_twice_keep_that_toll_once()
    {
        var events = Learned("كما أعلن الجيش العراقي اليوم أنه قتل 12 مسلحا من تنظيم داعش في معارك شرق الرمادي وقالت مصادر عسكرية إن القوات العراقية اشتبكت مع عناصر التنظيم لدى محاولتهم اقتحام مواقع للجيش في منطقة الصوفية ما أدى إلى مقتل 12 مسلحا.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Actor1?.Id == "ISIL" && e.Fatalities == 12);
        Assert.DoesNotContain(events, e => e.Fatalities == 24);
    }
}
