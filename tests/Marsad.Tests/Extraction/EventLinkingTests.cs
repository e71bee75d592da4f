using Marsad.Output;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>How events get their actors, places, routes, dates and fatalities from the words around them.</summary>
public class EventLinkingTests
{
    [Fact]
    public void City_with_waw_and_ba_clitics_is_the_event_place()
    {
        var e = Single("قصفت الطائرات الروسية أحياء وبحلب.", "REMOTE");
        AssertPlace(e, "حلب", "SY");
        AssertActors(e, "RUS");
    }

    [Fact]
    public void Actor_with_lam_clitic_is_recognised_as_the_target()
    {
        var e = Single("قصفت طائرات التحالف الدولي مواقع لداعش في مدينة الرقة.", "REMOTE");
        AssertActors(e, "USA-COALITION", "ISIL");
        AssertPlace(e, "الرقة", "SY");
    }

    [Fact]
    public void Attack_by_an_actor_with_lam_clitic_names_the_defender_and_the_attacker()
    {
        var e = Single("تصدت قوات النظام لهجوم لداعش على مدينة تدمر.", "ASSAULT");
        Assert.Contains(e.Actor1?.Id, new[] { "SYR-MIL", "ISIL" });
        Assert.Contains(e.Actor2?.Id, new[] { "SYR-MIL", "ISIL" });
        Assert.NotEqual(e.Actor1?.Id, e.Actor2?.Id);
    }

    [Fact]
    public void The_organisation_after_Daesh_refers_back_to_Daesh()
    {
        var events = Of("سيطر تنظيم داعش على مدينة تدمر. وقصف التنظيم مطار التيفور.");
        var strike = Assert.Single(events, e => e.Type == "REMOTE");
        AssertActors(strike, "ISIL");
        Assert.Equal("SY", strike.Location?.Country);
    }

    [Fact]
    public void The_organisation_with_no_group_named_before_it_is_nobody()
    {
        var events = Of("وقصف التنظيم مطار التيفور.");
        Assert.All(events, e => Assert.NotEqual("ISIL", e.Actor1?.Id));
    }

    [Fact(Skip = "known gap (place resolution): «السخنة» in a document about Palmyra resolves to the Jordanian village, not the Syrian town near Palmyra")]
    public void Back_referenced_capture_is_placed_near_the_places_already_named()
    {
        var events = Of("شن تنظيم داعش هجوما على مدينة تدمر. وسيطر التنظيم على بلدة السخنة.");
        var capture = Assert.Single(events, e => e.Type == "CAPTURE");
        AssertActors(capture, "ISIL");
        AssertPlace(capture, "السخنة", "SY");
    }

    [Fact]
    public void Yesterday_resolves_to_the_day_before_publication()
    {
        var e = Single("قصفت الطائرات الروسية مدينة إدلب أمس.", "REMOTE");
        Assert.Equal(new DateRef("2016-02-17", "day", e.Date.Text), e.Date);
        Assert.NotNull(e.Date.Text);
    }

    [Fact]
    public void Weekday_resolves_to_the_last_such_day_before_publication()
    {
        // Published on Saturday 20 February 2016: the Thursday is the 18th.
        var e = Single("قصفت الطائرات الروسية مدينة إدلب يوم الخميس.", "REMOTE", new DateOnly(2016, 2, 20));
        Assert.Equal("2016-02-18", e.Date.Value);
        Assert.Equal("day", e.Date.Precision);
    }

    [Fact]
    public void Event_reported_as_happened_with_no_date_words_takes_the_publication_day_with_no_date_text()
    {
        // As ACLED codes reports: the day of the report, and no words claimed as its source.
        var e = Single("قصفت الطائرات الروسية مدينة إدلب.", "REMOTE", new DateOnly(2016, 2, 20));
        Assert.Equal("2016-02-20", e.Date.Value);
        Assert.Equal("day", e.Date.Precision);
        Assert.Null(e.Date.Text);
    }

    [Fact]
    public void Event_with_no_date_words_takes_the_day_its_paragraph_is_told_on()
    {
        // Published Thursday 18 February 2016: «أمس» earlier in the paragraph sets the second strike on the 17th.
        var events = Of("شن الطيران الروسي أمس غارات على مدينة إدلب. وقصفت قوات النظام مدينة دوما.");
        var douma = Assert.Single(events, e => e.Location?.Name == "دوما");
        Assert.Equal("2016-02-17", douma.Date.Value);
        Assert.Null(douma.Date.Text);
    }

