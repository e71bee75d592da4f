using Marsad.Ingestion;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «قتل 33 مسلحا من تنظيم داعش»: the party a word of killing counts is the one it took, never the
/// one who killed (docs/annotation.md 6.3: actor1 is the doer; unvoweled «قتل» is as often passive).
/// </summary>
public class CountedDeadTests
{
    [Fact]
    public void The_fighters_a_killing_word_counts_are_its_dead_not_its_doer()
    {
        // The learned pipeline: alone in its text, the killing is a toll line the rules fold away, and
        // the choice is where the counted fighters were taken for the killers (ISIL, 0.50).
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = "وقتل 33 مسلحا من تنظيم داعش في مدينة الرمادي أمس.", Published = Published }).Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void Killers_named_before_the_count_stay_the_doer()
    {
        var events = MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = "قتلت القوات العراقية 15 عنصرا من تنظيم داعش في مدينة الرمادي أمس.", Published = Published }).Events;
        Assert.Contains(events, e => e.Actor1?.Id == "IRQ-MIL");
        Assert.DoesNotContain(events, e => e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void Attackers_behind_at_the_hands_of_stay_the_doer_after_a_count_of_wounded()
    {
        // «ثلاثة» counts the wounded: the name behind «على أيدي» is the doer (train nc-90a951c8 lost it without this guard).
        var events = Of("وقتل شرطيان وأصيب ثلاثة على أيدي مسلحين مجهولين عند حاجز في مدينة المسيب جنوب بغداد أمس.");
        Assert.Contains(events, e => e.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void Forces_after_a_verb_carrying_its_counted_victims_are_its_doer()
    {
        // «عشرات» counts the bodies before the verb, whose pronoun takes them back: the forces after it killed them.
        var events = Of("أفاد ناشطون بالعثور على عشرات الجثث أعدمتهم قوات النظام في مدينة حلب.");
        Assert.Contains(events, e => e.Actor1?.Id == "SYR-MIL");
    }
}
