using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>The speaker and the blamed party of an accusation, persons known by the office the article gave them, and the place of a statement.</summary>
public class StatementRolesTests
{
    [Fact]
    public void A_minister_named_with_his_office_earlier_is_the_accuser_when_only_his_surname_is_given()
    {
        var events = Of("قال وزير الخارجية السوري وليد المعلم إن الحوار مستمر. واتهم المعلم الولايات المتحدة بدعم الإرهاب.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "SYR-GOV", "USA");
    }

    [Fact]
    public void A_person_before_the_verb_is_the_accuser_and_the_country_after_it_the_accused()
    {
        var events = Of("وقالت وزيرة الخارجية الأمريكية هيلاري كلينتون إن الوضع خطير. وذكرت الصحيفة أن كلينتون اتهمت إيران بإرسال السلاح.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "USA", "IRN");
    }

    [Fact]
    public void An_office_with_its_nationality_before_an_auxiliary_and_the_verb_is_the_accuser()
    {
        var events = Of("وكان وزير الخارجية الإيراني قد أدان الغارة الإسرائيلية على مركز الأبحاث.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "IRN", "ISR");
    }

    [Fact]
    public void An_office_and_name_after_the_verb_are_the_accuser_and_the_nationality_of_the_condemned_act_the_accused()
    {
        var events = Of("وأدان الرئيس السوري، بشار الأسد، الهجوم الإسرائيلي على مركز الأبحاث.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "SYR-GOV", "ISR");
    }

    [Fact]
    public void A_country_right_after_the_verb_condemns_the_abduction_that_gunmen_carried_out()
    {
        var accuse = Single("أدانت روسيا خطف جنود من قوة حفظ السلام من قبل مسلحين في مرتفعات الجولان.", "ACCUSE");
        Assert.Equal("RUS", accuse.Actor1?.Id);
    }

    [Fact]
    public void A_prime_minister_the_office_holders_list_knows_is_the_accuser_without_a_nationality()
    {
        var accuse = Single("واتهم رئيس الوزراء أحمد داود أوغلو تنظيم داعش بالوقوف وراء التفجير في البلدة.", "ACCUSE");
        AssertActors(accuse, "TUR", "ISIL");
    }

    [Fact]
    public void A_secretary_general_named_before_his_office_is_the_condemner()
    {
        var accuse = Single("وأدان بان كي مون الأمين العام للأمم المتحدة التفجيرات التي ضربت العاصمة.", "ACCUSE");
        Assert.Equal("UN", accuse.Actor1?.Id);
    }

    [Fact]
    public void The_surname_of_an_office_holder_named_in_full_earlier_is_the_accuser()
    {
        var events = Of("وصل جورج صبرا إلى القاهرة أمس. واتهم صبرا إيران بإرسال مقاتلين إلى سوريا.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "SYR-OPP", "IRN");
    }

    [Fact]
    public void The_first_name_of_an_office_holder_named_in_full_does_not_make_another_man_of_that_name_speak_for_his_state()
    {
        // review29 finding 2: «محمد» of «محمد جواد ظريف» made «محمد علوش» Iran.
        var events = Of("وصل محمد جواد ظريف إلى بيروت أمس. واتهم محمد علوش النظام السوري بقصف مدينة دوما.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "IRN");
    }

    [Fact]
    public void A_common_word_inside_an_office_holders_name_does_not_speak_for_his_state()
    {
        // review29 finding 2: «أكبر» of «علي أكبر صالحي» is also "the largest".
        var events = Of("والتقى علي أكبر صالحي نظيره التركي أمس. واتهم أكبر فصيل في المعارضة النظام السوري بقصف مدينة حمص.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "IRN");
    }

    [Fact]
    public void A_holders_single_word_name_with_the_article_is_an_adjective_not_the_holder()
    {
        // review29 finding 2: the row «روحاني» matched «الروحاني», "spiritual".
        var events = Of("واتهم المرشد الروحاني للطائفة الحكومة العراقية بقصف مدينة الفلوجة.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "IRN");
    }

    [Fact]
    public void A_holders_name_that_itself_carries_the_article_is_still_the_holder()
    {
        var events = Of("وصل الأخضر الإبراهيمي إلى دمشق أمس. واتهم الإبراهيمي الحكومة السورية بقصف مدينة حمص.");
        Assert.Contains(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "UN");
    }

    [Fact]
    public void The_surname_of_a_holder_named_in_full_earlier_still_speaks_for_his_state()
    {
        var events = Of("وصل محمد جواد ظريف إلى بيروت أمس. واتهم ظريف الولايات المتحدة بدعم الإرهاب.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "IRN", "USA");
    }

    [Fact]
    public void Nasrallah_in_his_joined_spelling_speaks_for_hezbollah()
    {
        // s36c-speaker (M24): «نصر الله» had no row, the joined «نصرالله» after «حسن نصر الله» was nobody's.
        var events = Of("ألقى حسن نصر الله كلمة متلفزة مساء أمس. واتهم نصرالله الجيش السوري الحر بمهاجمة قرى حدودية.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "LBN-HEZ", "SYR-REBELS");
    }

    [Fact]
    public void A_party_after_a_first_person_condemnation_is_its_object_not_its_speaker()
    {
        // s36c-speaker (M21 class): «ندين» has «we» for its subject; the regime after it is condemned.
        var events = Of("وجاء في البيان: \"فإننا ندين النظام السوري الذي يقصف شعبه بالطائرات\".");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "SYR-GOV");
    }

    [Fact]
    public void Accusers_described_as_belonging_to_a_brigade_speak_for_the_brigade()
    {
        // s36c-speaker (M1): «الذين ينتمون إلى X» says whose the unnamed accusers are.
        var events = Of("واتهم المقاتلون الذين ينتمون إلى لواء شهداء اليرموك الجيش الإسرائيلي بقصف مواقعهم قرب الحدود.");
        Assert.Contains(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "SYR-REBELS");
    }

    [Fact]
    public void A_person_before_a_statement_verb_joined_by_and_is_its_object_not_its_speaker()
    {
        var events = Of("وقال نوري المالكي إن الجيش سينتصر. وكشفت لجنة التحقيق عن اعترافات ضد المالكي وتحمله مسؤولية الانسحاب من المدينة.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "IRQ-GOV");
    }

    [Fact]
    public void A_party_condemning_bombings_is_not_their_doer()
    {
        var events = Of("ندد حزب الله اللبناني بالتفجيرات الدامية في بغداد والبصرة.");
        Assert.Contains(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "LBN-HEZ");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "LBN-HEZ");
    }

    [Fact]
    public void A_government_condemning_a_rocket_fire_before_its_verb_is_not_its_doer()
    {
        var events = Of("وقالت المتحدثة في بيان إن حكومة الولايات المتحدة تدين بأشد العبارات إطلاق الصواريخ على حلب.");
        Assert.Contains(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "USA");
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Actor1?.Id == "USA");
    }

    [Fact]
    public void A_country_after_an_unknown_subject_is_the_accused_so_no_accuser_is_coded()
    {
        // «فلان» is nobody the article introduced: Washington is blamed, not blaming.
        Assert.DoesNotContain(Of("واتهم فلان واشنطن بتمويل الجماعات المسلحة."), e => e.Type == "ACCUSE" && e.Actor1?.Id == "USA");
    }

    [Fact]
    public void An_accusation_takes_no_place_from_the_act_it_condemns()
    {
        var accuse = Single("وأدانت الحكومة العراقية القصف التركي على مدينة زاخو.", "ACCUSE");
        Assert.Null(accuse.Location);
    }

    [Fact]
    public void An_accusation_takes_the_place_where_the_statement_was_made()
    {
        var accuse = Single("وأدانت الحكومة العراقية القصف التركي خلال مؤتمر صحفي في بغداد.", "ACCUSE");
        AssertPlace(accuse, "بغداد", "IQ");
    }

    [Fact]
    public void Each_speaker_joined_by_and_makes_an_accusation_of_their_own()
    {
        var events = Of("وأدان رئيس الوزراء البريطاني والإدارة الأمريكية التفجير الذي نفذه تنظيم داعش في المدينة.");
        var accusers = events.Where(e => e.Type == "ACCUSE").Select(e => e.Actor1?.Id).ToList();
        Assert.Contains("GBR", accusers);
        Assert.Contains("USA", accusers);
    }

    [Fact]
    public void A_conviction_for_a_charge_is_no_condemnation()
    {
        Assert.DoesNotContain(Of("وقضت محكمة في فيينا بسجن شاب بعد إدانته بتأييد تنظيم داعش."), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void An_indefinite_official_with_a_nationality_after_the_verb_speaks_for_that_state()
    {
        var accuse = Single("ودان دبلوماسي أميركي كبير الهجمات التي نفذها تنظيم داعش في المدينة.", "ACCUSE");
        AssertActors(accuse, "USA", "ISIL");
    }

    [Fact]
    public void A_party_behind_the_preposition_of_belonging_after_the_verb_is_the_speakers_own()
    {
        var accuse = Single("واستنكر فلان الفلاني عضو المكتب السياسي لحركة حماس بشدة قصف المخيم.", "ACCUSE");
        Assert.Equal("HAMAS", accuse.Actor1?.Id);
    }

    [Fact]
    public void A_counterpart_introduced_with_his_nationality_is_known_by_his_surname()
    {
        var accuse = Single("والتقى الوزير نظيره السوري وليد المعلم. وندد المعلم بإعلان واشنطن تقديم المساعدات.", "ACCUSE");
        AssertActors(accuse, "SYR-GOV", "USA");
    }

    [Fact]
    public void A_head_noun_before_the_party_keeps_the_party_the_speaker()
    {
        var accuse = Single("وأدانت حكومة الولايات المتحدة الهجمات الصاروخية على المدينة.", "ACCUSE");
        Assert.Equal("USA", accuse.Actor1?.Id);
    }

    [Fact]
    public void An_office_and_a_name_in_apposition_before_an_auxiliary_and_the_verb_are_the_accuser()
    {
        // The comma after the name cuts the clause; «علي» folds to the preposition «على» and is read as no name.
        var accuse = Single("وكان وزير الخارجية الإيراني، علي أكبر صالحي، قد أدان الغارة الإسرائيلية على مركز الأبحاث.", "ACCUSE");
        AssertActors(accuse, "IRN", "ISR");
    }

    [Fact]
    public void A_conviction_whose_noun_with_its_pronoun_is_spelled_as_the_verb_is_no_condemnation()
    {
        // «لإدانته» reads as «ل» + the verb «أدانته» as well as the noun «إدانة» + «ه».
        Assert.DoesNotContain(Of("وقضت محكمة في فيينا بالسجن خمس سنوات على شاب لإدانته بالإرهاب."), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void A_regime_that_accuses_is_the_government_and_not_its_forces()
    {
        var accuse = Single("واتهم النظام السوري تركيا بدعم الجماعات المسلحة في مدينة حلب.", "ACCUSE");
        AssertActors(accuse, "SYR-GOV", "TUR");
    }

    [Fact]
    public void The_authorities_with_a_nationality_after_them_are_that_state_and_not_the_focus_countrys()
    {
        var arrest = Single("قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد والموصل وتكريت.\n\nوأعلنت السلطات الكويتية اعتقال ثلاثة مطلوبين في مدينة الكويت.", "ARREST");
        Assert.Equal("KWT-MIL", arrest.Actor1?.Id);
    }

    [Fact]
    public void A_surname_inside_a_lexicon_name_of_office_nationality_and_person_is_that_state_speaking_later()
    {
        // «الرئيس السوري بشار الأسد» is one actor name; «الأسد» alone is no actor, and was read as no speaker.
        var accuse = Single("أعلن الرئيس السوري بشار الاسد في مقابلة أنه لا يستبعد الرد على الغارة.\n\nواتهم الأسد وزير الخارجية الأميركي جون كيري بتضييع وقته.", "ACCUSE");
        Assert.Equal("SYR-GOV", accuse.Actor1?.Id);
    }

    [Fact]
    public void An_office_word_that_begins_with_the_letter_waw_after_the_speaker_is_no_second_speaker()
    {
        // «وزير» is no «و» + «زير»: the minister after «واتهم المعلم» is the accused, not a co-accuser.
        var events = Of("قال وزير الخارجية السوري وليد المعلم إن الحوار مستمر. واتهم المعلم وزير الخارجية الأميركي بدعم الإرهاب.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "USA");
    }

    [Fact]
    public void A_known_person_between_a_light_verb_and_a_noun_of_criticism_is_the_accuser()
    {
        var events = Of("أعلن الرئيس السوري بشار الاسد في مقابلة أنه لا يستبعد الرد على الغارة.\n\nووجه الأسد انتقادات حادة إلى بريطانيا بشأن تعاملها مع الملف السوري.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "SYR-GOV", "GBR");
    }

    [Fact]
    public void An_accusation_takes_the_city_its_speaker_is_said_to_be_visiting_elsewhere_in_the_article()
    {
        var accuse = Single("قال وزير الخارجية الإيراني في مؤتمر صحفي مع نظيره السوري وليد المعلم الذي يزور طهران إن الحل سياسي.\n\nمن جهته، ندد المعلم بإعلان واشنطن تقديم المساعدات إلى المعارضة.", "ACCUSE");
        AssertPlace(accuse, "طهران", "IR");
    }

    [Fact]
    public void An_accusation_takes_the_place_of_the_meeting_its_speaker_is_quoted_at_in_the_next_sentence()
    {
        // The guest named after «استقباله» stands between the venue word and «في دمشق»; «بشار الأسد» is
        // one actors.tsv name, and the later «الأسد» is the same speaker.
        var accuse = Single("أدان الرئيس السوري، بشار الأسد، الغارة الإسرائيلية على مركز البحوث.\n\nونقلت الوكالة عن الأسد قوله، خلال استقباله أمين المجلس الأعلى للأمن القومي الإيراني، سعيد جليلي، في دمشق، إن العدوان يكشف دور إسرائيل.", "ACCUSE");
        AssertPlace(accuse, "دمشق", "SY");
    }

    [Fact]
    public void The_accused_country_named_after_the_interview_is_not_where_the_accusation_was_made()
    {
        var accuse = Single("واتهم الرئيس السوري بشار الأسد في المقابلة كلا من فرنسا وبريطانيا بدعم الإرهاب.", "ACCUSE");
        Assert.Null(accuse.Location);
    }

    [Fact]
    public void A_country_behind_a_word_of_destination_after_the_visit_is_where_the_accusation_was_made()
    {
        var accuse = Single("وندد الرئيس التركي رجب طيب أردوغان بالهجوم الانتحاري خلال زيارة إلى الشطر الشمالي من قبرص.", "ACCUSE");
        AssertPlace(accuse, "قبرص", "CY");
    }

    [Fact]
    public void A_venue_told_of_another_party_gives_an_accusation_no_place()
    {
        var accuse = Single("أدان الرئيس السوري، بشار الأسد، الغارة الإسرائيلية على مركز البحوث.\n\nوقال وزير الخارجية الأردني خلال زيارته إلى عمان إن الوضع خطير.", "ACCUSE");
        Assert.Null(accuse.Location);
    }

    [Fact]
    public void An_accusation_takes_the_place_the_next_sentence_says_it_was_made_at()
    {
        // «جاء ذلك خلال …» opens a sentence that tells where the sentence before was said; the place stands behind a clitic ب far from the occasion word.
        var accuse = Single("أدان وزير الخارجية القطري الغارة الإسرائيلية على مركز البحوث في ريف دمشق.\n\nجاء ذلك خلال حفل أقامه أنصار المعارضة مساء اليوم في ذكرى الضحايا بمقر المجلس بباريس.", "ACCUSE");
        AssertPlace(accuse, "باريس", "FR");
    }

    [Fact]
    public void A_conference_the_speaker_boycotts_elsewhere_is_not_where_its_accusation_was_made()
    {
        var accuse = Single("أعلن الائتلاف الوطني السوري مقاطعته مؤتمر أصدقاء سوريا في روما.\n\nوأدان الائتلاف الوطني السوري الغارة الإسرائيلية على مركز البحوث في ريف دمشق.", "ACCUSE");
        Assert.Null(accuse.Location);
    }

    [Fact]
    public void An_accusation_takes_the_city_of_the_conference_its_speaker_addressed_in_another_sentence()
    {
        var accuse = Single("وقال وزير الخارجية القطري أمام مؤتمر الأمن في ميونيخ إن الأزمة تطول.\n\nوأدان وزير الخارجية القطري الغارة الإسرائيلية على مركز البحوث في ريف دمشق.", "ACCUSE");
        AssertPlace(accuse, "ميونيخ", "DE");
    }

    [Fact]
    public void The_place_of_the_raids_a_press_conference_spoke_about_is_not_where_the_accusation_was_made()
    {
        var accuse = Single("واتهم وزير الخارجية الفرنسي النظام السوري بقصف الأحياء السكنية بالبراميل المتفجرة.\n\nجاء ذلك خلال مؤتمر صحفي تحدث فيه عن الغارات التي شنتها الطائرات الروسية على المستشفيات في مدينة حلب.", "ACCUSE");
        Assert.Null(accuse.Location);
    }

    [Fact]
    public void A_sentence_that_tells_when_an_accusation_came_gives_it_no_place()
    {
        var accuse = Single("أدان وزير الخارجية القطري الغارة الإسرائيلية على مركز البحوث في ريف دمشق.\n\nجاء ذلك في وقت تشهد فيه باريس اجتماعات للمعارضة.", "ACCUSE");
        Assert.Null(accuse.Location);
    }

    [Fact]
    public void An_envoy_named_after_the_verb_is_the_accuser_and_not_the_accused()
    {
        var accuse = Single("أدان مبعوث الأمم المتحدة الأخضر الإبراهيمي التفجيرات التي وقعت في دمشق أمس.", "ACCUSE");
        Assert.Equal("UN", accuse.Actor1?.Id);
    }

    // Runs the shipped models: under the rules alone the accused is the second body, so no co-speaker
    // is made; the actor2 choice names another.
    [Fact]
    public void An_envoy_of_two_bodies_is_one_speaker_and_no_second_accusation()
    {
        var events = Learned("أدان مبعوث الأمم المتحدة والجامعة العربية بشأن السلام في سوريا الأخضر الإبراهيمي، اليوم، التفجيرات التي وقعت في دمشق أمس.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "ARAB-LEAGUE");
    }

    private static List<Marsad.Output.EventRecord> Learned(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Marsad.Ingestion.Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void The_antecedent_of_a_relative_clause_whose_verb_accuses_him_is_no_accuser()
    {
        // «الذي يتهمونه»: the pronoun on the verb takes back the antecedent, the accused; «they» are nobody named.
        var events = Of("ودعا وزير الخارجية السوري وليد المعلم إلى معاقبة أحد أفراد عائلته الذي يتهمونه بقتل الجنود.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "SYR-GOV");
    }
    [Fact]
    public void The_party_a_relative_verb_accuses_through_its_pronoun_is_the_accused_past_its_participle_adjective()
    {
        // «الذي تتهمه»: the pronoun on the verb takes back «حزب العمال الكردستاني», past its participle «المحظور».
        var accuse = Single("وتواصلت الغارات على مواقع حزب العمال الكردستاني المحظور الذي تتهمه الحكومة التركية بتنفيذ الهجمات.", "ACCUSE");
        AssertActors(accuse, "TUR", "PKK");
    }

    [Fact]
    public void The_party_named_after_a_relative_verb_that_accuses_the_antecedent_is_the_accuser()
    {
        var accuse = Single("وطالب النائب بقطع العلاقات مع حركة حماس التي تتهمها الحكومة المصرية بدعم المسلحين في سيناء.", "ACCUSE");
        AssertActors(accuse, "EGY", "HAMAS");
    }

    [Fact]
    public void A_leader_whose_nationality_the_word_opposition_follows_condemns_for_the_opposition_not_the_government()
    {
        var accuse = Single("وأدان الزعيم السوري المعارض معاذ الخطيب التفجير الذي استهدف المسجد في العاصمة.", "ACCUSE");
        Assert.Equal("SYR-OPP", accuse.Actor1?.Id);
    }

    [Fact]
    public void An_opponent_named_by_his_nationality_blames_for_the_opposition()
    {
        var accuse = Single("وحمّل المعارض السوري حمزة يوسف نظام الأسد مسؤولية التفجير الذي وقع أمس.", "ACCUSE");
        Assert.Equal("SYR-OPP", accuse.Actor1?.Id);
    }

    [Fact]
    public void A_mufti_no_lexicon_knows_after_the_verb_is_not_the_state_whose_experts_the_sentence_before_names()
    {
        var events = Learned("وكانت غارة إسرائيلية قد قتلت عددا من الخبراء الإيرانيين قرب الجولان. إلى ذلك استنكر الشيخ محمد حسن المفتي العام للمدينة اعتداء جنود الاحتلال على المصلين في المسجد.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "IRN");
    }

    [Fact]
    public void Tribal_sheikhs_who_accuse_are_not_the_government_of_the_sentence_before()
    {
        var events = Learned("وأعلنت الحكومة العراقية أن الوفد تعرض للاعتداء في الفلوجة. واتهم شيوخ عشائر الجنوب مسلحين مجهولين بالاعتداء على الوفد.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "IRQ-GOV");
    }

    [Fact]
    public void The_country_closing_the_name_of_a_regions_leadership_is_the_speakers_not_the_accused()
    {
        var accuse = Single("ودانت قيادة إقليم كردستان العراق السبت القصف الجوي الذي شنته الطائرات التركية على قرية في الإقليم.", "ACCUSE");
        Assert.Equal("KRG", accuse.Actor1?.Id);
        Assert.NotEqual("IRQ-GOV", accuse.Actor2?.Id);
    }

    [Fact]
    public void A_country_the_charge_follows_at_once_after_an_interview_verb_is_the_accused_not_the_accuser()
    {
        // s37b-accuse (R37): «اتهم فيها تركيا بدعم»: the interviewed leader is the verb's pronoun; Turkey is its object.
        var events = Of("وفي مقابلة أجرتها قناة فرنسية مع زعيم حزب كردي اتهم فيها تركيا بدعم الجماعات المسلحة في شمال سوريا.");
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "TUR");
    }

    [Fact]
    public void A_party_after_the_resumptive_pronoun_with_its_object_after_it_stays_the_accuser()
    {
        // s37b-accuse guard: «اتهم فيه الائتلاف … القوات النظامية بحشد»: a second party before the charge makes the first the subject.
        var events = Of("قتل عشرون شخصا في حمص، في وقت اتهم فيه الائتلاف الوطني المعارض القوات النظامية بحشد أرتالها لمهاجمة المدينة.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "SYR-OPP", "SYR-MIL");
    }

    [Fact]
    public void Egypts_foreign_minister_of_2011_to_2013_named_without_his_nationality_is_the_accuser()
    {
        // s39b-accuse (V36): the 2013 news name him by office and name only; office_holders.tsv knows him.
        var events = Of("أدان وزير الخارجية محمد عمرو الهجوم الإسرائيلي على مركز الأبحاث قرب دمشق.");
        var accuse = Assert.Single(events, e => e.Type == "ACCUSE");
        AssertActors(accuse, "EGY", "ISR");
    }

    [Fact]
    public void The_white_house_joined_to_another_condemner_makes_an_accusation_of_the_united_states()
    {
        // s39b-accuse (nc-2bb20a94): «البيت الأبيض» speaks for the United States as «الكرملين» for Russia.
        var events = Of("وأدان رئيس الوزراء البريطاني والبيت الأبيض التفجير الذي استهدف السفارة في أنقرة.");
        Assert.Contains(events, e => e.Type == "ACCUSE" && e.Actor1?.Id == "USA");
    }
}
