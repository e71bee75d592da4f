using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>
/// s26-placefine: a village the sources lack, put at the town its sentence tells it by, names a
/// settlement; the keep model reads its place as a point, not as the region its borrowed
/// coordinates are.
/// </summary>
public class VillagePrecisionFeatureTests
{
    private static readonly DateOnly Published = new(2016, 2, 18);

    private static float Feature(CandidateRow row, string name)
    {
        var i = EventFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return row.Features[i];
    }

    [Fact]
    public void A_village_put_at_its_town_is_read_as_a_point()
    {
        var row = Assert.Single(CandidateLogs.Of("قصفت قوات النظام بالصواريخ بلدة المزاريب قرب مدينة درعا.", Published).Rows);

        Assert.Equal(1, Feature(row, "place_point"));
        Assert.Equal(0, Feature(row, "place_region"));
    }

    [Fact]
    public void A_countryside_stays_a_region()
    {
        var row = Assert.Single(CandidateLogs.Of("قصفت قوات النظام بالصواريخ قرى ريف درعا الشرقي.", Published).Rows);

        Assert.Equal(1, Feature(row, "place_region"));
    }
}
