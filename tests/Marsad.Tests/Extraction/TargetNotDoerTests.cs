using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The party a deed is done to is no doer (docs/events.md, "s28-doer"): a party behind the clitic ل after a
/// verb of striking owns what was hit; a name in quotation marks after «ضد» or «على» is still that
/// preposition's object; the dead named right after a passive «قتل» with no object of its own are the toll.
/// And the digits of a warplane's model stand between it and the nationality that names its state.
/// </summary>
public class TargetNotDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void Warplanes_of_a_nation_that_struck_targets_of_a_group_behind_lam_are_the_doers_and_the_group_the_target()
    {
        var events = RulesOnly("وقالت مصادر أمنية إن مقاتلات تركية قصفت أهدافا لحزب العمال الكردستاني في جبال قنديل شمال العراق.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("TUR", e.Actor1?.Id);
        Assert.Equal("PKK", e.Actor2?.Id);
    }

    [Fact]
    public void A_warplane_model_between_the_force_noun_and_its_nationality_still_names_the_state()
    {
        var events = RulesOnly("وقالت مصادر أمنية إن مقاتلات إف-16 تركية قصفت أهدافا للمسلحين الأكراد في جبال قنديل شمال العراق.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("TUR", e.Actor1?.Id);
    }

    [Fact]
    public void A_quoted_group_after_against_is_not_the_subject_a_later_strike_inherits()
    {
        var events = RulesOnly("وقال التحالف الذي يقود الحرب ضد \"داعش\" في بيان إن طائرات أمريكية نفذت 20 غارة في سورية والعراق أمس. "
            + "وقال البيان إن ست غارات جرت قرب الحسكة وأصابت خمس وحدات من المقاتلين.");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void Men_killed_by_a_passive_verb_in_a_blast_are_its_dead_not_its_doers()
    {
        var events = RulesOnly("وقتل عنصران من وحدات حماية الشعب في تفجير مستودع للذخيرة داخل مدينة كوباني أمس.");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "YPG");
    }

    [Fact]
    public void A_killing_verb_with_its_own_object_before_the_blast_keeps_its_subject_as_the_doer()
    {
        var events = RulesOnly("وقتل الجيش العراقي 20 مسلحا بقصف على مواقعهم قرب مدينة بيجي أمس.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "IRQ-MIL");
    }

    [Fact]
    public void Warplanes_behind_lam_after_a_shelling_noun_are_its_doers()
    {
        var events = RulesOnly("وتدور اشتباكات عنيفة في محيط بلدة الحامدية بريف إدلب، يرافقها قصف وتحليق للطيران الحربي منذ صباح اليوم.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void Unknown_men_who_killed_a_named_man_with_a_bomb_stay_its_doers()
    {
        var events = RulesOnly("واغتال مجهولون الشيخ حسن الجبوري المرشح لانتخابات مجلس المحافظة بتفجير عبوة لاصقة بسيارته جنوب بغداد أمس.");
        Assert.Contains(events, x => x.Type == "REMOTE" && x.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }
}
