using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s31-placewrong): a quarter named with its quarter word lies in the town the report
/// anchors when a namesake does. «حي الخالدية» read whole is a curated quarter of Aleppo; in a Homs
/// report the Homs Khalidiya, a few kilometres from the city's point, is the place.
/// </summary>
public class QuarterAtAnchorTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_khalidiya_quarter_in_a_homs_report_is_the_homs_quarter_not_the_aleppo_one()
    {
        var places = Places("وتشن القوات النظامية حملة واسعة على احياء مدينة حمص. وقال المرصد إن حي الخالدية تعرض لقصف عنيف صباح اليوم.");
        var quarter = Assert.Single(places, p => p.Text.EndsWith("الخالدية", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(34.73, 36.71, quarter.Lat!.Value, quarter.Lon!.Value) < 15, $"{quarter.Name} at {quarter.Lat}, {quarter.Lon}");
    }

    [Fact]
    public void A_khalidiya_quarter_in_an_aleppo_report_stays_the_aleppo_quarter()
    {
        var places = Places("وتدور معارك عنيفة في مدينة حلب. وقال المرصد إن حي الخالدية تعرض لقصف عنيف صباح اليوم.");
        var quarter = Assert.Single(places, p => p.Text.EndsWith("الخالدية", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(36.22, 37.13, quarter.Lat!.Value, quarter.Lon!.Value) < 15, $"{quarter.Name} at {quarter.Lat}, {quarter.Lon}");
    }
}
