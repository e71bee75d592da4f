using Marsad.Evaluation;
using Marsad.Learning;
using Marsad.Output;
using Marsad.Text;

namespace Marsad.Tests.Learning;

/// <summary>One-to-one keep labels, and the features that tell a candidate retells an earlier one.</summary>
public class RetellingTests
{
    private static readonly DateOnly Published = new(2016, 2, 18);

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

    private static float Feature(CandidateRow row, string name)
    {
        var i = EventFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return row.Features[i];
    }

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
    public void A_second_shelling_of_the_same_town_is_read_as_told_before()
    {
        var rows = CandidateLogs.Of("قصفت الطائرات الروسية مدينة إدلب صباح اليوم. وأدى القصف على مدينة إدلب إلى دمار كبير.", Published).Rows;

        Assert.Equal(2, rows.Count);
        Assert.Equal(0, Feature(rows[0], "retold_same_place"));
        Assert.Equal(1, Feature(rows[1], "retold_same_place"));
        Assert.Equal(1, Feature(rows[1], "trigger_definite"));
        Assert.Equal(0, Feature(rows[0], "trigger_definite"));
    }

    [Fact]
    public void A_shelling_of_another_town_is_not_told_before()
    {
        var rows = CandidateLogs.Of("قصفت الطائرات الروسية مدينة إدلب صباح اليوم. وقصفت الطائرات مدينة حلب مساء.", Published).Rows;

        Assert.Equal(2, rows.Count);
        Assert.Equal(0, Feature(rows[1], "retold_same_place"));
        Assert.True(Feature(rows[1], "retold_same_type_log") > 0, "an earlier shelling is still counted");
    }
}
