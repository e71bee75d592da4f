using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s40-finer4): a quarter or a landmark told with «ب/في (مدينة) X» right after it lies in
/// X, not at a namesake of its name elsewhere.
/// </summary>
public class SiteInNamedTownTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_quarter_told_with_its_city_is_in_that_city_not_at_a_village_namesake_nearby()
    {
        // The sources hold only a village «الحيدرية» 25 km east of Aleppo.
        var place = Assert.Single(Places("قتلت امرأة في قصف على حي الحيدرية بحلب مساء أمس."), p => p.Text.EndsWith("الحيدرية", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(36.20, 37.15, place.Lat!.Value, place.Lon!.Value) < 5, $"{place.Name} at {place.Lat}, {place.Lon}");
    }

    [Fact]
    public void A_mosque_told_with_its_city_is_in_that_city_not_at_the_mosque_of_the_same_name_elsewhere()
    {
        // «الجامع الاموي» is a corpus row in Damascus; Aleppo's great mosque bears the same name.
        var place = Assert.Single(Places("استهدف مسلحون بعبوة ناسفة السور الجنوبي للجامع الاموي الكبير بمدينة حلب."), p => p.Text.Contains("الاموي", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(36.20, 37.15, place.Lat!.Value, place.Lon!.Value) < 5, $"{place.Name} at {place.Lat}, {place.Lon}");
    }

    [Fact]
    public void The_mosque_named_alone_in_a_damascus_story_stays_in_damascus()
    {
        var place = Assert.Single(Places("سقطت قذيفة هاون قرب الجامع الاموي في دمشق القديمة."), p => p.Text.Contains("الاموي", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(33.51, 36.31, place.Lat!.Value, place.Lon!.Value) < 3, $"{place.Name} at {place.Lat}, {place.Lon}");
    }
}
