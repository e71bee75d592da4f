using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A nationality after the generic word of an unnamed opposition says whose it is, whatever country the
/// article is about (docs/events.md, "s20b-lexicon"), and a handover's receiver stands behind «ل» or «إلى».
/// </summary>
public class OwnedNationalTests
{
    [Fact]
    public void Syrian_opposition_fighters_armed_by_washington_are_the_syrian_rebels()
    {
        var result = Extract("واشنطن - قال مسؤولون في واشنطن إن الولايات المتحدة ستقدم أسلحة لمقاتلي المعارضة السورية خلال أسابيع.");
        Assert.Contains(result.Actors, a => a.Id == "SYR-REBELS" && a.Text == "مقاتلي المعارضة السورية");
        Assert.DoesNotContain(result.Actors, a => a.Id == "UNIDENTIFIED-ARMED");
    }

    [Fact]
    public void Opposition_fighters_with_no_nationality_in_an_american_article_stay_unidentified()
    {
        var result = Extract("واشنطن - قال مسؤولون في واشنطن إن الولايات المتحدة ستقدم أسلحة لمقاتلي المعارضة خلال أسابيع.");
        Assert.Contains(result.Actors, a => a.Id == "UNIDENTIFIED-ARMED" && a.Text == "مقاتلي المعارضة");
    }

    [Fact]
    public void The_side_a_group_hands_its_positions_to_is_the_receiver()
    {
        var events = Of("وقامت جبهة النصرة صباح اليوم بتسليم مواقعها في بلدة أعزاز لفصائل المعارضة السورية.");
        Assert.Contains(events, e => e.Type == "WITHDRAW" && e.Actor1?.Id == "NUSRA" && e.Actor2?.Id == "SYR-REBELS");
    }

    [Fact]
    public void A_receiver_behind_ila_is_the_receiver_too()
    {
        var events = Of("وسلمت جبهة النصرة مواقعها في بلدة أعزاز إلى الجيش الحر بعد اتفاق بين الطرفين.");
        Assert.Contains(events, e => e.Type == "WITHDRAW" && e.Actor1?.Id == "NUSRA" && e.Actor2?.Id == "SYR-REBELS");
    }
}
