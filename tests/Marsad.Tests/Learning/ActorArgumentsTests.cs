using Marsad.Learning;

namespace Marsad.Tests.Learning;

public class ActorArgumentsTests
{
    private static CandidateLog Log(string body) => CandidateLogs.Of(body, new DateOnly(2015, 5, 1));

    private static float Feature(ActorOptionRow row, string name) => row.Features[ActorChoice.Names.ToList().IndexOf(name)];

    private static ActorOptionRow Option(CandidateLog log, string type, string actor) =>
        log.ActorRows.First(r => r.Type == type && r.ActorId == actor);

    [Fact]
    public void Every_actor_feature_has_a_unique_name_and_the_actor1_choice_does_not_read_the_doer_chosen()
    {
        Assert.Equal(ActorChoice.Count, ActorChoice.Names.Distinct(StringComparer.Ordinal).Count());
        Assert.True(ActorChoice.Names.ToList().IndexOf("actor1_chosen") >= ActorChoice.Actor1Count);
    }

    [Fact]
    public void After_a_verb_the_first_actor_is_its_subject_and_the_next_one_its_object()
    {
        var log = Log("هاجمت قوات النظام تنظيم داعش في ريف حلب الشرقي.");

        var army = Option(log, "ASSAULT", "SYR-MIL");
        var isil = Option(log, "ASSAULT", "ISIL");
        Assert.Equal(1, Feature(army, "verb_subject_after"));
        Assert.Equal(0, Feature(army, "verb_object"));
        Assert.Equal(1, Feature(isil, "verb_object"));
        Assert.Equal(1, Feature(isil, "actors_between"));
    }

    [Fact]
    public void An_actor_behind_a_target_preposition_is_marked_as_a_target_and_one_behind_a_doers_phrase_as_an_agent()
    {
        var target = Log("شن تنظيم داعش هجوما عنيفا على قوات النظام في ريف حلب.");
        var agent = Log("قتل ثلاثة مدنيين على يد تنظيم داعش في ريف حلب.");

        Assert.Equal(1, Feature(Option(target, "ASSAULT", "SYR-MIL"), "target_before"));
        Assert.Equal(0, Feature(Option(target, "ASSAULT", "ISIL"), "target_before"));
        var doer = agent.ActorRows.First(r => r.ActorId == "ISIL");
        Assert.Equal(1, Feature(doer, "agent_before"));
    }

    [Fact]
    public void The_subject_of_a_verb_of_saying_is_marked_as_a_source()
    {
        var log = Log("وقال تنظيم داعش في بيان إن مقاتليه هاجموا قوات النظام قرب مدينة حلب.");

        var isil = Option(log, "ASSAULT", "ISIL");
        Assert.Equal(1, Feature(isil, "speaker_before"));
        Assert.True(isil.Speaker);
        // The army after the plural «هاجموا» is its object (DeedTarget): no actor1 option, an actor2 one with no speaker cue.
        Assert.DoesNotContain(log.ActorRows, r => r.Type == "ASSAULT" && r.ActorId == "SYR-MIL");
        Assert.Equal(0, Feature(log.Actor2Rows.First(r => r.Type == "ASSAULT" && r.ActorId == "SYR-MIL"), "speaker_before"));
    }

    [Fact]
    public void A_state_that_offers_its_condolences_is_no_option_for_the_doer_of_the_attack()
    {
        var log = Log("قدمت فرنسا تعازيها في ضحايا الهجوم الذي أوقع عشرين قتيلا في مدينة سوسة التونسية.");

        Assert.DoesNotContain(log.ActorRows, r => r.Type == "ASSAULT" && r.ActorId == "FRA");
    }

    [Fact]
    public void A_state_that_expresses_its_solidarity_is_no_option_for_the_doer_of_the_bombing()
    {
        var log = Log("أعربت فرنسا عن تضامنها مع ضحايا التفجير الذي استهدف سوقا في بغداد.");

        Assert.DoesNotContain(log.ActorRows, r => r.Type == "REMOTE" && r.ActorId == "FRA");
    }

    [Fact]
    public void The_subject_of_tarradda_suffers_the_deed_that_follows()
    {
        var log = Log("تعرضت قوات النظام لهجوم عنيف في ريف حلب.");

        var army = Option(log, "ASSAULT", "SYR-MIL");
        Assert.Equal(1, Feature(army, "undergo_subject"));
        Assert.Equal(1, Feature(army, "undergo_trigger"));
    }

