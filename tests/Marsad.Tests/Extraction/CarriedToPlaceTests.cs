namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s31-placewrong): the town the hurt or the dead were taken to after a deed («نقل على
/// إثرها إلى مدينة السليمانية لتلقي العلاج», «ونقل الجرحى إلى مستشفى الرمادي») is not where the deed happened.
/// </summary>
public class CarriedToPlaceTests
{
    [Theory]
    [InlineData("وأسفر الانفجار عن إصابة رئيس المجلس بجروح خطيرة نقل على إثرها إلى مدينة السليمانية لتلقي العلاج.", "السليمانية")]
    [InlineData("وأدى الهجوم الانتحاري إلى مقتل ثلاثة جنود ونقل الجرحى إلى مستشفى الرمادي.", "الرمادي")]
    public void A_deed_is_not_placed_where_its_wounded_were_taken(string body, string destination)
    {
        var events = Events.Of(body).Where(e => e.Type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual(destination, e.Location?.Name));
    }

    [Fact]
    public void Reinforcements_sent_to_a_town_keep_the_town()
    {
        var events = Events.Of("وأرسلت القوات الحكومية تعزيزات عسكرية إلى مدينة الرقة.").Where(e => e.Type == "MOBILIZE").ToList();

        Assert.Contains(events, e => e.Location?.Name == "الرقة");
    }
}
