using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Each of the 15 SPEC §2 types in one plain asserted sentence, with its doer and place.</summary>
public class EventTypeTests
{
    [Fact]
    public void An_isolated_sentence_with_no_place_still_reports_its_attack()
    {
        var e = Single("شن مسلحون هجوما على دورية للشرطة.", "ASSAULT");
        Assert.Equal("asserted", e.Modality);
        Assert.Null(e.Location);
    }

    [Fact]
    public void Two_suicide_bombers_blowing_themselves_up_is_remote_violence()
    {
        var e = Single("فجرا نفسيهما قرب دورية للجيش.", "REMOTE");
        Assert.Equal("asserted", e.Modality);
    }

    [Fact]
    public void Dawn_with_the_article_is_no_detonation()
    {
        Assert.DoesNotContain(Of("وصل الوفد قبل صلاة الفجر."), e => e.Type == "REMOTE");
    }

    [Fact]
    public void Gunmen_holding_policemen_hostage_is_violence_against_civilians_or_an_assault()
    {
        var events = Of("قام مسلحون باحتجاز رهائن في مبنى البلدية.");
        Assert.Contains(events, e => e.Type is "ATTACK_CIVILIANS" or "ASSAULT");
    }

    [Fact]
    public void Protesters_gathering_before_parliament_is_a_protest()
    {
        var e = Single("تجمع مئات المتظاهرين أمام مبنى البرلمان في بيروت.", "PROTEST");
        Assert.Equal("asserted", e.Modality);
    }

    [Fact]
    public void Islamic_State_attack_on_Manbij_is_an_assault()
    {
        var e = Single("شن تنظيم داعش هجوما على مدينة منبج.", "ASSAULT");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "ISIL");
        AssertPlace(e, "منبج", "SY");
        Assert.Contains("هجوما", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Russian_planes_shelling_Idlib_is_remote_violence()
    {
        var e = Single("قصفت الطائرات الروسية مدينة إدلب.", "REMOTE");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "RUS");
        AssertPlace(e, "إدلب", "SY");
        Assert.Contains("قصفت", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Regime_forces_taking_Palmyra_is_a_capture()
    {
        var e = Single("سيطرت قوات النظام على مدينة تدمر.", "CAPTURE");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "SYR-MIL");
        AssertPlace(e, "تدمر", "SY");
    }

    [Fact]
    public void Islamic_State_leaving_Fallujah_is_a_withdrawal_placed_at_the_place_left()
    {
        var e = Single("انسحب تنظيم داعش من مدينة الفلوجة.", "WITHDRAW");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "ISIL");
        AssertPlace(e, "الفلوجة", "IQ");
    }

