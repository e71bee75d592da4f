namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 9 (s26b-village): a lead tells a happening at a town, the body tells it again at a village the
/// sources lack, put at that town («قرية X قرب بلدة Y»): one happening told coarse then fine, one event.
/// </summary>
public class VillageOfTownMergeTests
{
    [Fact]
    public void A_lead_at_a_town_and_the_body_at_its_village_are_one_attack()
    {
        var events = Events.Of(
            "قتل خمسة من عناصر الشرطة في هجوم مسلح استهدف حاجزا أمنيا قرب ناحية طوز خورماتو، بحسب مصادر أمنية.\n"
            + "وقال ضابط إن \"مسلحين مجهولين هاجموا حاجزا للشرطة عند قرية الحليوات قرب طوز خورماتو وقتلوا خمسة منهم\".");

        Assert.Single(events, e => e.Type is "ASSAULT" or "ATTACK_CIVILIANS" or "REMOTE");
    }
}
