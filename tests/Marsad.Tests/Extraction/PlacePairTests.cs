using Marsad.Extraction;
using Marsad.Lexicons;
using Marsad.Output;
using Marsad.Pipeline;
using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>Two deeds told as a pair share the places after them, and a list keeps its places whichever of them the place choice puts first.</summary>
public class PlacePairTests
{
    [Fact]
    public void Air_raids_paired_with_clashes_by_and_take_the_places_told_after_the_pair()
    {
        var shellings = Of("وتواصلت أعمال العنف أمس مع تسجيل غارات واشتباكات في مدينة حمص وفي مدينة حماة.").Where(e => e.Type == "REMOTE").ToList();

        Assert.Contains(shellings, e => e.Location?.Name.EndsWith("حمص", StringComparison.Ordinal) == true);
        Assert.Contains(shellings, e => e.Location?.Name.EndsWith("حماة", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_shelling_told_before_another_event_of_its_sentence_does_not_take_that_events_place()
    {
        var shellings = Of("تعرضت مدينة حمص لقصف عنيف أمس، ثم اندلعت اشتباكات في مدينة حماة.").Where(e => e.Type == "REMOTE").ToList();

        Assert.DoesNotContain(shellings, e => e.Location?.Name.EndsWith("حماة", StringComparison.Ordinal) == true);
    }

    private static PlaceHit Town(int token, string name) =>
        new(token, token + 1, default, new PlaceMention { Text = name, Name = name, Country = "IQ", Precision = "point", GazetteerId = "t:" + name });

    private static EventCandidate Protest(PlaceHit place)
    {
        var e = new EventCandidate(10, 11, new TriggerEntry("PROTEST", false, Tense.None, "", null, null, "", 1), new Segmentation("مظاهرات", 0, 0, false))
        {
            Place = place,
            PlaceToken = place.First,
        };
        return e;
    }

    [Fact]
    public void A_place_chosen_from_the_rules_list_gives_its_slot_in_the_list_to_the_rules_place()
    {
        var (karbala, najaf, basra) = (Town(2, "كربلاء"), Town(4, "النجف"), Town(6, "البصرة"));
        var e = Protest(basra);
        e.CoordinatedPlaces.Add((najaf, najaf.First));
        e.CoordinatedPlaces.Add((karbala, karbala.First));

        Assert.True(EventStage.SwapListed(e, najaf, najaf.First));
        Assert.Equal(["البصرة", "كربلاء"], e.CoordinatedPlaces.Select(c => c.Place.Mention.Name));
    }

    [Fact]
    public void A_place_chosen_outside_the_rules_list_leaves_the_list_alone()
    {
        var (najaf, basra, baghdad) = (Town(4, "النجف"), Town(6, "البصرة"), Town(20, "بغداد"));
        var e = Protest(basra);
        e.CoordinatedPlaces.Add((najaf, najaf.First));

        Assert.False(EventStage.SwapListed(e, baghdad, baghdad.First));
        Assert.Equal(["النجف"], e.CoordinatedPlaces.Select(c => c.Place.Mention.Name));
    }
}
