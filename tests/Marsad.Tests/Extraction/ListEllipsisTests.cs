using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>«وأخرى في …», «ومثلها قرب …»: a word standing for one more of the deed, followed by a place phrase, adds that place to the deed's list (SPEC §6: one event per place).</summary>
public class ListEllipsisTests
{
    [Fact]
    public void Another_car_bomb_in_a_second_quarter_is_a_second_event_there()
    {
        var places = Of("انفجرت سيارة مفخخة في حي الزعفرانية، وأخرى في منطقة الكرادة ببغداد.")
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();
        Assert.Contains("الزعفرانية", places);
        Assert.Contains("منطقة الكرادة", places);
    }

    [Fact]
    public void As_many_strikes_near_a_second_city_are_strikes_there_too()
    {
        var places = Of("شن التحالف أربع غارات قرب الموصل ومثلها قرب الرمادي.")
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();
        Assert.Contains("الموصل", places);
        Assert.Contains("الرمادي", places);
    }

    [Fact]
    public void Another_without_a_place_phrase_after_it_adds_no_place()
    {
        var places = Of("انفجرت سيارة مفخخة في حي الزعفرانية، وأخرى الكرادة ببغداد.")
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();
        Assert.DoesNotContain("منطقة الكرادة", places);
        Assert.DoesNotContain("الكرادة", places);
    }
}
