using Marsad.Evaluation;
using Marsad.Geo;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10's coverage of world features no gazetteer source holds (data/geo/features.tsv): continents,
/// seas and straits, rivers, mountain ranges, historical and political regions and the US states,
/// compiled as whole classes rather than one name at a time.
/// </summary>
public class WorldFeatureTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("يتدفق آلاف المهاجرين من أفريقيا نحو السواحل كل شهر.", "أفريقيا", 4.0, 20.0)]
    [InlineData("عبرت ناقلات النفط مضيق هرمز رغم التوتر.", "مضيق هرمز", 26.57, 56.25)]
    [InlineData("تمر سفن الشحن عبر باب المندب يوميا.", "باب المندب", 12.6, 43.4)]
    [InlineData("عبرت السفينة الحربية البسفور متجهة إلى البحر الأسود.", "البسفور", 41.1, 29.05)]
    [InlineData("ضرب إعصار قوي جزر البحر الكاريبي هذا الأسبوع.", "البحر الكاريبي", 15.0, -75.0)]
    [InlineData("لجأ المقاتلون الأكراد إلى جبال قنديل بعد الغارات.", "جبال قنديل", 36.45, 44.95)]
    [InlineData("ينشط المسلحون في جبال زاغروس غرب البلاد.", "جبال زاغروس", 33.5, 47.5)]
    [InlineData("عاد مئات المقاتلين من الشيشان والقوقاز إلى بلادهم.", "الشيشان", 43.4, 45.7)]
    [InlineData("تصاعد التوتر في كشمير بين الجارتين النوويتين.", "كشمير", 34.1, 75.0)]
    [InlineData("أطلق مسلح النار على جنود في ولاية تكساس الأمريكية.", "تكساس", 31.5, -99.3)]
    [InlineData("اعتقلت الشرطة الأمريكية شابا في فلوريدا بتهمة التخطيط لهجوم.", "فلوريدا", 28.6, -82.4)]
    public void A_world_feature_the_news_name_is_a_region_near_its_published_centre(string sentence, string text, double lat, double lon)
    {
        var place = Assert.Single(Places(sentence), p => p.Text == text);
        Assert.Equal("region", place.Precision);
        Assert.True(GreatCircle.DistanceKm(lat, lon, place.Lat!.Value, place.Lon!.Value) < 50, $"{place.Name} at {place.Lat}, {place.Lon}");
    }

    [Fact]
    public void A_state_named_like_a_country_is_the_state_only_after_the_word_state()
    {
        Assert.Contains(Places("وقع إطلاق نار في مدرسة بولاية جورجيا الأمريكية."), p => p.Text.EndsWith("ولاية جورجيا", StringComparison.Ordinal) && p.Country == "US");
        Assert.Contains(Places("وصل الوزير إلى جورجيا في زيارة رسمية."), p => p.Text == "جورجيا" && p.Country == "GE");
    }

    [Fact]
    public void Each_of_the_fifty_us_states_has_a_row()
    {
        var g = Gazetteer.Default;
        var states = Enumerable.Range(0, g.Count).Select(r => g[r]).Where(e => e.Id.StartsWith("ft:us-", StringComparison.Ordinal)).ToList();
        Assert.Equal(50, states.Count);
        Assert.All(states, e => Assert.Equal("US", e.Country));
    }

    [Theory]
    [InlineData("سيطر مقاتلو المعارضة على قرى قرب البوكمال على نهر الفرات عند الحدود مع العراق.", 34.44, 40.95)]
    [InlineData("عبرت قوات الجيش العراقي نهر الفرات قرب الرمادي في محافظة الأنبار.", 33.6, 42.8)]
    public void A_river_is_the_stretch_beside_the_articles_other_places(string sentence, double lat, double lon)
    {
        // A river is a line: the article's towns tell which stretch of it is meant.
        var river = Assert.Single(Places(sentence), p => p.Text == "نهر الفرات");
        Assert.True(GreatCircle.DistanceKm(lat, lon, river.Lat!.Value, river.Lon!.Value) < 30, $"{river.Name} at {river.Lat}, {river.Lon}");
    }

    [Theory]
    [InlineData("تحقق الحكومة تقدما على الصعيد السياسي والأمني.", "الصعيد")]
    [InlineData("نقلت وكالة الأناضول عن مصدر أمني أن الهجوم فشل.", "الأناضول")]
    [InlineData("حذر الوزير من محاولات النيل من أمن البلاد.", "النيل")]
    [InlineData("قال الأمين العام لحلف شمال الأطلسي إن الحلف مستعد.", "الأطلسي")]
    [InlineData("قتلت قوة تابعة لقيادة عمليات دجلة عشرة مسلحين.", "دجلة")]
    public void A_word_that_shares_a_features_name_in_another_sense_is_no_place(string sentence, string word)
    {
        // «على الصعيد» is a level, not Upper Egypt; Anadolu is an agency; «النيل من» is to harm;
        // the Atlantic of NATO and a command named for the Tigris are names of bodies, not places.
        Assert.DoesNotContain(Places(sentence), p => p.Text.EndsWith(word, StringComparison.Ordinal));
    }
}