    [Fact]
    public void Event_with_no_date_words_takes_the_lead_day_and_not_a_recalled_one()
    {
        const string body = "قصفت الطائرات الروسية مدينة إدلب أمس.\nوكانت الطائرات قد قصفت مدينة حلب في الأول من كانون الثاني.\nوقصفت قوات النظام مدينة دوما.";
        var douma = Assert.Single(Of(body), e => e.Location?.Name == "دوما");
        Assert.Equal("2016-02-17", douma.Date.Value);
    }

    [Fact]
    public void Event_with_no_date_words_and_no_publication_date_has_an_unknown_date()
    {
        const string body = "قصفت الطائرات الروسية مدينة إدلب.";
        var result = Marsad.Pipeline.MarsadPipeline.CreateRulesOnly().Extract(new Marsad.Ingestion.Article { Source = "t", Body = body, Published = null });
        var e = Assert.Single(result.Events, x => x.Type == "REMOTE");
        Assert.Null(e.Date.Value);
        Assert.Equal("unknown", e.Date.Precision);
    }

    [Fact]
    public void A_toll_of_coordinated_places_is_divided_among_them()
    {
        var events = Of("قصفت الطائرات مدينتي العمارة والنجف ما أسفر عن مقتل 9 أشخاص.").Where(e => e.Type == "REMOTE").ToList();
        Assert.Equal(2, events.Count);
        // The remainder goes to the first place.
        Assert.Equal([5, 4], events.Select(e => e.Fatalities ?? -1));
    }

