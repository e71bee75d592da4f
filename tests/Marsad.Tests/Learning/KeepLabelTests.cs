using Marsad.Evaluation;
using Marsad.Learning;
using Marsad.Output;
using Marsad.Text;

namespace Marsad.Tests.Learning;

/// <summary>One-to-one keep labels: one positive per coded event, a later matching telling a negative.</summary>
public class KeepLabelTests
{
    private const string OneShelling = """
        {
          "published": "2016-02-18",
          "places": [{"name": "إدلب", "lat": 35.93, "lon": 36.63}, {"name": "حلب", "lat": 36.2, "lon": 37.13}],
          "actors": ["RUS"],
          "events": [
            {"id": 1, "type": "REMOTE", "modality": "asserted", "actor1": "RUS", "place": "إدلب", "when": {"relative": "publication"}}
          ]
        }
        """;

    private static CandidateRow Row(int start, string type, string? actor1, string place, double lat, double lon) =>
        new(new TextSpan(start, start + 4), type, "asserted", [], true, new EventRecord
        {
            Type = type,
            Modality = "asserted",
            Actor1 = actor1 is null ? null : new ActorRef(actor1, null),
            Location = new LocationRef { Name = place, Lat = lat, Lon = lon, Country = "SY", Precision = "point" },
            Evidence = new Evidence(start, start + 4, "قصف"),
        });

    [Fact]
    public void Only_the_first_telling_of_a_coded_event_is_a_positive()
    {
        var gold = GoldLoader.ParseDocument(OneShelling, "t");
        var rows = new[] { Row(0, "REMOTE", "RUS", "إدلب", 35.93, 36.63), Row(40, "REMOTE", "RUS", "إدلب", 35.93, 36.63) };

        var weights = EventKeepLabels.Of(gold, rows, out var retelling);

        Assert.Equal([1f, 0f], weights);
        Assert.Equal([false, true], retelling);
    }

    [Fact]
    public void A_telling_that_matches_no_coded_event_is_a_plain_negative()
    {
        var gold = GoldLoader.ParseDocument(OneShelling, "t");
        var rows = new[] { Row(0, "REMOTE", "RUS", "إدلب", 35.93, 36.63), Row(40, "REMOTE", "RUS", "حلب", 36.2, 37.13) };

        var weights = EventKeepLabels.Of(gold, rows, out var retelling);

        Assert.Equal([1f, 0f], weights);
        Assert.Equal([false, false], retelling);
    }

    [Fact]
    public void A_later_telling_takes_the_coded_event_when_the_first_is_mislinked()
    {
        var gold = GoldLoader.ParseDocument(OneShelling, "t");
        var rows = new[] { Row(0, "REMOTE", null, "إدلب", 35.93, 36.63), Row(40, "REMOTE", "RUS", "إدلب", 35.93, 36.63) };

        var weights = EventKeepLabels.Of(gold, rows, out var retelling);

        Assert.Equal([0f, 1f], weights);
        Assert.Equal([false, false], retelling);
    }

    [Fact]
    public void A_telling_a_hard_gate_drops_leaves_the_coded_event_to_a_later_one_that_can_be_kept()
    {
        var gold = GoldLoader.ParseDocument(OneShelling, "t");
        var gatedToll = Row(0, "REMOTE", "RUS", "إدلب", 35.93, 36.63);
        gatedToll.Gated = true;
        var rows = new[] { gatedToll, Row(40, "REMOTE", "RUS", "إدلب", 35.93, 36.63) };

        var weights = EventKeepLabels.Of(gold, rows, out var retelling);

        Assert.Equal([0f, 1f], weights);
        Assert.Equal([true, false], retelling);
    }

    [Fact]
    public void A_gated_telling_still_takes_a_coded_event_no_other_telling_matches()
    {
        var gold = GoldLoader.ParseDocument(OneShelling, "t");
        var gated = Row(0, "REMOTE", "RUS", "إدلب", 35.93, 36.63);
        gated.Gated = true;

        var weights = EventKeepLabels.Of(gold, [gated], out _);

        Assert.Equal([1f], weights);
    }
}
