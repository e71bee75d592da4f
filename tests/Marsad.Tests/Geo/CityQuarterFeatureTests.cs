using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s32-quarters): the quarters, squares, prisons and landmarks of the conflict cities
/// that the news names and no gazetteer holds are curated rows of data/geo/features.tsv; a name
/// that is also a common word or a person's name is listed only behind its quarter word.
/// </summary>
public class CityQuarterFeatureTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("قصفت القوات النظامية حي القابون شمال شرقي دمشق.", "ft:damascus-qaboun")]
    [InlineData("دارت اشتباكات عنيفة في حي القدم جنوب العاصمة السورية.", "ft:damascus-qadam")]
    [InlineData("سقطت قذائف هاون على حي جورة الشياح في حمص.", "ft:homs-jouret-al-shayah")]
    [InlineData("تجدد القنص بين باب التبانة وجبل محسن في طرابلس.", "ft:tripoli-bab-al-tabbaneh")]
    [InlineData("قتل جندي بانفجار عبوة في منطقة العطيفية شمال بغداد.", "ft:baghdad-atifiya")]
    [InlineData("فر مئات السجناء من سجن أبو غريب غرب بغداد.", "ft:abu-ghraib-prison")]
    [InlineData("تظاهر الآلاف في ميدان رمسيس وسط القاهرة.", "ft:cairo-ramses-square")]
    [InlineData("شن الطيران غارات على حي الشيخ سعيد جنوب حلب.", "ft:aleppo-sheikh-said")]
    public void A_quarter_or_landmark_the_news_names_is_its_curated_row(string sentence, string id)
    {
        Assert.Contains(Places(sentence), p => p.GazetteerId == id && p.Precision == "point");
    }

    [Theory]
    [InlineData("يحب الأطفال في الحي لعب كرة القدم كل مساء.", "ft:damascus-qadam")]
    [InlineData("دعا البيان إلى التضامن مع الشعب السوري.", "ft:damascus-tadamon")]
    [InlineData("التقى رئيس الوزراء نوري المالكي السفير أمس.", "ft:damascus-malki")]
    [InlineData("رصدت تحركات للقوات على محور قمة النبي يونس في جبل الأكراد.", "ft:mosul-nabi-yunus")]
    public void A_quarter_named_by_a_common_word_or_a_person_is_no_place_without_its_quarter_word(string sentence, string id)
    {
        Assert.DoesNotContain(Places(sentence), p => p.GazetteerId == id);
    }

    [Theory]
    [InlineData("قصفت القوات النظامية أحياء جوبر والقدم والتضامن جنوب دمشق.")]
    [InlineData("شن الطيران الحربي غارات على حيي القدم والتضامن في دمشق.")]
    public void The_members_of_a_list_of_quarters_are_the_quarters_named_with_their_quarter_word(string sentence)
    {
        var places = Places(sentence);
        Assert.Contains(places, p => p.Text == "القدم" && p.GazetteerId == "ft:damascus-qadam");
        Assert.Contains(places, p => p.Text == "التضامن" && p.GazetteerId == "ft:damascus-tadamon");
    }

    [Fact]
    public void A_word_after_and_in_a_sentence_about_quarters_is_no_quarter_unless_it_follows_a_member()
    {
        var places = Places("تعرضت أحياء دمشق الجنوبية للقصف والتضامن مع أهلها واجب.");
        Assert.DoesNotContain(places, p => p.GazetteerId == "ft:damascus-tadamon");
    }

    [Fact]
    public void Every_curated_quarter_of_a_conflict_city_lies_inside_its_city()
    {
        // The point of a quarter is its city's point moved by at most a city's radius; a row
        // that strays further was written with a wrong coordinate.
        var cities = new Dictionary<string, (double Lat, double Lon, double Km)>(StringComparer.Ordinal)
        {
            ["damascus-"] = (33.51, 36.29, 12),
            ["aleppo-"] = (36.20, 37.15, 12),
            ["homs-"] = (34.73, 36.71, 8),
            ["deirezzor-"] = (35.34, 40.14, 6),
            ["hasakah-"] = (36.50, 40.75, 6),
            ["baghdad-"] = (33.31, 44.37, 26),
            ["mosul-"] = (36.34, 43.13, 10),
            ["cairo-"] = (30.05, 31.24, 15),
            ["beirut-"] = (33.89, 35.50, 8),
            ["tripoli-"] = (34.44, 35.85, 5),
        };
        var checkedRows = CuratedRowsInCities.Check(cities);
        Assert.True(checkedRows >= 80, $"{checkedRows} quarter rows checked");
    }
}
