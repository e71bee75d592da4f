using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s29-placeprec): a quarter told by a compass part of a city («حي جوبر غربي حمص») lies in
/// that city. The name read whole with its quarter word is a curated quarter of another city (Damascus's
/// Jobar, 130 km off); the bare name's row beside the point the phrase gives is the place.
/// </summary>
public class QuarterByCompassNamesakeTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_quarter_west_of_homs_is_the_homs_jobar_not_the_damascus_quarter()
    {
        var places = Places("وقال المرصد إن الجيش تمكن من الدخول إلى حي جوبر غربي حمص بعد أن انسحب منه المقاتلون المعارضون.");
        var jobar = Assert.Single(places, p => p.Text.EndsWith("جوبر", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(34.73, 36.71, jobar.Lat!.Value, jobar.Lon!.Value) < 25, $"{jobar.Name} at {jobar.Lat}, {jobar.Lon}");
    }

    [Fact]
    public void A_quarter_east_of_damascus_stays_the_damascus_quarter()
    {
        var places = Places("وتعرض حي جوبر شرقي دمشق لقصف عنيف بالمدفعية صباح اليوم.");
        var jobar = Assert.Single(places, p => p.Text.EndsWith("جوبر", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(33.51, 36.29, jobar.Lat!.Value, jobar.Lon!.Value) < 15, $"{jobar.Name} at {jobar.Lat}, {jobar.Lon}");
    }
}