    [Fact]
    public void Reinforcements_sent_to_Hama_are_a_mobilization_placed_where_they_arrive()
    {
        var e = Single("أرسلت قوات النظام تعزيزات عسكرية إلى مدينة حماة.", "MOBILIZE");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "SYR-MIL");
        AssertPlace(e, "حماة", "SY");
    }

    [Fact]
    public void Massing_troops_around_Mosul_is_a_mobilization()
    {
        var e = Single("حشد الجيش العراقي قواته في محيط مدينة الموصل.", "MOBILIZE");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "IRQ-MIL");
        AssertPlace(e, "الموصل", "IQ");
    }

    [Fact]
    public void Rebels_cutting_the_Hama_Aleppo_road_is_a_blockade()
    {
        var e = Single("قطعت فصائل المعارضة الطريق بين حماة وحلب.", "BLOCKADE");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "SYR-REBELS");
        Assert.NotNull(e.Location);
        Assert.Equal("SY", e.Location!.Country);
    }

    [Fact]
    public void Regime_forces_reopening_the_Hama_Aleppo_road_is_a_reopening_with_its_doer()
    {
        var e = Single("أعادت قوات النظام فتح الطريق بين حماة وحلب.", "REOPEN");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "SYR-MIL");
        Assert.Equal(["حماة", "حلب"], e.Route);
    }

    [Fact]
    public void Rebels_reaching_a_deal_with_the_Russians_in_Daraa_is_an_agreement()
    {
        var e = Single("توصلت فصائل المعارضة إلى اتفاق مع الجانب الروسي في مدينة درعا.", "AGREE");
        Assert.Equal("asserted", e.Modality);
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
        AssertPlace(e, "درعا", "SY");
    }

    [Fact(Skip = "known gap: of two parties named before «اتفاق» the extractor takes the nearer (second) one as actor1")]
    public void Two_party_ceasefire_names_the_first_party_as_actor1_and_the_second_as_actor2()
    {
        var e = Single("وقعت قوات حكومة الوفاق والجيش الوطني الليبي اتفاقا لوقف إطلاق النار في مدينة مصراتة.", "AGREE");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "LBY-GNA", "LNA");
    }

    [Fact]
    public void Executing_civilians_in_Raqqa_is_violence_against_civilians()
    {
        var e = Single("أعدم تنظيم داعش عشرة مدنيين في مدينة الرقة.", "ATTACK_CIVILIANS");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "ISIL", "CIV");
        AssertPlace(e, "الرقة", "SY");
        Assert.DoesNotContain(Of("أعدم تنظيم داعش عشرة مدنيين في مدينة الرقة."), x => x.Type == "REMOTE");
    }

    [Fact]
    public void Iraqi_forces_detaining_people_in_Kirkuk_is_an_arrest()
    {
        var e = Single("اعتقلت القوات العراقية خمسة أشخاص في مدينة كركوك.", "ARREST");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "IRQ-MIL");
        AssertPlace(e, "كركوك", "IQ");
    }

    [Fact]
    public void Demonstration_in_Taiz_is_a_protest_by_protesters()
    {
        var e = Single("تظاهر مئات المحتجين في مدينة تعز.", "PROTEST");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "PROTESTERS");
        AssertPlace(e, "تعز", "YE");
    }

    [Fact]
    public void United_States_arming_the_SDF_in_Manbij_is_support_from_the_giver_to_the_receiver()
    {
        var e = Single("زودت الولايات المتحدة قوات سوريا الديمقراطية بالأسلحة في مدينة منبج.", "SUPPORT");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "USA", "SDF");
        AssertPlace(e, "منبج", "SY");
    }

    [Fact]
    public void Pledging_allegiance_makes_the_pledging_group_actor1_and_the_pledged_to_group_actor2()
    {
        var e = Single("أعلنت جبهة النصرة مبايعتها لتنظيم داعش في مدينة إدلب.", "SUPPORT");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "NUSRA", "ISIL");
    }

    [Fact]
    public void Red_Cross_convoy_into_Taiz_is_aid()
    {
        var e = Single("أدخلت اللجنة الدولية للصليب الأحمر قافلة مساعدات إنسانية إلى مدينة تعز.", "AID");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "ICRC");
        AssertPlace(e, "تعز", "YE");
    }

    [Fact]
    public void Houthis_accusing_the_coalition_is_an_accusation_and_the_strike_they_allege_is_its_own_event()
    {
        var events = Of("اتهم الحوثيون التحالف العربي بقصف مدينة الحديدة.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.Equal("asserted", accuse.Modality);
        AssertActors(accuse, "HOUTHI", "SAU-COALITION");
        var strike = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("SAU-COALITION", strike.Actor1?.Id);
        AssertPlace(strike, "الحديدة", "YE");
    }

    [Fact]
    public void Islamic_State_threatening_Benghazi_is_a_threat()
    {
        var e = Single("هدد تنظيم داعش بمهاجمة مدينة بنغازي.", "THREATEN");
        Assert.Equal("asserted", e.Modality);
        AssertActors(e, "ISIL");
        AssertPlace(e, "بنغازي", "LY");
    }

    [Fact(Skip = "known gap: joining a group («انضم ... إلى تنظيم داعش») gives no SUPPORT event")]
    public void Fighters_joining_Islamic_State_is_support_for_it()
    {
        var e = Single("انضم مئات المقاتلين إلى تنظيم داعش في مدينة الرقة.", "SUPPORT");
        Assert.Equal("asserted", e.Modality);
        Assert.Equal("ISIL", e.Actor2?.Id);
        AssertPlace(e, "الرقة", "SY");
    }

    [Fact]
    public void Car_bomb_with_no_claimant_is_remote_violence_by_nobody()
    {
        var e = Single("انفجرت سيارة مفخخة في مدينة الرمادي.", "REMOTE");
        Assert.Equal("asserted", e.Modality);
        Assert.Null(e.Actor1);
        AssertPlace(e, "الرمادي", "IQ");
    }
}