    [Fact]
    public void Fatalities_count_the_killed_and_not_the_wounded()
    {
        var e = Single("قصفت قوات النظام مدينة دوما ما أدى إلى مقتل ثلاثة أطفال وجرح عشرة آخرين.", "REMOTE");
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void A_numbered_toll_told_later_replaces_the_unnumbered_dead_and_wounded_of_the_first_telling()
    {
        // docs/annotation.md 8: the fuller figure of the same happening stands.
        var e = Single("قصفت الطائرات الروسية مدينة إدلب ما أدى إلى سقوط قتلى وجرحى. وقصفت الطائرات الروسية مدينة إدلب بالصواريخ ما أدى إلى مقتل 11 مدنيا.", "REMOTE");
        Assert.Equal(11, e.Fatalities);
    }

    [Fact]
    public void A_toll_the_next_sentence_gives_the_same_happening_named_again_is_the_events_own()
    {
        var events = Of("اقتحمت القوات العراقية مبنى الجامعة في مدينة الرمادي فجر اليوم.\nوأسفرت المواجهات عن مقتل 29 مسلحا.");
        var storm = Assert.Single(events, e => e.Evidence.Text.Contains("اقتحمت", StringComparison.Ordinal));
        Assert.Equal(29, storm.Fatalities);
    }

    [Fact]
    public void A_toll_the_next_sentence_gives_a_new_happening_is_not_the_events_own()
    {
        var events = Of("اقتحمت القوات العراقية مبنى الجامعة في مدينة الرمادي فجر اليوم.\nوأسفر هجوم انتحاري في بغداد عن مقتل 12 شخصا.");
        var storm = Assert.Single(events, e => e.Evidence.Text.Contains("اقتحمت", StringComparison.Ordinal));
        Assert.Null(storm.Fatalities);
    }

    [Fact]
    public void Children_killed_by_shelling_make_civilians_its_target()
    {
        var e = Single("قصفت قوات النظام مدينة دوما ما أدى إلى مقتل ثلاثة أطفال وجرح عشرة آخرين.", "REMOTE");
        AssertActors(e, "SYR-MIL", "CIV");
    }

    [Fact]
    public void Only_wounded_means_no_dead_and_no_killing_words_mean_no_count()
    {
        // docs/annotation.md 6.5: a wounded-only report is 0; a report that does not speak of casualties leaves the dead unknown.
        var e = Single("قصفت الطائرات الروسية مدينة إدلب ما أسفر عن إصابة عشرين مدنيا.", "REMOTE");
        Assert.Equal(0, e.Fatalities);
        Assert.Null(Single("قصفت الطائرات الروسية مدينة إدلب.", "REMOTE").Fatalities);
    }

    [Fact]
    public void Road_cut_between_two_towns_carries_the_route_and_is_placed_on_it()
    {
        var e = Single("قطعت فصائل المعارضة الطريق بين حماة وحلب.", "BLOCKADE");
        Assert.Equal(["حماة", "حلب"], e.Route);
        Assert.NotNull(e.Location);
        Assert.Contains(e.Location!.Name, new[] { "حماة", "حلب" });
        Assert.Contains("قطعت", e.Evidence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Route_is_only_given_to_road_events()
    {
        var e = Single("سيطرت قوات النظام على مدينة تدمر.", "CAPTURE");
        Assert.Null(e.Route);
    }

    [Fact]
    public void A_protest_against_the_government_has_the_protesters_as_doers_and_the_government_as_target()
    {
        var e = Single("تظاهر آلاف العراقيين ضد الحكومة العراقية في مدينة البصرة.", "PROTEST");
        AssertActors(e, "PROTESTERS", "IRQ-GOV");
    }

    [Theory]
    [InlineData("قصفت القوات الحكومية مواقع للحوثيين في مدينة تعز.", "REMOTE", "YEM-GOV")]
    [InlineData("قصفت القوات الحكومية مواقع للمسلحين في مدينة حمص.", "REMOTE", "SYR-MIL")]
    [InlineData("اعتقلت الشرطة عشرة متظاهرين في مدينة الإسكندرية.", "ARREST", "EGY-MIL")]
    [InlineData("اعتقلت الشرطة عشرة متظاهرين في مدينة البصرة.", "ARREST", "IRQ-MIL")]
    public void A_generic_national_force_belongs_to_the_country_of_the_article(string body, string type, string actor1)
    {
        var e = Single(body, type);
        Assert.Equal(actor1, e.Actor1?.Id);
    }

    [Theory]
    [InlineData("اشتبك المسلحون مع القوات الحكومية في مدينة حمص.", "SYR-REBELS")]
    [InlineData("اشتبك المسلحون مع القوات الحكومية في مدينة تعز.", "UNIDENTIFIED-ARMED")]
    [InlineData("هاجمت قوات المعارضة حاجزا للجيش في مدينة درعا.", "SYR-REBELS")]
    [InlineData("هاجمت مجموعة مسلحة حاجزا للشرطة في مدينة العريش.", "UNIDENTIFIED-ARMED")]
    public void Unnamed_gunmen_are_syrian_rebels_in_syria_only_and_unidentified_elsewhere(string body, string actor1)
    {
        var e = Of(body).First(x => x.Type is "ASSAULT" or "ATTACK_CIVILIANS");
        Assert.Equal(actor1, e.Actor1?.Id);
    }

    [Theory]
    [InlineData("هاجم مسلحو حركة الشباب قاعدة عسكرية في مدينة مقديشو.", "SHABAAB")]
    [InlineData("هاجمت حركة طالبان نقطة تفتيش في مدينة قندهار.", "TALIBAN")]
    [InlineData("هاجمت قوات المجلس الانتقالي الجنوبي معسكرا في مدينة عدن.", "STC")]
    [InlineData("هاجم الجيش الأفغاني مواقع للمسلحين في مدينة قندهار.", "AFG-MIL")]
    public void Groups_and_armies_of_the_corpus_outside_the_spec_have_their_registered_ids(string body, string actor1)
    {
        var e = Of(body).First(x => x.Type is "ASSAULT" or "ATTACK_CIVILIANS" or "REMOTE");
        Assert.Equal(actor1, e.Actor1?.Id);
    }

    [Fact]
    public void The_youth_alone_is_not_al_shabaab()
    {
        var result = Events.Extract("تظاهر الشباب في ساحة التحرير بمدينة القاهرة.");
        Assert.DoesNotContain(result.Actors, a => a.Id == "SHABAAB");
    }

    [Theory]
    [InlineData("شن الطيران الحربي غارات على مدينة إدلب.", "SYR-MIL")]
    [InlineData("شن الطيران الحربي غارات على مدينة صعدة.", "SAU-COALITION")]
    public void Unnamed_warplanes_are_read_by_the_country_they_strike(string body, string actor1)
    {
        var e = Single(body, "REMOTE");
        Assert.Equal(actor1, e.Actor1?.Id);
    }

    [Fact]
    public void A_nationality_after_unnamed_warplanes_says_whose_they_are()
    {
        var e = Single("قصفت طائرات حربية تركية مواقع في مدينة إدلب.", "REMOTE");
        Assert.Equal("TUR", e.Actor1?.Id);
    }

    [Fact]
    public void A_killing_without_a_doer_joined_to_a_strike_is_the_toll_of_that_strike_not_a_second_event()
    {
        var events = Of("شنت طائرات روسية غارة على بلدة الباب في ريف حلب الشرقي وقتل ستة مدنيين.");
        var strike = Assert.Single(events);
        Assert.Equal(("REMOTE", 6), (strike.Type, strike.Fatalities));
    }

    [Fact]
    public void A_killing_with_its_own_doer_after_a_strike_stays_an_event()
    {
        var events = Of("شنت طائرات روسية غارة على بلدة الباب، وقتل مسلحون مجهولون ستة مدنيين في مدينة منبج.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && e.Actor1?.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void A_suicide_bomber_nobody_claims_is_an_unidentified_armed_actor()
    {
        var e = Of("فجر انتحاري نفسه في سوق مدينة بعقوبة.").First(x => x.Type is "REMOTE" or "ATTACK_CIVILIANS");
        Assert.Equal("UNIDENTIFIED-ARMED", e.Actor1?.Id);
    }

    [Fact]
    public void A_list_of_shelled_towns_joined_by_commas_and_settlement_words_is_one_event_per_town()
    {
        var events = Of("قصفت قوات النظام بالمدفعية مدينة دوما والزبداني، وبلدة داريا.").Where(x => x.Type == "REMOTE").ToList();
        Assert.Equal(["دوما", "الزبداني", "داريا"], events.Select(x => x.Location?.Name));
    }

    [Fact]
    public void Governorates_listed_before_the_trigger_each_have_their_protest()
    {
        var events = Of("وشهدت محافظات البصرة وواسط وبابل أمس مظاهرات حاشدة للمطالبة بتحسين الخدمات.").Where(x => x.Type == "PROTEST").ToList();
        Assert.Equal(["البصرة", "بابل", "واسط"], events.Select(x => x.Location?.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_place_behind_the_same_preposition_again_is_one_more_place_of_the_event()
    {
        var events = Of("دارت اشتباكات عنيفة في حي جوبر وفي ريف درعا الشرقي.").Where(x => x.Type == "ASSAULT").ToList();
        Assert.Equal(2, events.Count);
        Assert.Contains(events, x => x.Location?.Precision == "region");
    }

    [Fact]
    public void Location_name_is_the_name_as_the_article_writes_it()
    {
        var e = Single("تظاهر مئات المحتجين في مدينة البصرة.", "PROTEST");
        Assert.Equal("البصرة", e.Location?.Name);
    }

    [Fact]
    public void Nationality_adjectives_name_both_sides()
    {
        var e = Single("قصفت المدفعية التركية مواقع للوحدات الكردية في مدينة عفرين.", "REMOTE");
        AssertActors(e, "TUR", "YPG");
        AssertPlace(e, "عفرين", "SY");
    }

    [Fact]
    public void Reinforcements_of_an_actor_with_lam_clitic_are_that_actor_mobilizing()
    {
        var e = Single("وصلت تعزيزات عسكرية لحزب الله إلى مدينة حلب.", "MOBILIZE");
        AssertActors(e, "LBN-HEZ");
        AssertPlace(e, "حلب", "SY");
    }

    [Fact]
    public void Expelling_a_named_group_is_a_capture_by_the_expeller_against_the_group()
    {
        var events = Of("سيطر تنظيم داعش على مدينة تدمر. وتمكنت قوات النظام من طرد التنظيم من المدينة.");
        Assert.Equal(2, events.Count(e => e.Type == "CAPTURE"));
        var retake = Assert.Single(events, e => e.Type == "CAPTURE" && e.Actor1?.Id == "SYR-MIL");
        Assert.Equal("ISIL", retake.Actor2?.Id);
        AssertPlace(retake, "تدمر", "SY");
    }

    [Fact]
    public void Same_attack_told_twice_is_one_event_with_the_fatalities_of_the_second_telling()
    {
        var events = Of("شن تنظيم داعش هجوما على مدينة خناصر. وأدى هجوم داعش على خناصر إلى مقتل عشرة جنود.");
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        AssertActors(e, "ISIL");
        Assert.Equal(10, e.Fatalities);
    }

    [Fact]
    public void Tens_of_killed_give_a_lower_bound()
    {
        var e = Single("قصفت الطائرات الروسية مدينة إدلب ما أسفر عن مقتل عشرات المدنيين.", "REMOTE");
        Assert.NotNull(e.Fatalities);
        Assert.InRange(e.Fatalities!.Value, 10, 20);
    }

    [Fact(Skip = "known gap: civilians killed before the strike trigger («قتل خمسة مدنيين في غارة») do not become actor2 CIV")]
    public void Civilians_killed_in_a_strike_named_after_them_are_its_target()
    {
        var e = Single("قتل خمسة مدنيين في غارة للطيران الروسي على مدينة إدلب.", "REMOTE");
        AssertActors(e, "RUS", "CIV");
        Assert.Equal(5, e.Fatalities);
    }

    [Fact]
    public void Unknown_gunmen_outside_Syria_are_unidentified_armed_not_Syrian_rebels()
    {
        var e = Single("اختطف مسلحون مجهولون صحفيا في مدينة عدن.", "ATTACK_CIVILIANS");
        Assert.Equal("UNIDENTIFIED-ARMED", e.Actor1?.Id);
        AssertPlace(e, "عدن", "YE");
    }
}
