using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The side a noun of retreat or expulsion governs as its genitive gives ground (docs/events.md, "s29-sides"):
/// it is bound to that noun, never the subject of a later deed of its clause; a withdrawal keeps it as its doer.
/// </summary>
public class RetreatGenitiveTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void The_group_whose_retreat_the_forces_used_is_not_the_doer_of_their_advance()
    {
        var events = RulesOnly("وقال المتحدث إن قوات الأمن دخلت مبنى المحافظة في الرمادي واستغلت فرصة تقهقر مقاتلي داعش لتحقيق التقدم باتجاه حي الملعب.");
        // review29 finding 13: the advance must be read, with the Iraqi forces as its doer, not only lack ISIL.
        Assert.Contains(events, x => x.Actor1?.Id == "IRQ-MIL");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void The_rebels_driven_out_are_not_the_doers_of_the_liberation_that_goes_on()
    {
        var events = RulesOnly("وتتحرر البلدات واحدة بعد أخرى بعد أن تمكنت القوات الموالية للحكومة من طرد المتمردين الحوثيين من مناطق واسعة فيما تستمر عمليات التحرير في محافظة تعز.");
        // review29 finding 13: the capture must be read, with the government's side as its doer, not only lack the Houthis.
        Assert.Contains(events, x => x.Type == "CAPTURE" && x.Actor1?.Id == "YEM-GOV");
        Assert.DoesNotContain(events, x => x.Type == "CAPTURE" && x.Actor1?.Id == "HOUTHI");
    }

    [Fact]
    public void A_withdrawal_noun_keeps_its_genitive_as_the_side_that_withdrew()
    {
        var events = RulesOnly("وأفاد المرصد بانسحاب القوات النظامية من مطار الجراح العسكري في ريف حلب الشرقي.");
        Assert.Contains(events, x => x.Type == "WITHDRAW" && x.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void The_rebels_the_army_drove_back_are_not_the_doers_of_the_shelling_that_follows()
    {
        // review30 finding 3: the object after the winner of «دحر» is the loser, bound to the noun.
        var events = RulesOnly("ودحر الجيش السوري مقاتلي المعارضة من البلدة وقصف القرى المحيطة بها صباح اليوم.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void The_men_of_a_group_driven_out_are_not_the_doers_of_the_attack_that_follows()
    {
        // review30 finding 3: «مسلحي» stands between the expel noun and the group it drives out.
        var events = RulesOnly("وتمكنت القوات العراقية من طرد مسلحي تنظيم داعش من القرية ثم هاجمت البلدات المجاورة.");
        Assert.DoesNotContain(events, x => x.Type == "ASSAULT" && x.Actor1?.Id == "ISIL");
    }
}
