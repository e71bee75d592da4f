using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s33b-landmarks): the squares, mosques, police stations, prisons, air bases and
/// landmarks of the other countries of the news (Egypt, Bahrain, Tunisia, Kuwait, Saudi Arabia,
/// Lebanon) that no gazetteer holds are curated rows of data/geo/features.tsv, each at a
/// checked point within its city.
/// </summary>
public class LandmarkFeatureTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("تجمع المتظاهرون أمام قسم ثان المحلة ورشقوه بالحجارة.", "ft:mahalla-police-stations")]
    [InlineData("فرقت الشرطة مسيرة في ميدان الشون بالمحلة.", "ft:mahalla-shoun-square")]
    [InlineData("أغلق المعتصمون مبنى مجمع التحرير بوسط القاهرة.", "ft:cairo-mogamma")]
    [InlineData("احتشد أنصار الرئيس أمام قصر القبة الرئاسي.", "ft:cairo-qubba-palace")]
    [InlineData("قتل مسلحان سياحا في متحف باردو في العاصمة تونس.", "ft:tunis-bardo-museum")]
    [InlineData("نقل الجرحى إلى مستشفى السلمانية في المنامة.", "ft:manama-salmaniya-hospital")]
    [InlineData("فجر انتحاري نفسه في جامع الإمام الصادق أثناء صلاة الجمعة.", "ft:kuwait-imam-sadiq-mosque")]
    [InlineData("استهدف تفجير انتحاري مسجد قوات الطوارئ بمنطقة عسير.", "ft:abha-emergency-forces-mosque")]
    [InlineData("سيطر مقاتلو التنظيم على مطار الجراح العسكري في ريف حلب.", "ft:airbase-jirah")]
    [InlineData("سقطت قذائف على مدينة تشرين الرياضية في دمشق.", "ft:damascus-tishreen-sports-city")]
    [InlineData("فر عدد من الموقوفين من سجن رومية شرق بيروت.", "ft:lebanon-roumieh-prison")]
    [InlineData("فجر انتحاري نفسه في مسجد في بلدة القديح شرق السعودية.", "ft:qatif-qudaih")]
    public void A_landmark_the_news_names_is_its_curated_row(string sentence, string id)
    {
        Assert.Contains(Places(sentence), p => p.GazetteerId == id && p.Precision == "point");
    }

    [Fact]
    public void Every_curated_landmark_of_a_city_lies_inside_its_city()
    {
        var cities = new Dictionary<string, (double Lat, double Lon, double Km)>(StringComparer.Ordinal)
        {
            ["cairo-"] = (30.05, 31.24, 15),
            ["mahalla-"] = (30.97, 31.17, 4),
            ["portsaid-"] = (31.26, 32.30, 6),
            ["suez-"] = (29.97, 32.53, 15),
            ["damascus-"] = (33.51, 36.29, 12),
            ["lebanon-roumieh-"] = (33.89, 35.50, 15),
            ["tunis-"] = (36.80, 10.18, 10),
            ["manama-"] = (26.22, 50.58, 6),
            ["kuwait-"] = (29.37, 47.98, 10),
            ["qatif-"] = (26.56, 50.01, 6),
            ["dammam-"] = (26.42, 50.09, 10),
            ["abha-"] = (18.22, 42.51, 6),
            ["istanbul-"] = (41.01, 28.98, 15),
        };
        var checkedRows = CuratedRowsInCities.Check(cities);
        Assert.True(checkedRows >= 40, $"{checkedRows} landmark rows checked");
    }
}
