namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s27-placeattach): a place that names a road, by its two ends or by where it leads,
/// says which road, not where on it a deed happened. Another place of the clause is the event's;
/// alone, the road's end stays.
/// </summary>
public class RoadEndPlaceTests
{
    [Theory]
    [InlineData("وقال الجيش إن مسلحين هاجموا حاجزا عسكريا على طريق حمص طرطوس بالقرب من بلدة تلكلخ.", "ASSAULT", "تلكلخ")]
    [InlineData("وقال ناشطون إن المعارضة سيطرت على حاجز على الطريق المؤدي إلى مدينة حلب قرب بلدة خناصر.", "CAPTURE", "خناصر")]
    public void A_town_of_the_clause_wins_over_the_end_of_the_road_it_lies_on(string body, string type, string place)
    {
        var e = Events.Single(body, type);
        Events.AssertPlace(e, place, "SY");
    }

    [Fact]
    public void Alone_in_its_clause_the_place_a_road_leads_to_stays_the_place()
    {
        var e = Events.Single("ودارت اشتباكات عنيفة على الطريق المؤدي إلى مطار دمشق الدولي.", "ASSAULT");
        Events.AssertPlace(e, "مطار دمشق الدولي", "SY");
    }
}