    [Fact]
    public void The_actor2_options_leave_out_the_chosen_doer_and_offer_nobody()
    {
        var log = Log("هاجمت قوات النظام تنظيم داعش في ريف حلب الشرقي.");

        var candidate = Assert.Single(log.Rows, r => r.Type == "ASSAULT");
        var options = log.Actor2Rows.Where(r => r.Trigger == candidate.Trigger).ToList();
        Assert.Contains(options, o => o.ActorId is null);
        Assert.DoesNotContain(options, o => o.ActorId == candidate.Record.Actor1?.Id);
        Assert.Equal(ActorChoice.Count, options[0].Features.Length);
    }

    [Fact]
    public void One_who_condemns_a_bombing_is_no_option_for_its_doer_but_stays_the_doer_of_the_condemnation()
    {
        var log = Log("دان الرئيس السوري بشدة اغتيال رجل دين بارز في تفجير استهدف مسجدا في مدينة حمص.");

        Assert.DoesNotContain(log.ActorRows, r => r.Type == "REMOTE" && r.ActorId == "SYR-GOV");
        Assert.Contains(log.ActorRows, r => r.Type == "REMOTE" && r.ActorId is null);
        Assert.Contains(log.ActorRows, r => r.Type == "ACCUSE" && r.ActorId == "SYR-GOV");
    }

    [Fact]
    public void An_actor_named_before_a_verb_of_saying_stays_an_option_for_the_deed_it_reports()
    {
        var log = Log("أعلن الجيش السوري أنه قصف مواقع للمسلحين في مدينة حمص.");

        Assert.Contains(log.ActorRows, r => r.Type == "REMOTE" && r.ActorId == "SYR-MIL");
    }

    [Fact]
    public void An_army_that_confirms_a_bombing_in_a_that_clause_is_marked_as_its_source_and_the_deed_as_told()
    {
        var log = Log("وأكد الجيش العراقي أن الانفجار الذي وقع عند المعبر الحدودي نتج عن سيارة مفخخة.");

        var army = log.ActorRows.First(r => r.Type == "REMOTE" && r.ActorId == "IRQ-MIL");
        Assert.Equal(1, Feature(army, "reports_trigger"));
        Assert.Equal(0, Feature(army, "reports_own_deed"));
        Assert.Equal(1, Feature(log.ActorRows.First(r => r.Type == "REMOTE" && r.ActorId is null), "trigger_reported"));
    }

    [Fact]
    public void One_who_announces_its_own_shelling_is_marked_as_telling_of_its_own_deed()
    {
        var log = Log("أعلن الجيش السوري أنه قصف مواقع للمسلحين في مدينة حمص.");

        var army = Option(log, "REMOTE", "SYR-MIL");
        Assert.Equal(1, Feature(army, "reports_trigger"));
        Assert.Equal(1, Feature(army, "reports_own_deed"));
    }

    [Fact]
    public void A_deed_told_by_no_one_is_not_marked_as_reported()
    {
        var log = Log("قصفت قوات النظام مواقع للمسلحين في مدينة حمص.");

        var army = Option(log, "REMOTE", "SYR-MIL");
        Assert.Equal(0, Feature(army, "reports_trigger"));
        Assert.Equal(0, Feature(army, "trigger_reported"));
    }

    [Fact]
    public void The_subject_of_a_claim_is_marked_as_the_claimant_and_the_subject_of_an_inquiry_as_an_investigator()
    {
        var claim = Log("وتبنى تنظيم داعش الهجوم الذي استهدف سوقا شعبيا في مدينة بغداد.");
        var inquiry = Log("ويحقق الجيش اللبناني في الانفجار الذي استهدف حافلة في مدينة طرابلس.");

        Assert.Equal(1, Feature(claim.ActorRows.First(r => r.ActorId == "ISIL"), "claimant"));
        Assert.Equal(0, Feature(claim.ActorRows.First(r => r.ActorId == "ISIL"), "investigator"));
        var army = inquiry.ActorRows.First(r => r.ActorId == "LBN-MIL");
        Assert.Equal(1, Feature(army, "investigator"));
        Assert.Equal(1, Feature(army, "reports_trigger"));
    }

