using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s26b-listplace): a village or quarter named in a list with others lies beside them,
/// not at a namesake a governorate away.
/// </summary>
public class ListMemberNamesakeTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_damascus_quarter_listed_after_jobar_is_not_put_at_its_idlib_namesake()
    {
        // The gazetteer has «برزة» only in Idlib and Homs; its list partner «جوبر» is Damascus.
        var places = Places("وقصفت الطائرات الحربية أحياء جوبر والقابون وبرزة بالصواريخ صباح اليوم.");
        var barzeh = Assert.Single(places, p => p.Text == "وبرزة" || p.Text == "برزة");
        Assert.True(GreatCircle.DistanceKm(33.53, 36.33, barzeh.Lat!.Value, barzeh.Lon!.Value) < 10, $"{barzeh.Name} at {barzeh.Lat}, {barzeh.Lon}");
    }

    [Fact]
    public void A_town_of_weight_in_a_list_keeps_its_own_place()
    {
        // «حلب» is no village of Damascus's list: a town of weight is read as itself.
        var places = Places("وقصفت الطائرات الحربية أحياء جوبر وحلب بالصواريخ صباح اليوم.");
        var aleppo = Assert.Single(places, p => p.Text.EndsWith("حلب", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(36.20, 37.16, aleppo.Lat!.Value, aleppo.Lon!.Value) < 15, $"{aleppo.Name} at {aleppo.Lat}, {aleppo.Lon}");
    }
}
