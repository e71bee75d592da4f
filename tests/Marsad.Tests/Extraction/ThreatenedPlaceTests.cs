namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s24-place): a threat is placed where the deed it threatens would strike (guideline
/// 6.4, the threatened area): the deed behind «ب» right after the threat's trigger does not close
/// the threat's window over the places after it.
/// </summary>
public class ThreatenedPlaceTests
{
    [Theory]
    [InlineData("وهددت سوريا الخميس بقصف تجمعات المسلحين في لبنان في حال استمر تسللهم عبر الحدود.", "لبنان", "LB")]
    [InlineData("وهددت الحكومة بقصف مواقع المسلحين في مدينة الرمادي إذا لم ينسحبوا منها.", "الرمادي", "IQ")]
    public void A_threat_takes_the_place_of_the_deed_it_threatens(string body, string place, string country)
    {
        var threat = Events.Single(body, "THREATEN");
        Events.AssertPlace(threat, place, country);
    }
}