    [Fact]
    public void A_state_that_confirms_a_bombing_is_no_option_for_its_doer_but_an_army_that_reports_one_stays()
    {
        var state = Log("وأكدت وزارة الخارجية الأمريكية أن الانفجار الذي وقع قرب المعبر نتج عن سيارة مفخخة.");
        var army = Log("وقال الجيش العراقي إن الانفجار الذي وقع قرب المعبر نتج عن سيارة مفخخة.");

        Assert.DoesNotContain(state.ActorRows, r => r.Type == "REMOTE" && r.ActorId == "USA");
        Assert.Contains(state.ActorRows, r => r.Type == "REMOTE" && r.ActorId is null);
        Assert.Contains(army.ActorRows, r => r.Type == "REMOTE" && r.ActorId == "IRQ-MIL");
    }

    [Fact]
    public void A_state_that_announces_an_arrest_stays_an_option_for_its_doer()
    {
        var log = Log("وأعلنت السلطات التركية اعتقال عشرة أشخاص في مدينة إسطنبول.");

        Assert.Contains(log.ActorRows, r => r.Type == "ARREST" && r.ActorId == "TUR");
    }

    [Fact]
    public void The_genitive_of_a_noun_trigger_is_marked_as_its_doer_or_its_object_as_the_lexicon_says_of_the_noun()
    {
        var attack = Log("وأسفر هجوم تنظيم داعش عن مقتل خمسة جنود في ريف حلب.");
        var arrest = Log("وأعلنت الشرطة العراقية اعتقال قادة تنظيم داعش في مدينة الموصل.");

        var doer = attack.ActorRows.First(r => r.Type == "ASSAULT" && r.ActorId == "ISIL");
        Assert.Equal(1, Feature(doer, "genitive_agent"));
        Assert.Equal(0, Feature(doer, "genitive_patient"));
        var arrested = arrest.ActorRows.FirstOrDefault(r => r.Type == "ARREST" && r.ActorId == "ISIL");
        Assert.NotNull(arrested);
        Assert.Equal(0, Feature(arrested, "genitive_agent"));
    }

    [Fact]
    public void The_owner_of_a_post_that_is_shelled_is_marked_as_holding_it()
    {
        var log = Log("قصفت الطائرات الروسية مقرات تنظيم داعش في ريف حلب.");

        Assert.Equal(1, Feature(Option(log, "REMOTE", "ISIL"), "holding_before"));
    }

    [Fact]
    public void A_counted_group_is_marked_as_counted_and_a_bare_name_is_not()
    {
        var log = Log("وقالت مصادر إن سبعة جنود ليبيين قتلوا في هجوم شنه تنظيم داعش على نقطة تفتيش قرب سرت.");

        var soldiers = log.ActorRows.FirstOrDefault(r => r.Type == "ASSAULT" && r.ActorId is { } id && id.StartsWith("LBY", StringComparison.Ordinal));
        Assert.NotNull(soldiers);
        Assert.Equal(1, Feature(soldiers, "counted"));
        Assert.Equal(0, Feature(log.ActorRows.First(r => r.Type == "ASSAULT" && r.ActorId == "ISIL"), "counted"));
    }

    [Fact]
    public void The_actor_the_paragraph_names_most_is_marked_as_its_topic()
    {
        var log = Log("هاجم تنظيم داعش قوات النظام في ريف حلب. وقال تنظيم داعش إن مقاتليه قتلوا عشرة جنود، وتوعد تنظيم داعش بهجمات جديدة.");

        var first = log.ActorRows.First(r => r.Type == "ASSAULT");
        var options = log.ActorRows.Where(r => r.Trigger == first.Trigger).ToList();
        Assert.Equal(1, Feature(options.First(o => o.ActorId == "ISIL"), "paragraph_top"));
        Assert.Equal(0, Feature(options.First(o => o.ActorId == "SYR-MIL"), "paragraph_top"));
    }

    [Fact]
    public void The_subject_of_a_passive_killing_is_no_option_for_its_doer()
    {
        var log = Log("اغتيل قائد في جبهة النصرة برصاص مجهولين في ريف إدلب.");

        var killing = log.ActorRows.Where(r => r.Type == "ATTACK_CIVILIANS").ToList();
        Assert.NotEmpty(killing);
        Assert.DoesNotContain(killing, r => r.ActorId == "NUSRA");
    }
}
