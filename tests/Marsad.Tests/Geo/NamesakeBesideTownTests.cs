using Marsad.Tests.Extraction;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s28-placefine): a quarter the sources know only abroad is a namesake of a place its
/// sentence locates by a town of the article's country; the event the guard moves home goes to that
/// town, not to the article's governorate or country.
/// </summary>
public class NamesakeBesideTownTests
{
    private static readonly DateOnly Published = new(2015, 8, 10);

    [Fact]
    public void A_blast_in_a_quarter_known_only_abroad_goes_to_the_town_its_sentence_names()
    {
        // «الزهور» has rows in Jordan, Tunisia and Saudi Arabia only; the sentence names El Arish.
        var e = Events.Single("قتل شرطيان في انفجار عبوة ناسفة زرعها مسلحون بجوار الطريق بحي الزهور، حيث شددت قوات الأمن إجراءاتها في مدينة العريش بمحافظة شمال سيناء.", "REMOTE", Published);
        Assert.Equal("EG", e.Location!.Country);
        Assert.Equal("point", e.Location.Precision);
        Assert.EndsWith("العريش", e.Location.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shelling_of_an_aleppo_quarter_with_a_tunisian_namesake_goes_to_aleppo()
    {
        // Since s32-quarters the quarter has a curated row of its own in Aleppo, finer than the city.
        var e = Events.Single("قتل ثلاثة مدنيين في قصف بالبراميل المتفجرة على حي مساكن هنانو في حلب صباح اليوم.", "REMOTE", Published);
        Assert.Equal("SY", e.Location!.Country);
        Assert.True(Marsad.Geo.GeoMath.DistanceKm(e.Location.Lat!.Value, e.Location.Lon!.Value, 36.20, 37.16) < 10, $"{e.Location.Name} at {e.Location.Lat}, {e.Location.Lon}");
    }

    [Fact]
    public void A_quarter_known_only_abroad_whose_sentence_names_no_town_stays_at_the_focus()
    {
        // El Arish is named, but in the sentence before: nothing in the blast's own sentence locates the quarter.
        var e = Events.Single("شددت قوات الأمن إجراءاتها في مدينة العريش بمحافظة شمال سيناء. وقتل شرطيان في انفجار عبوة ناسفة زرعها مسلحون بجوار الطريق بحي الزهور.", "REMOTE", Published);
        Assert.Equal("EG", e.Location!.Country);
        Assert.Equal("region", e.Location.Precision);
    }

    [Fact]
    public void A_town_named_only_as_a_distance_landmark_does_not_take_the_event()
    {
        // «(40 كلم غرب العريش)» locates the quarter from El Arish; the quarter is not in it.
        var e = Events.Single("قتل شرطيان في انفجار عبوة ناسفة بحي الزهور (40 كلم غرب العريش) في محافظة شمال سيناء.", "REMOTE", Published);
        Assert.Equal("EG", e.Location!.Country);
        Assert.Equal("region", e.Location.Precision);
    }
}
