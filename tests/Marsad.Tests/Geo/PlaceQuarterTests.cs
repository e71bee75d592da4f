using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s15-placerecall): quarters of a town the article names, and a hamlet namesake in a
/// country the article never names that must not carry the article there.
/// </summary>
public class PlaceQuarterTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_bare_quarter_of_baghdad_in_a_sentence_naming_the_city_is_that_quarter()
    {
        var places = Places("قالت الشرطة في بغداد إن الانفجار وقع في الشعلة مساء أمس.");
        var shula = Assert.Single(places, p => p.Text == "الشعلة");
        Assert.Equal("IQ", shula.Country);
        Assert.True(Math.Abs(shula.Lat!.Value - 33.41) < 0.15 && Math.Abs(shula.Lon!.Value - 44.23) < 0.15, $"{shula.Lat},{shula.Lon}");
    }

    [Fact]
    public void A_quarter_named_three_times_does_not_carry_a_damascus_story_to_an_afghan_namesake()
    {
        var places = Places("اشتباكات عنيفة في دمشق اليوم. وقال ناشطون إن حي القدم شهد قصفا، وإن حي القدم محاصر، وإن الأهالي فروا من حي القدم.");
        Assert.NotEmpty(places);
        Assert.DoesNotContain(places, p => p.Country == "AF");
        Assert.Contains(places, p => p.Text == "دمشق" && p.Country == "SY");
    }

    [Fact]
    public void A_quarter_the_gazetteer_writes_without_the_article_is_found_after_the_quarter_word()
    {
        // The sources write the Baghdad quarter «مشتل» and a Babil village «المشتل» (98 km off):
        // read with its article alone the word had only the village.
        var places = Places("انفجرت قنبلة أمام مطعم في حي المشتل شرقي بغداد صباح اليوم.");
        var quarter = Assert.Single(places, p => p.Text.EndsWith("المشتل", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(33.33, 44.51, quarter.Lat!.Value, quarter.Lon!.Value) < 5, $"{quarter.Name} at {quarter.Lat}, {quarter.Lon}");
    }

    [Fact]
    public void A_bare_mention_of_a_quarter_named_earlier_with_its_quarter_word_is_the_same_quarter()
    {
        // «للمشتل» alone would be the Babil village «المشتل»; the article has said it is the Baghdad quarter.
        var places = Places("انفجرت قنبلة أمام مطعم في حي المشتل شرقي بغداد صباح اليوم. وقالت الشرطة إن سيارة مفخخة انفجرت في السوق المجاورة للمشتل.");
        var bare = Assert.Single(places, p => p.Text == "للمشتل");
        Assert.True(GreatCircle.DistanceKm(33.33, 44.51, bare.Lat!.Value, bare.Lon!.Value) < 5, $"{bare.Name} at {bare.Lat}, {bare.Lon}");
    }

    [Theory]
    [InlineData("انفجرت عبوة ناسفة في حي الشريعة بمدينة حماة مساء أمس.", "الشريعة", 35.13, 36.76)]
    [InlineData("سقط صاروخ على حي المغاير الشعبي في حلب القديمة.", "المغاير", 36.20, 37.16)]
    public void A_quarter_with_no_row_in_the_city_its_sentence_names_lies_in_that_city(string sentence, string quarter, double lat, double lon)
    {
        // The gazetteer has only namesakes elsewhere (a Ghab village «الشريعة» 50 km off, «مغار»
        // villages hundreds away): the city named beside the quarter says where it is.
        var place = Assert.Single(Places(sentence), p => p.Text == quarter);
        Assert.True(GreatCircle.DistanceKm(lat, lon, place.Lat!.Value, place.Lon!.Value) < 5, $"{place.Name} at {place.Lat}, {place.Lon}");
    }

    [Fact]
    public void The_quarters_of_a_known_town_stay_in_that_town()
    {
        // «أحياء الفلوجة»: the quarter word introduces the town itself, which keeps its own point.
        var place = Assert.Single(Places("قصفت القوات العراقية أحياء الفلوجة وقرى تقع شرق الرمادي."), p => p.Text == "الفلوجة");
        Assert.True(GreatCircle.DistanceKm(33.35, 43.79, place.Lat!.Value, place.Lon!.Value) < 5, $"{place.Name} at {place.Lat}, {place.Lon}");
    }
}
