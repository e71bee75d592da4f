using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Evaluation;

public class GoldScorerTests
{
    // Aleppo and Khanaser as in the seed gold; a country place for the country rule.
    private const double AleppoLat = 36.202, AleppoLon = 37.134;
    private const double KhanaserLat = 35.785, KhanaserLon = 37.497;

    // Kilometres per degree of latitude on the scorer's sphere (R = 6371.0088 km).
    private const double KmPerDegree = Math.PI / 180 * 6371.0088;

    private static readonly GoldPlace Aleppo = new() { Name = "حلب", Lat = AleppoLat, Lon = AleppoLon };
    private static readonly GoldPlace Khanaser = new() { Name = "خناصر", Lat = KhanaserLat, Lon = KhanaserLon, TolKm = 10 };
    private static readonly GoldPlace Syria = new() { Name = "سورية", Country = "SY" };

    private static GoldDocument Doc(params GoldEvent[] events) => new()
    {
        Name = "test",
        Places = [Aleppo, Khanaser, Syria],
        Events = events,
    };

    private static GoldEvent Gold(string type, string modality, string? actor1, string? place, bool optional = false, params string[] alternatives) => new()
    {
        Type = type,
        Modality = modality,
        Actor1 = actor1,
        Place = place,
        AlternativePlaces = alternatives,
        Optional = optional,
    };

    private static LocationRef At(string name, double lat, double lon, string? country = "SY") =>
        new() { Name = name, Lat = lat, Lon = lon, Country = country, Precision = "point" };

    private static EventRecord Sys(string type, string modality, string? actor1, LocationRef? location, int? fatalities = null, string? date = null) => new()
    {
        Type = type,
        Modality = modality,
        Actor1 = actor1 is null ? null : new ActorRef(actor1, actor1),
        Location = location,
        Fatalities = fatalities,
        Date = date is null ? DateRef.Unknown : new DateRef(date, DatePeriod.Parse(date)!.Value.Precision, date),
        Evidence = new Evidence(0, 4, "نص"),
    };

    private static ExtractionResult Result(params EventRecord[] events) => new()
    {
        Document = new DocumentInfo { Body = "" },
        Events = [.. events],
    };

    private static LocationRef NorthOfAleppo(double km) => At("حلب", AleppoLat + (km / KmPerDegree), AleppoLon);

    [Fact]
    public void Location_just_inside_the_tolerance_matches()
    {
        var score = GoldScorer.Score(Doc(Gold("ASSAULT", "asserted", "ISIL", "حلب")), Result(Sys("ASSAULT", "asserted", "ISIL", NorthOfAleppo(24.9))));

        Assert.Equal((1, 0, 0), (score.Events.Tp, score.Events.Fp, score.Events.Fn));
        Assert.InRange(score.GoldEvents[0].DistanceKm!.Value, 24.8, 25.0);
    }

