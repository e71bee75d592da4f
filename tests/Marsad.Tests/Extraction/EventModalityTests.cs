using Marsad.Output;
using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>The five modalities of SPEC §1 and the cue words that set them; reported speech stays asserted.</summary>
public class EventModalityTests
{
    [Fact]
    public void Seeking_to_take_a_city_is_an_intended_capture()
    {
        var e = Single("يسعى تنظيم داعش للسيطرة على مدينة دير الزور.", "CAPTURE");
        Assert.Equal("intended", e.Modality);
        AssertActors(e, "ISIL");
        AssertPlace(e, "دير الزور", "SY");
        Assert.StartsWith("يسعى", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attempted_storming_is_an_asserted_assault_not_an_intention()
    {
        var e = Single("حاول مسلحون مجهولون اقتحام مركز للشرطة في مدينة العريش.", "ASSAULT");
        Assert.Equal("asserted", e.Modality);
        AssertPlace(e, "العريش", "EG");
    }

    [Fact]
    public void A_failed_attempt_at_an_attack_is_an_asserted_assault()
    {
        var e = Single("قتل عشرة مسلحين خلال محاولة هجوم فاشلة على حاجز للجيش قرب مدينة حماة.", "ASSAULT");
        Assert.Equal("asserted", e.Modality);
    }

    [Fact]
    public void Quarters_that_came_under_shelling_were_shelled_not_meant_to_be()
    {
        var e = Single("تعرضت اليوم أحياء مدينة حمص القديمة، ومنها باب عمرو، لقصف مدفعي عنيف.", "REMOTE");
        Assert.Equal("asserted", e.Modality);
    }

    [Fact]
    public void A_town_that_keeps_undergoing_attacks_was_attacked()
    {
        var e = Single("يتعرض الحي منذ أسابيع لهجمات من قبل قوات النظام في مدينة درعا.", "ASSAULT");
        Assert.Equal("asserted", e.Modality);
    }

    [Fact]
    public void A_purpose_after_the_shelling_a_town_underwent_stays_intended()
    {
        var events = Of("تعرضت مدينة درعا لقصف عنيف من قوات النظام لاستعادة السيطرة عليها.");
        Assert.Equal("asserted", Assert.Single(events, e => e.Type == "REMOTE").Modality);
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "asserted");
    }

    [Fact]
    public void An_attempt_to_mass_troops_stays_an_intention()
    {
        var e = Single("يحاول الجيش السوري حشد قواته في ريف حلب الشمالي.", "MOBILIZE");
        Assert.Equal("intended", e.Modality);
    }

    [Fact]
    public void Expected_attack_is_predicted()
    {
        var e = Single("من المتوقع أن تهاجم قوات النظام مدينة درعا.", "ASSAULT");
        Assert.Equal("predicted", e.Modality);
        AssertActors(e, "SYR-MIL");
        AssertPlace(e, "درعا", "SY");
    }

    [Fact]
    public void Passive_future_expulsion_is_predicted_with_no_doer()
    {
        var e = Single("سوف يتم طرد تنظيم داعش من مدينة الموصل.", "CAPTURE");
        Assert.Equal("predicted", e.Modality);
        Assert.Null(e.Actor1);
        Assert.Equal("ISIL", e.Actor2?.Id);
        AssertPlace(e, "الموصل", "IQ");
    }

    [Fact]
    public void Strike_that_could_happen_is_possible()
    {
        var e = Single("يمكن أن يقصف الطيران الروسي مدينة إدلب.", "REMOTE");
        Assert.Equal("possible", e.Modality);
        AssertActors(e, "RUS");
        AssertPlace(e, "إدلب", "SY");
    }

    [Fact]
    public void Denied_strike_is_negated_and_keeps_the_denier_as_doer()
    {
        var e = Single("نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت مدينة إدلب.", "REMOTE");
        Assert.Equal("negated", e.Modality);
        AssertActors(e, "RUS");
        AssertPlace(e, "إدلب", "SY");
    }

    [Fact]
    public void A_denier_who_goes_on_to_accuse_asserts_what_follows_his_saying()
    {
        var events = Of("نفت وزارة الدفاع الروسية أن تكون طائراتها قصفت مدينة إدلب، مؤكدة أن الطائرات السورية قصفت مدينة حماة.");
        Assert.Equal("negated", Assert.Single(events, e => At(e, "إدلب")).Modality);
        Assert.Equal("asserted", Assert.Single(events, e => At(e, "حماة")).Modality);
    }

    private static bool At(EventRecord e, string place) =>
        e.Location is { } l && ArabicNormalizer.NormalizeKey(l.Name) == ArabicNormalizer.NormalizeKey(place);

    [Fact]
    public void Strike_with_lam_is_negated()
    {
        var e = Single("لم تقصف الطائرات الروسية مدينة إدلب.", "REMOTE");
        Assert.Equal("negated", e.Modality);
        AssertActors(e, "RUS");
        Assert.StartsWith("لم", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_strike_without_a_cue_is_asserted()
    {
        // The control for the cue tests above: only the cue words differ.
        var e = Single("قصفت الطائرات الروسية مدينة إدلب.", "REMOTE");
        Assert.Equal("asserted", e.Modality);
    }

    [Fact]
    public void Observatory_report_stays_asserted_with_the_observatory_as_attribution()
    {
        var e = Single("قال المرصد السوري لحقوق الإنسان إن قوات النظام قصفت مدينة دوما.", "REMOTE");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "SYR-MIL");
        AssertPlace(e, "دوما", "SY");
        Assert.Equal("المرصد السوري لحقوق الإنسان", e.Attribution);
        Assert.DoesNotContain("المرصد", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Field_sources_report_is_attributed_to_field_sources()
    {
        var e = Single("أفادت مصادر ميدانية بأن قوات النظام سيطرت على بلدة خناصر.", "CAPTURE");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "SYR-MIL");
        AssertPlace(e, "خناصر", "SY");
        Assert.Equal("مصادر ميدانية", e.Attribution);
    }

    [Fact]
    public void Unreported_event_has_no_attribution()
    {
        var e = Single("سيطرت قوات النظام على مدينة تدمر.", "CAPTURE");
        Assert.Null(e.Attribution);
    }

    [Fact]
    public void Concessive_walaw_earlier_in_the_sentence_leaves_the_event_asserted()
    {
        var e = Single("قرر الفنانون المشاركة ولو بالقليل، بعد أن توجهوا إلى مدينة تعز حينما وقعت مجزرة راح ضحيتها عشرة أشخاص.", "ATTACK_CIVILIANS");
        Assert.Equal("asserted", e.Modality);
    }

    [Fact]
    public void A_sentence_wide_cue_governs_the_trigger_after_it_but_not_past_a_contrast_word()
    {
        var events = Of("من المتوقع أن تقصف الطائرات مدينة حلب غدا لكن الطائرات الحربية قصفت أمس مدينة حمص وقتلت خمسة مدنيين.");
        List<string> ModalitiesAt(string place) =>
            [.. events.Where(e => e.Location?.Name.Contains(place, StringComparison.Ordinal) == true).Select(e => e.Modality)];
        Assert.Equal(["predicted"], ModalitiesAt("حلب"));
        Assert.NotEmpty(ModalitiesAt("حمص"));
        Assert.All(ModalitiesAt("حمص"), m => Assert.Equal("asserted", m));
    }

    [Fact]
    public void A_state_that_has_no_plans_to_send_troops_negates_the_deployment()
    {
        var e = Single("قال وزير الدفاع إن الأردن ليس لديه خطط لإرسال قوات إلى مدينة درعا.", "MOBILIZE");
        Assert.Equal("negated", e.Modality);
    }

    [Fact]
    public void A_plan_to_send_troops_with_no_negation_stays_intended()
    {
        var e = Single("قال وزير الدفاع إن لدى الأردن خطط لإرسال قوات إلى مدينة درعا.", "MOBILIZE");
        Assert.Equal("intended", e.Modality);
    }

    [Fact]
    public void A_decision_to_launch_air_strikes_is_an_intended_strike()
    {
        var e = Single("قررت الولايات المتحدة شن غارات جوية على مواقع التنظيم في مدينة الرقة.", "REMOTE");
        Assert.Equal("intended", e.Modality);
    }

    [Fact]
    public void A_pledge_to_withdraw_is_an_intended_withdrawal()
    {
        var e = Single("تعهد المسلحون بالانسحاب من بلدة القصير.", "WITHDRAW");
        Assert.Equal("intended", e.Modality);
    }

    [Fact]
    public void An_offensive_a_state_will_launch_soon_is_intended()
    {
        var events = Of("أعلن الرئيس أن الجيش سيطلق قريبا هجوما واسعا على مدينة الرمادي.");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("intended", e.Modality));
    }

    [Fact]
    public void An_offensive_a_state_announces_it_will_launch_is_a_mobilisation_not_an_attack()
    {
        var events = Of("أعلنت تركيا أمس أنها ستطلق قريبا هجوما واسعا على مواقع تنظيم داعش في مدينة جرابلس.");
        Assert.Contains(events, e => e.Type == "MOBILIZE" && e.Modality == "intended");
        Assert.DoesNotContain(events, e => e.Type is "ASSAULT" or "REMOTE");
    }

    [Fact]
    public void An_attack_told_in_the_future_tense_is_an_offensive_not_yet_begun()
    {
        var events = Of("قال وزير الدفاع أمس إن الجيش سيهاجم مواقع تنظيم داعش في مدينة الرمادي.");
        Assert.Contains(events, e => e.Type == "MOBILIZE" && e.Modality == "intended");
        Assert.DoesNotContain(events, e => e.Type is "ASSAULT" or "REMOTE");
    }

    [Fact]
    public void A_group_preparing_to_attack_a_town_mobilises()
    {
        var events = Of("يستعد تنظيم داعش لشن هجوم واسع على بلدة صدد في ريف حمص.");
        Assert.Contains(events, e => e.Type == "MOBILIZE" && e.Modality == "intended");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_cell_that_meant_to_set_off_car_bombs_plotted_no_offensive()
    {
        var events = Of("فككت الأجهزة الأمنية أمس خلية إرهابية كانت تنوي تفجير سيارات مفخخة في مدينة دمشق.");
        Assert.DoesNotContain(events, e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void A_group_that_says_it_is_not_responsible_for_the_attack_negates_it()
    {
        var events = Of("قالت الفصائل إنها غير مسؤولة عن هذا الهجوم على حاجز الجيش في مدينة درعا.");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("negated", e.Modality));
    }

    [Fact]
    public void A_protest_called_by_unions_is_intended()
    {
        var e = Single("أعلن المتظاهرون تنظيم مظاهرة أمام البرلمان في القاهرة.", "PROTEST");
        Assert.Equal("intended", e.Modality);
    }

    [Fact]
    public void A_protest_announced_by_unions_the_lexicon_does_not_know_is_called()
    {
        var e = Single("أعلنت نقابات المعلمين عن تنظيم تظاهرة أمام البرلمان في طهران.", "PROTEST");
        Assert.Equal("intended", e.Modality);
    }

    [Fact]
    public void A_protest_an_army_announces_with_an_that_clause_happened()
    {
        var e = Single("أعلن الجيش أن تظاهرة خرجت أمام البرلمان في طهران.", "PROTEST");
        Assert.Equal("asserted", e.Modality);
    }

    [Fact]
    public void A_capture_the_army_announces_stays_asserted()
    {
        var e = Single("أعلنت قوات النظام السيطرة على مدينة تدمر.", "CAPTURE");
        Assert.Equal("asserted", e.Modality);
    }

    [Fact]
    public void A_state_that_will_give_weapons_to_rebels_pledges_intended_support()
    {
        var e = Single("أعلن وزير الخارجية البريطاني أن بريطانيا ستقدم أسلحة خفيفة لمقاتلي المعارضة السورية في مدينة حلب.", "SUPPORT");
        Assert.Equal("intended", e.Modality);
    }

    [Fact]
    public void A_pledge_to_give_aid_to_an_armed_side_is_intended_support()
    {
        var e = Single("تعهدت الولايات المتحدة بتقديم مساعدات جديدة للجيش العراقي في مدينة الموصل.", "SUPPORT");
        Assert.Equal("intended", e.Modality);
    }

    [Fact]
    public void A_decision_to_send_medicine_to_a_besieged_town_is_intended_aid()
    {
        var e = Single("قررت الأمم المتحدة إرسال أدوية وخيام إلى بلدة مضايا المحاصرة.", "AID");
        Assert.Equal("intended", e.Modality);
    }

    [Fact]
    public void Relief_a_charity_gave_to_displaced_families_is_asserted_aid()
    {
        var e = Single("قدمت منظمة الهلال الأحمر مساعدات طبية للعائلات النازحة في مدينة حلب.", "AID");
        Assert.Equal("asserted", e.Modality);
    }

    [Fact]
    public void A_minister_who_presents_a_report_gives_nothing()
    {
        var events = Of("قدم وزير الدفاع تقريرا إلى البرلمان عن الوضع في مدينة حلب.");
        Assert.DoesNotContain(events, e => e.Type is "SUPPORT" or "AID");
    }

    [Fact]
    public void Villages_under_the_control_of_the_army_are_no_intended_capture()
    {
        var events = Of("قصفت طائرات المعارضة القرى الخاضعة لسيطرة قوات النظام في ريف حماة.");
        Assert.DoesNotContain(events, e => e.Type == "CAPTURE" && e.Modality == "intended");
    }

    [Fact]
    public void Troops_massed_to_storm_a_town_are_a_mobilization_and_no_storming()
    {
        // The storming is the massing's aim (s22b-purpose: DropReason.Purpose), never a storming told.
        var events = Of("حشد الجيش السوري قواته على أطراف مدينة داريا لاقتحام المدينة.");
        Assert.Contains(events, e => e.Type == "MOBILIZE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }
}
