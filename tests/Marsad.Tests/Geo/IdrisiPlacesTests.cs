using Marsad.Geo;
using Marsad.Learning;

namespace Marsad.Tests.Geo;

/// <summary>The places of IDRISI's resolved training tweets (data/geo/idrisi_places.tsv, ids <c>ip:</c>) and the folds that must not see their own.</summary>
public class IdrisiPlacesTests
{
    private static List<GazetteerEntry> IdrisiRows(Gazetteer g) =>
        [.. Enumerable.Range(0, g.Count).Select(r => g[r]).Where(e => e.IsIdrisiPlace)];

    [Fact]
    public void Every_idrisi_row_names_idrisi_its_osm_object_and_the_tweets_it_rests_on()
    {
        var rows = IdrisiRows(Gazetteer.Default);
        Assert.NotEmpty(rows);
        Assert.All(rows, e =>
        {
            Assert.StartsWith("IDRISI LMD Arabic train", e.CoordSource, StringComparison.Ordinal);
            Assert.Contains("ODbL", e.CoordSource, StringComparison.Ordinal);
            Assert.NotEmpty(Gazetteer.IdrisiTweets(e.CoordSource!));
        });
    }

    [Fact]
    public void The_events_are_read_from_the_parenthesis_after_the_source_name()
    {
        Assert.Equal(["beirut_explosion_2020", "covid_2019"], Gazetteer.IdrisiEvents("IDRISI LMD Arabic train (beirut_explosion_2020 covid_2019), class Hospital, OSM node/1 (ODbL 1.0), mean of 2 mention(s); tweets: 1 2"));
        Assert.Empty(Gazetteer.IdrisiEvents("corpus train coders, mean of 1 coding(s)"));
    }

    [Fact]
    public void The_tweet_ids_are_read_after_the_marker()
    {
        Assert.Equal(["12", "34"], Gazetteer.IdrisiTweets("IDRISI LMD Arabic train (x), extent 3 km; tweets: 12 34"));
        Assert.Empty(Gazetteer.IdrisiTweets("corpus train coders, mean of 1 coding(s)"));
    }

    [Fact]
    public void A_fold_gazetteer_leaves_out_exactly_the_rows_whose_tweets_are_all_held_out()
    {
        const int Folds = 5;
        var all = IdrisiRows(Gazetteer.Default);
        for (var fold = 0; fold < 2; fold++)
        {
            var expected = all.Where(e => Gazetteer.IdrisiTweets(e.CoordSource!).Any(t => ToponymData.FoldOf(t, Folds) != fold))
                .Select(e => e.Id).Order(StringComparer.Ordinal).ToList();
            var g = ToponymTraining.FoldGazetteer(Folds, fold, out var dropped);
            Assert.Equal(expected, IdrisiRows(g).Select(e => e.Id).Order(StringComparer.Ordinal));
            Assert.Equal(all.Count - expected.Count, dropped);
            Assert.True(dropped > 0, "some rows rest on one fold's tweets only");
            Assert.Equal(Gazetteer.Default.Count - dropped, g.Count);
        }
    }

    [Fact]
    public void Saudi_arabia_takes_the_point_of_its_osm_country_object_and_a_country_idrisi_never_resolved_keeps_wofs()
    {
        // WOF's label point of Saudi Arabia (23.80 N 44.71 E) lies 310 km from OSM's country node,
        // the point IDRISI measures a country mention by; Chad is in no IDRISI tweet.
        var g = Gazetteer.Default;
        var sa = g[g.CountryRow("SA")];
        Assert.Equal(25.6243, sa.Lat, 3);
        Assert.Equal(42.3528, sa.Lon, 3);
        Assert.StartsWith("IDRISI LMD Arabic train", sa.CoordSource, StringComparison.Ordinal);
        Assert.Contains("ODbL", sa.CoordSource, StringComparison.Ordinal);
        var td = g[g.CountryRow("TD")];
        Assert.Equal(15.21, td.Lat, 2);
        Assert.Null(td.CoordSource);
    }

    [Fact]
    public void A_country_place_in_news_is_put_at_the_country_point()
    {
        var place = Assert.Single(PlaceStageRun.Places("وصل الوفد إلى السعودية أمس."), p => p.Text == "السعودية");
        Assert.Equal("country", place.Precision);
        Assert.Equal(25.6243, place.Lat!.Value, 3);
    }

    [Fact]
    public void A_fold_gazetteer_keeps_wofs_point_for_a_country_whose_osm_point_rests_on_held_out_tweets_only()
    {
        const int Folds = 5;
        var table = Marsad.Lexicons.TsvTable.LoadEmbedded(Gazetteer.CountryPointsTable);
        int cc = table.Column("country"), src = table.Column("coord_source");
        var moved = 0;
        for (var fold = 0; fold < Folds; fold++)
        {
            var g = ToponymTraining.FoldGazetteer(Folds, fold, out _);
            foreach (var r in table.Rows)
            {
                var held = Gazetteer.IdrisiTweets(r[src]).All(t => ToponymData.FoldOf(t, Folds) == fold);
                var row = g[g.CountryRow(r[cc])];
                Assert.Equal(held, row.CoordSource is null);
                moved += held ? 1 : 0;
            }
        }
        Assert.True(moved > 0, "some country rests on one tweet");
    }

    [Fact]
    public void A_hospital_only_idrisi_locates_is_found_and_placed_in_its_country()
    {
        var places = PlaceStageRun.Places("نقل الجرحى إلى مستشفى أوتيل ديو في بيروت بعد الانفجار.");
        var hospital = Assert.Single(places, p => p.Text == "مستشفى أوتيل ديو");
        Assert.StartsWith("ip:", hospital.GazetteerId, StringComparison.Ordinal);
        Assert.Equal("LB", hospital.Country);
        Assert.Equal("point", hospital.Precision);
    }

    [Theory]
    [InlineData("وقع الهجوم في أكتوبر الماضي على الحاجز.", "أكتوبر")]
    [InlineData("قررت اللجنة العليا للانتخابات تأجيل الموعد.", "العليا")]
    public void A_single_word_idrisi_name_that_is_a_common_word_is_no_place_in_news(string sentence, string word)
    {
        Assert.DoesNotContain(PlaceStageRun.Places(sentence), p => p.Text == word);
    }

    [Fact]
    public void Ramses_the_king_is_no_place_and_ramses_square_is()
    {
        // A quarter of Cairo in IDRISI, a pharaoh in half of its news mentions.
        Assert.DoesNotContain(PlaceStageRun.Places("عرض المتحف تمثال الملك رمسيس الثاني أمس."), p => p.Text.Contains("رمسيس", StringComparison.Ordinal));
        Assert.Contains(PlaceStageRun.Places("تظاهر المئات في ميدان رمسيس بالقاهرة."), p => p.Text.Contains("رمسيس", StringComparison.Ordinal));
    }
}
