namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s38b-origin): where a vehicle or travellers came from, and whose a vehicle is, are not where the
/// deed was: «الطائرة السورية القادمة من دمشق» at an arrest in Cairo, «الطائرات الحربية التركية» striking abroad.
/// </summary>
public class OriginOfTravellersPlaceTests
{
    [Fact]
    public void An_arrest_on_arrival_of_a_plane_is_placed_neither_at_the_planes_country_nor_where_it_came_from()
    {
        var events = Events.Of("وألقت سلطات الأمن في مطار القاهرة القبض على خمسة أشخاص لدى وصولهم على الطائرة السورية القادمة من دمشق.")
            .Where(e => e.Type == "ARREST").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("SY", e.Location?.Country));
    }

    [Fact]
    public void A_strike_by_a_states_warplanes_on_a_named_place_abroad_is_not_placed_in_that_state()
    {
        var events = Events.Of("وقصفت الطائرات الحربية التركية مواقع المسلحين في جبال قنديل.")
            .Where(e => e.Type == "REMOTE").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("TR", e.Location?.Country));
    }

    [Fact]
    public void A_strike_on_a_convoy_in_the_country_it_is_named_after_keeps_that_country_when_the_text_names_it()
    {
        var events = Events.Of("وقصفت طائرات حربية قافلة في سوريا.")
            .Where(e => e.Type == "REMOTE").ToList();

        Assert.NotEmpty(events);
        Assert.Contains(events, e => e.Location?.Country == "SY");
    }

    [Fact]
    public void An_arrest_on_a_plane_from_a_city_is_not_placed_at_that_city()
    {
        var events = Events.Of("وألقت سلطات الأمن في مطار القاهرة القبض على خمسة أشخاص لدى وصولهم على الطائرة السورية من دمشق.")
            .Where(e => e.Type == "ARREST").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("SY", e.Location?.Country));
    }
}
