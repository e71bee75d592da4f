using Marsad.Geo;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Geo;

/// <summary>
/// The 14 places of the seed article's gold, with their coordinates written here (users' clones
/// have no shared/gold): each must be found and resolved within its tolerance.
/// </summary>
public class SeedPlacesTests
{
    private static readonly Lazy<List<PlaceMention>> Places = new(() =>
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "khanaser-goals.txt"));
        return PlaceStageRun.Places(ArticleReader.Default.ReadBytes(bytes, "khanaser-goals.txt"));
    });

    public static TheoryData<string, double, double, double> Gold => new()
    {
        { "خناصر", 35.785, 37.497, 25 },
        { "حلب", 36.202, 37.134, 25 },
        { "حماة", 35.131, 36.758, 25 },
        { "ريف حلب الشمالي", 36.4, 37.12, 40 },
        { "غرب حلب", 36.2, 37.08, 25 },
        { "معبر الكاستيلو", 36.247, 37.14, 25 },
        { "إدلب", 35.931, 36.634, 25 },
        { "أعزاز", 36.586, 37.044, 25 },
        { "السفيرة", 36.077, 37.373, 25 },
        { "مطار كويرس", 36.187, 37.584, 25 },
        { "منبج", 36.528, 37.955, 25 },
        { "الرقة", 35.953, 39.009, 25 },
        { "تل جبين", 36.326, 37.135, 10 },
    };

    [Theory]
    [MemberData(nameof(Gold))]
    public void Seed_place_is_found_and_resolved_within_tolerance(string name, double lat, double lon, double tolKm)
    {
        var key = ArabicNormalizer.NormalizeKey(name);
        var candidates = Places.Value.Where(p => Named(p, key)).ToList();
        Assert.NotEmpty(candidates);
        Assert.Contains(candidates, p => p.Lat is { } la && p.Lon is { } lo && GeoMath.DistanceKm(lat, lon, la, lo) <= tolKm);
    }

    [Fact]
    public void Seed_country_is_Syria_at_country_precision()
    {
        var syria = Places.Value.Where(p => Named(p, ArabicNormalizer.NormalizeKey("سورية"))).ToList();
        Assert.NotEmpty(syria);
        Assert.All(syria, p => Assert.Equal(("SY", "country"), (p.Country, p.Precision)));
    }

    [Fact]
    public void Aleppo_alone_is_the_city_not_the_governorate()
    {
        var aleppo = Places.Value.Where(p => ArabicNormalizer.NormalizeKey(p.Text) == "حلب").ToList();
        Assert.NotEmpty(aleppo);
        Assert.All(aleppo, p => Assert.Equal("point", p.Precision));
    }

    private static bool Named(PlaceMention p, string key) =>
        ArabicNormalizer.NormalizeKey(p.Text).Contains(key, StringComparison.Ordinal)
        || ArabicNormalizer.NormalizeKey(p.Name).Contains(key, StringComparison.Ordinal);
}
