using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s22b-village): a village whose only gazetteer rows are namesakes far from the town its
/// own sentence names lies at that town, not at the namesake.
/// </summary>
public class PlaceVillageTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Theory]
    [InlineData("سيطر التنظيم على قرية البوغانم في مدينة الرمادي.", "قرية البوغانم", 33.42, 43.31)]
    [InlineData("هاجم مسلحون قرية الحليوات قرب طوز خورماتو.", "حليوات", 34.89, 44.63)]
    public void A_village_with_rows_only_far_from_the_town_its_sentence_names_lies_at_that_town(string sentence, string village, double lat, double lon)
    {
        // The only rows are namesakes in another province (a Basra village for a Ramadi one, a Diyala one for Tuz Khurmatu's).
        var place = Assert.Single(Places(sentence), p => p.Text == village);
        Assert.True(GreatCircle.DistanceKm(lat, lon, place.Lat!.Value, place.Lon!.Value) < 5, $"{place.Name} at {place.Lat}, {place.Lon}");
    }

    [Fact]
    public void A_town_after_a_village_word_keeps_its_own_point()
    {
        // «بلدة تلعفر»: the name is itself a town of weight, so the other town of the sentence does not move it.
        var place = Assert.Single(Places("اقتحمت القوات بلدة تلعفر غرب مدينة الموصل."), p => p.Text.EndsWith("تلعفر", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(36.37, 42.45, place.Lat!.Value, place.Lon!.Value) < 10, $"{place.Name} at {place.Lat}, {place.Lon}");
    }

    [Fact]
    public void A_village_whose_own_row_lies_near_the_town_keeps_that_row()
    {
        // «كرمليس» lies 25 km from Mosul: its own row is the place, not the town's point.
        var place = Assert.Single(Places("دخلت القوات بلدة كرمليس قرب مدينة الموصل."), p => p.Text.EndsWith("كرمليس", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(36.34, 43.13, place.Lat!.Value, place.Lon!.Value) > 10, $"{place.Name} at {place.Lat}, {place.Lon}");
    }

    [Fact]
    public void A_governorate_countryside_is_no_town_to_put_a_village_at()
    {
        // «ريف محافظة حمص» names the governorate, whose centroid lies 150 km from al-Houla.
        var place = Assert.Single(Places("هاجم مسلحون بلدة كفرلاها بمنطقة الحولة في ريف محافظة حمص."), p => p.Text.EndsWith("الحولة", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(34.89, 36.50, place.Lat!.Value, place.Lon!.Value) < 10, $"{place.Name} at {place.Lat}, {place.Lon}");
    }
}
