using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A list of places under one trigger is one event per place (SPEC §6), whichever member the event is placed at first.</summary>
public class ListSplitTests
{
    private static readonly DateOnly Day = new(2013, 3, 1);

    [Fact]
    public void A_province_listed_before_the_town_the_deed_is_placed_at_is_a_place_of_the_deed_too()
    {
        var places = Of("أعلن الجيش الحر أمس إسقاط طائرتين حربيتين في محافظة حماة والرقة.", Day)
            .Where(e => e.Type == "ASSAULT").Select(e => e.Location?.Name).ToList();
        Assert.Contains("الرقة", places);
        Assert.Contains(places, p => p is not null && p.Contains("حماة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_countryside_that_holds_the_towns_listed_after_it_is_their_frame_not_one_more_place()
    {
        var places = Of("قصف الطيران الحربي أمس عدة بلدات في الريف الشرقي لدمشق وزبدين ودير العصافير.", Day)
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();
        Assert.Contains("زبدين", places);
        Assert.DoesNotContain(places, p => p is not null && p.Contains("الريف", StringComparison.Ordinal));
    }
}
