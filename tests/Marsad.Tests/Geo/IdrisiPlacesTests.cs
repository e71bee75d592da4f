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
