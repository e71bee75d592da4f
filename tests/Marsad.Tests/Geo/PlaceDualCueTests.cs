using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s23-place): a facility word's dual («مطاري», «معسكري») heads its first member's name
/// as the singular does: «مطاري حلب الدولي والنيرب العسكري» is Aleppo's airport and al-Nayrab, not
/// Aleppo city.
/// </summary>
public class PlaceDualCueTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void The_first_member_after_a_dual_airport_word_is_the_airport_not_the_city()
    {
        var places = Places("تدور اشتباكات عنيفة في محيط مطاري حلب الدولي والنيرب العسكري منذ الصباح.");
        var airport = Assert.Single(places, p => p.Text == "حلب الدولي");
        Assert.Equal("مطار حلب الدولي", airport.Name);
        Assert.Contains(places, p => p.Text == "النيرب");
    }

    [Fact]
    public void A_singular_airport_word_is_read_as_before()
    {
        var airport = Assert.Single(Places("تدور اشتباكات عنيفة في محيط مطار حلب الدولي منذ الصباح."));
        Assert.Equal("مطار حلب الدولي", airport.Text);
    }
}
