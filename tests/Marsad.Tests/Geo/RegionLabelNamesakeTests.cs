using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s35-namesake): a region of a country told at once after a town («بالساحل السوري», «في ريف حمص
/// الجنوبي») says which country the town is in; a namesake chosen abroad is not the place meant.
/// </summary>
public class RegionLabelNamesakeTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_summit_told_on_the_syrian_coast_is_not_the_lebanese_village_of_its_name()
    {
        var places = Places("أسقطت الفصائل طائرة استطلاع في قمة النبي يونس بالساحل السوري أمس.");

        Assert.DoesNotContain(places, p => p.Country == "LB");
        Assert.Contains(places, p => p.Text.Contains("النبي يونس", StringComparison.Ordinal) && p.Country == "SY");
    }

    [Fact]
    public void A_village_told_in_a_syrian_countryside_is_not_the_jordanian_village_of_its_name()
    {
        var places = Places("قتل شخصان في غارة جوية على قرية البويضة الشرقية في ريف حمص الجنوبي.");

        Assert.DoesNotContain(places, p => p.Country == "JO");
        Assert.Contains(places, p => p.Text.Contains("ريف حمص", StringComparison.Ordinal) && p.Country == "SY");
    }

    [Fact]
    public void A_town_in_the_region_it_is_told_in_keeps_its_row()
    {
        var p = Assert.Single(Places("قصفت الطائرات بلدة صلنفة في ريف اللاذقية الشرقي."), p => p.Text.Contains("صلنفة", StringComparison.Ordinal));

        Assert.Equal("SY", p.Country);
        Assert.Equal("point", p.Precision);
    }
}