    [Fact]
    public void Location_just_outside_the_tolerance_does_not_match()
    {
        var score = GoldScorer.Score(Doc(Gold("ASSAULT", "asserted", "ISIL", "حلب")), Result(Sys("ASSAULT", "asserted", "ISIL", NorthOfAleppo(25.1))));

        Assert.Equal((0, 1, 1), (score.Events.Tp, score.Events.Fp, score.Events.Fn));
        Assert.Contains(score.GoldEvents[0].NearMisses, n => n.Contains("km from «حلب»", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_tolerance_of_its_own_replaces_the_default()
    {
        // Khanaser has tol_km 10: 12 km away is outside although under the default 25.
        var location = At("خناصر", KhanaserLat + (12 / KmPerDegree), KhanaserLon);

        var score = GoldScorer.Score(Doc(Gold("CAPTURE", "asserted", "ISIL", "خناصر")), Result(Sys("CAPTURE", "asserted", "ISIL", location)));

        Assert.Equal(0, score.Events.Tp);
    }

    [Fact]
    public void An_alternative_place_matches_like_the_main_place()
    {
        var gold = Doc(Gold("ASSAULT", "intended", "ISIL", "حلب", false, "خناصر"));

        var score = GoldScorer.Score(gold, Result(Sys("ASSAULT", "intended", "ISIL", At("خناصر", KhanaserLat, KhanaserLon))));

        Assert.Equal(1, score.Events.Tp);
    }

    [Fact]
    public void A_matched_optional_event_does_not_count_against_precision()
    {
        var gold = Doc(Gold("ASSAULT", "asserted", "ISIL", "حلب"), Gold("CAPTURE", "asserted", "ISIL", "خناصر", optional: true));
        var result = Result(
            Sys("ASSAULT", "asserted", "ISIL", At("حلب", AleppoLat, AleppoLon)),
            Sys("CAPTURE", "asserted", "ISIL", At("خناصر", KhanaserLat, KhanaserLon)));

        var score = GoldScorer.Score(gold, result);

        Assert.Equal((1, 0, 0, 1), (score.Events.Tp, score.Events.Fp, score.Events.Fn, score.Events.MatchedOptional));
        Assert.Equal(1.0, score.Events.Precision);
        Assert.Equal(1.0, score.Events.Recall);
    }

    [Fact]
    public void An_unmatched_optional_event_does_not_count_against_recall()
    {
        var gold = Doc(Gold("ASSAULT", "asserted", "ISIL", "حلب"), Gold("CAPTURE", "asserted", "ISIL", "خناصر", optional: true));

        var score = GoldScorer.Score(gold, Result(Sys("ASSAULT", "asserted", "ISIL", At("حلب", AleppoLat, AleppoLon))));

        Assert.Equal(1.0, score.Events.Recall);
        Assert.Equal(1.0, score.Events.F1);
        Assert.False(score.GoldEvents[1].Matched);
    }

    [Fact]
    public void A_country_place_takes_any_location_in_that_country_and_no_other()
    {
        var gold = Doc(Gold("AGREE", "asserted", "USA", "سورية"));

        var inSyria = GoldScorer.Score(gold, Result(Sys("AGREE", "asserted", "USA", At("دير الزور", 35.33, 40.14, "SY"))));
        var inIraq = GoldScorer.Score(gold, Result(Sys("AGREE", "asserted", "USA", At("الموصل", 36.34, 43.13, "IQ"))));
        var noCountry = GoldScorer.Score(gold, Result(Sys("AGREE", "asserted", "USA", At("مكان", 35.33, 40.14, null))));

        Assert.Equal(1, inSyria.Events.Tp);
        Assert.Equal(0, inIraq.Events.Tp);
        Assert.Equal(0, noCountry.Events.Tp);
    }

    [Fact]
    public void A_null_gold_actor1_takes_any_system_actor1()
    {
        var gold = Doc(Gold("CAPTURE", "predicted", null, "خناصر"));
        var at = At("خناصر", KhanaserLat, KhanaserLon);

        Assert.Equal(1, GoldScorer.Score(gold, Result(Sys("CAPTURE", "predicted", "SYR-MIL", at))).Events.Tp);
        Assert.Equal(1, GoldScorer.Score(gold, Result(Sys("CAPTURE", "predicted", null, at))).Events.Tp);
    }

    [Fact]
    public void A_named_gold_actor1_needs_the_same_system_actor1()
    {
        var gold = Doc(Gold("CAPTURE", "asserted", "ISIL", "خناصر"));
        var at = At("خناصر", KhanaserLat, KhanaserLon);

        Assert.Equal(0, GoldScorer.Score(gold, Result(Sys("CAPTURE", "asserted", "SYR-MIL", at))).Events.Tp);
        Assert.Equal(0, GoldScorer.Score(gold, Result(Sys("CAPTURE", "asserted", null, at))).Events.Tp);
    }

    [Fact]
    public void A_wrong_modality_does_not_match()
    {
        var gold = Doc(Gold("ASSAULT", "intended", "ISIL", "حلب"));

        var score = GoldScorer.Score(gold, Result(Sys("ASSAULT", "asserted", "ISIL", At("حلب", AleppoLat, AleppoLon))));

        Assert.Equal((0, 1, 1), (score.Events.Tp, score.Events.Fp, score.Events.Fn));
        Assert.Contains("modality asserted ≠ intended", score.GoldEvents[0].NearMisses[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_does_not_match()
    {
        var gold = Doc(Gold("ASSAULT", "asserted", "ISIL", "حلب"));

        var score = GoldScorer.Score(gold, Result(Sys("REMOTE", "asserted", "ISIL", At("حلب", AleppoLat, AleppoLon))));

        Assert.Equal(0, score.Events.Tp);
    }

    [Fact]
    public void Two_system_events_for_one_gold_event_leave_one_false_positive()
    {
        var gold = Doc(Gold("ASSAULT", "asserted", "ISIL", "حلب"));
        var at = At("حلب", AleppoLat, AleppoLon);

        var score = GoldScorer.Score(gold, Result(Sys("ASSAULT", "asserted", "ISIL", at), Sys("ASSAULT", "asserted", "ISIL", at)));

        Assert.Equal((1, 1, 0), (score.Events.Tp, score.Events.Fp, score.Events.Fn));
        Assert.Equal(0.5, score.Events.Precision);
        Assert.Single(score.UnmatchedSystemEvents);
    }

    [Fact]
    public void A_core_gold_event_takes_the_system_event_before_an_optional_one()
    {
        // Both gold events fit the one system event; the optional one is listed first and still loses.
        var gold = Doc(Gold("ASSAULT", "asserted", null, "حلب", optional: true), Gold("ASSAULT", "asserted", "ISIL", "حلب"));

        var score = GoldScorer.Score(gold, Result(Sys("ASSAULT", "asserted", "ISIL", At("حلب", AleppoLat, AleppoLon))));

        Assert.Equal((1, 0, 0), (score.Events.Tp, score.Events.Fp, score.Events.Fn));
        Assert.Equal(0, score.Events.MatchedOptional);
        Assert.False(score.GoldEvents[0].Matched);
        Assert.True(score.GoldEvents[1].Matched);
    }

    [Fact]
    public void Matching_is_maximum_even_when_the_first_choice_blocks_another_gold_event()
    {
        // Gold 1 (any actor) fits both system events; gold 2 fits only the first. A greedy pass would
        // give the first to gold 1 and leave gold 2 unmatched.
        var gold = Doc(Gold("ASSAULT", "asserted", null, "حلب"), Gold("ASSAULT", "asserted", "ISIL", "حلب"));
        var at = At("حلب", AleppoLat, AleppoLon);

        var score = GoldScorer.Score(gold, Result(Sys("ASSAULT", "asserted", "ISIL", at), Sys("ASSAULT", "asserted", "NUSRA", at)));

        Assert.Equal((2, 0, 0), (score.Events.Tp, score.Events.Fp, score.Events.Fn));
        Assert.Equal(1, score.GoldEvents[0].SystemIndex);
        Assert.Equal(0, score.GoldEvents[1].SystemIndex);
    }

    [Fact]
    public void An_optional_event_may_move_a_core_event_to_another_system_event_but_never_unmatch_it()
    {
        var gold = Doc(Gold("ASSAULT", "asserted", null, "حلب"), Gold("ASSAULT", "asserted", "ISIL", "حلب", optional: true));
        var at = At("حلب", AleppoLat, AleppoLon);

        var score = GoldScorer.Score(gold, Result(Sys("ASSAULT", "asserted", "ISIL", at), Sys("ASSAULT", "asserted", "NUSRA", at)));

        Assert.Equal((1, 0, 0, 1), (score.Events.Tp, score.Events.Fp, score.Events.Fn, score.Events.MatchedOptional));
    }

    [Fact]
    public void Among_equal_candidates_a_gold_event_takes_the_one_with_the_right_date()
    {
        var gold = Doc(Gold("CAPTURE", "asserted", "ISIL", "خناصر") with { When = new GoldWhen { Date = "2015-01", Precision = "month" } });
        var at = At("خناصر", KhanaserLat, KhanaserLon);

        var score = GoldScorer.Score(gold, Result(Sys("CAPTURE", "asserted", "ISIL", at, date: "2016-02"), Sys("CAPTURE", "asserted", "ISIL", at, date: "2015-01")));

        Assert.Equal(1, score.GoldEvents[0].SystemIndex);
        Assert.Equal(new Fraction(1, 1), score.Dates);
        Assert.Equal(1, score.Events.Fp);
    }

    [Fact]
    public void A_system_event_without_location_cannot_match_a_placed_gold_event()
    {
        var gold = Doc(Gold("ASSAULT", "asserted", "ISIL", "حلب"));
        var noCoordinates = new LocationRef { Name = "حلب", Precision = "point" };

        Assert.Equal(0, GoldScorer.Score(gold, Result(Sys("ASSAULT", "asserted", "ISIL", null))).Events.Tp);
        Assert.Equal(0, GoldScorer.Score(gold, Result(Sys("ASSAULT", "asserted", "ISIL", noCoordinates))).Events.Tp);
    }

    [Fact]
    public void A_gold_event_without_place_takes_any_location_or_none()
    {
        var gold = Doc(Gold("ACCUSE", "asserted", "RUS", null));

        Assert.Equal(1, GoldScorer.Score(gold, Result(Sys("ACCUSE", "asserted", "RUS", null))).Events.Tp);
        Assert.Equal(1, GoldScorer.Score(gold, Result(Sys("ACCUSE", "asserted", "RUS", At("الموصل", 36.34, 43.13, "IQ")))).Events.Tp);
    }

    [Fact]
    public void Per_type_and_per_modality_counts_follow_each_event_own_group()
    {
        var gold = Doc(Gold("ASSAULT", "asserted", "ISIL", "حلب"), Gold("REMOTE", "asserted", "RUS", "حلب"));
        var result = Result(
            Sys("ASSAULT", "asserted", "ISIL", At("حلب", AleppoLat, AleppoLon)),
            Sys("REMOTE", "asserted", "RUS", At("خناصر", KhanaserLat, KhanaserLon)),
            Sys("CAPTURE", "intended", "ISIL", At("حلب", AleppoLat, AleppoLon)));

        var score = GoldScorer.Score(gold, result);

        Assert.Equal((1, 0, 0), (score.ByType["ASSAULT"].Tp, score.ByType["ASSAULT"].Fp, score.ByType["ASSAULT"].Fn));
        Assert.Equal((0, 1, 1), (score.ByType["REMOTE"].Tp, score.ByType["REMOTE"].Fp, score.ByType["REMOTE"].Fn));
        Assert.Equal((0, 1, 0), (score.ByType["CAPTURE"].Tp, score.ByType["CAPTURE"].Fp, score.ByType["CAPTURE"].Fn));
        Assert.Equal((1, 1, 1), (score.ByModality["asserted"].Tp, score.ByModality["asserted"].Fp, score.ByModality["asserted"].Fn));
        Assert.Equal((0, 1, 0), (score.ByModality["intended"].Tp, score.ByModality["intended"].Fp, score.ByModality["intended"].Fn));
    }

    [Fact]
    public void Fatalities_are_scored_only_where_the_gold_states_them()
    {
        var gold = Doc(
            Gold("REMOTE", "asserted", "RUS", "حلب") with { Fatalities = 12 },
            Gold("REMOTE", "asserted", "TUR", "حلب") with { Fatalities = 3 },
            Gold("ASSAULT", "asserted", "ISIL", "حلب"));
        var at = At("حلب", AleppoLat, AleppoLon);

        var score = GoldScorer.Score(gold, Result(
            Sys("REMOTE", "asserted", "RUS", at, fatalities: 12),
            Sys("REMOTE", "asserted", "TUR", at, fatalities: 4),
            Sys("ASSAULT", "asserted", "ISIL", at, fatalities: 7)));

        Assert.Equal(new Fraction(1, 2), score.Fatalities);
    }

    [Theory]
    [InlineData("2015-01", "month", "2015-01-05", true)]
    [InlineData("2015-01", "month", "2015-01", true)]
    [InlineData("2015-01", "month", "2015", false)]
    [InlineData("2015-01", "month", "2015-02", false)]
    [InlineData("2015", "year", "2015-06-01", true)]
    [InlineData("2016-02-23", "day", "2016-02-23", true)]
    [InlineData("2016-02-23", "day", null, false)]
    public void An_absolute_gold_date_is_compared_at_its_precision(string goldDate, string precision, string? systemDate, bool correct)
    {
        var ev = Gold("CAPTURE", "asserted", "ISIL", "خناصر") with { When = new GoldWhen { Date = goldDate, Precision = precision } };
        var found = systemDate is null ? DateRef.Unknown : new DateRef(systemDate, DatePeriod.Parse(systemDate)!.Value.Precision, null);

        Assert.Equal(correct, GoldScorer.CheckDate(ev, null, found).Correct);
    }

    [Theory]
    [InlineData("publication", "2016-02-24", true)]
    [InlineData("publication", "2016-02-23", false)]
    [InlineData("start-of-publication-month", "2016-02-03", true)]
    [InlineData("start-of-publication-month", "2016-01", false)]
    [InlineData("before-publication", "2016-02-20", true)]
    [InlineData("before-publication", "2016-02-24", false)]
    [InlineData("after-publication", "2016-03", true)]
    public void A_relative_gold_date_resolves_against_the_publication_date(string relative, string systemDate, bool correct)
    {
        var ev = Gold("ASSAULT", "asserted", "ISIL", "خناصر") with { When = new GoldWhen { Relative = relative } };
        var found = new DateRef(systemDate, DatePeriod.Parse(systemDate)!.Value.Precision, null);

        Assert.Equal(correct, GoldScorer.CheckDate(ev, new DateOnly(2016, 2, 24), found).Correct);
    }

    [Fact]
    public void A_relative_gold_date_is_not_scored_without_a_publication_date()
    {
        var ev = Gold("ASSAULT", "asserted", "ISIL", "خناصر") with { When = new GoldWhen { Relative = "publication" } };

        Assert.Null(GoldScorer.CheckDate(ev, null, new DateRef("2016-02-24", "day", null)).Correct);
    }

    [Fact]
    public void Date_accuracy_counts_matched_events_with_a_checkable_date()
    {
        var gold = Doc(
            Gold("CAPTURE", "asserted", "ISIL", "خناصر") with { When = new GoldWhen { Date = "2015-01", Precision = "month" } },
            Gold("CAPTURE", "asserted", "SYR-MIL", "خناصر") with { When = new GoldWhen { Date = "2015", Precision = "year" } },
            Gold("ASSAULT", "asserted", "ISIL", "خناصر") with { When = new GoldWhen { Relative = "publication" } });
        var at = At("خناصر", KhanaserLat, KhanaserLon);

        var score = GoldScorer.Score(gold, Result(
            Sys("CAPTURE", "asserted", "ISIL", at, date: "2015-01"),
            Sys("CAPTURE", "asserted", "SYR-MIL", at),
            Sys("ASSAULT", "asserted", "ISIL", at, date: "2016-02-24")));

        Assert.Equal(new Fraction(1, 2), score.Dates);
    }

    [Fact]
    public void Metadata_is_compared_after_normalization_and_boilerplate_must_stay_out_of_the_body()
    {
        var gold = new GoldMetadata
        {
            Title = "ما هي أهداف «داعش» من الهجوم؟",
            Author = "كاتب المقال",
            Dateline = null,
            Boilerplate = ["اترك تعليقاً"],
        };
        var document = new DocumentInfo
        {
            Title = "ما هي اهداف \"داعش\" من الهجوم؟",
            Author = "كاتب آخر",
            Dateline = null,
            Body = "نص الخبر.\nاترك تعليقا",
        };

        var score = GoldScorer.CheckMetadata(gold, document);

        Assert.True(score.Title);
        Assert.False(score.Author);
        Assert.True(score.Dateline);
        Assert.False(score.Boilerplate);
        Assert.Equal(new Fraction(2, 4), score.Checks);
    }

    [Fact]
    public void Clean_metadata_scores_four_of_four()
    {
        var gold = new GoldMetadata { Title = "عنوان", Author = "كاتب", Dateline = "باريس", Boilerplate = ["زر الذهاب إلى الأعلى"] };
        var document = new DocumentInfo { Title = "عنوان", Author = "كاتب", Dateline = "باريس", Body = "باريس - نص الخبر." };

        Assert.Equal(new Fraction(4, 4), GoldScorer.CheckMetadata(gold, document).Checks);
    }

    private static PlaceMention Mention(string text, string name, double? lat, double? lon, string? country = "SY", string precision = "point") =>
        new() { Text = text, Name = name, Lat = lat, Lon = lon, Country = country, Precision = precision };

    [Fact]
    public void A_gold_place_is_found_by_a_clitic_prefixed_mention_resolved_within_tolerance()
    {
        var found = GoldScorer.FindPlace(Aleppo, [Mention("وبحلب", "حلب", AleppoLat + 0.05, AleppoLon)]);

        Assert.NotNull(found);
    }

    [Fact]
    public void A_gold_place_is_not_found_by_a_mention_resolved_too_far_away()
    {
        Assert.Null(GoldScorer.FindPlace(Aleppo, [Mention("حلب", "حلب", AleppoLat + 1, AleppoLon)]));
    }

    [Fact]
    public void A_gold_place_is_not_found_by_another_name_at_the_right_spot()
    {
        Assert.Null(GoldScorer.FindPlace(Aleppo, [Mention("الشيخ مقصود", "الشيخ مقصود", AleppoLat, AleppoLon)]));
    }

    [Fact]
    public void A_country_is_found_by_a_country_mention_spelled_otherwise_but_not_by_a_town_in_it()
    {
        Assert.NotNull(GoldScorer.FindPlace(Syria, [Mention("سوريا", "سوريا", 35, 38, "SY", "country")]));
        Assert.Null(GoldScorer.FindPlace(Syria, [Mention("حلب", "حلب", AleppoLat, AleppoLon, "SY")]));
    }

    [Theory]
    [InlineData("حلب", "وبحلب", true)]
    [InlineData("حلب", "لحلب", true)]
    [InlineData("الرقة", "للرقة", true)]
    [InlineData("الرقة", "والرقه", true)]
    [InlineData("مطار كويرس", "مطار كويرس العسكري", true)]
    [InlineData("مطار كويرس", "كويرس", true)]
    [InlineData("إدلب", "ادلب", true)]
    [InlineData("حلب", "حماة", false)]
    [InlineData("حلب", "حلبون", false)]
    [InlineData("تل جبين", "تل رفعت", false)]
    public void Mention_names_correspond_to_gold_names_as_documented(string gold, string mention, bool corresponds)
    {
        Assert.Equal(corresponds, GoldScorer.NameCorresponds(gold, mention));
    }

    [Fact]
    public void Place_and_actor_recall_count_gold_items_found()
    {
        var gold = Doc() with { Actors = ["ISIL", "SYR-MIL-ALLIES", "RUS"] };
        var result = Result() with
        {
            Places = [Mention("خناصر", "خناصر", KhanaserLat, KhanaserLon)],
            Actors = [new ActorMention("داعش", 0, 4, "ISIL"), new ActorMention("موسكو", 10, 15, "RUS"), new ActorMention("التنظيم", 20, 27, "ISIL")],
        };

        var score = GoldScorer.Score(gold, result);

        Assert.Equal(new Fraction(1, 3), score.Places);
        Assert.Equal(new Fraction(2, 3), score.Actors);
        Assert.Equal(["SYR-MIL-ALLIES"], score.MissingActors);
        Assert.Empty(score.UnmatchedPlaceMentions);
        Assert.Empty(score.ExtraActors);
    }

    [Fact]
    public void System_places_and_actors_the_gold_does_not_list_are_reported()
    {
        var gold = Doc() with { Actors = ["ISIL"] };
        var result = Result() with
        {
            Places = [Mention("حلب", "حلب", KhanaserLat, KhanaserLon)],
            Actors = [new ActorMention("داعش", 0, 4, "ISIL"), new ActorMention("موسكو", 10, 15, "RUS")],
        };

        var score = GoldScorer.Score(gold, result);

        Assert.Equal("حلب", Assert.Single(score.UnmatchedPlaceMentions).Text);
        Assert.Equal(["RUS"], score.ExtraActors);
    }

    [Fact]
    public void The_report_sums_counts_over_articles()
    {
        var one = GoldScorer.Score(Doc(Gold("ASSAULT", "asserted", "ISIL", "حلب")), Result(Sys("ASSAULT", "asserted", "ISIL", At("حلب", AleppoLat, AleppoLon))));
        var two = GoldScorer.Score(Doc(Gold("ASSAULT", "asserted", "ISIL", "حلب"), Gold("REMOTE", "asserted", "RUS", "حلب")), Result(Sys("ARREST", "asserted", "ISIL", null)));

        var report = EvaluationReport.Sum([one, two]);

        Assert.Equal((1, 1, 2), (report.Events.Tp, report.Events.Fp, report.Events.Fn));
        Assert.Equal(0.5, report.Events.Precision);
        Assert.Equal(1.0 / 3, report.Events.Recall!.Value, 9);
        Assert.Equal(2, report.ByType["ASSAULT"].Core);
        Assert.Equal(new Fraction(8, 8), report.Metadata);
    }
}
