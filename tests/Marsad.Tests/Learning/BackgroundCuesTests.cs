using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>
/// The background cues the keep model reads (s21-noevent): a «كان» that sets the deed before the
/// news, a span of the past rather than a day, a demand for a deed not done; each read near the
/// trigger in its own sentence only.
/// </summary>
public class BackgroundCuesTests
{
    private static readonly DateOnly Published = new(2015, 7, 24);

    private static CandidateRow Only(string body) => Assert.Single(CandidateLogs.Of(body, Published).Rows);

    private static float Feature(CandidateRow row, string name)
    {
        var i = EventFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return row.Features[i];
    }

    [Fact]
    public void A_deed_after_kanat_is_read_as_told_before_the_news()
    {
        var row = Only("وكانت القوات التونسية قصفت مدينة سجنان.");

        Assert.Equal(1, Feature(row, "before_pluperfect"));
        Assert.Equal(0, Feature(row, "near_pastspan"));
    }

    [Fact]
    public void A_deed_of_the_news_day_carries_no_background_cue()
    {
        var row = Only("قصفت القوات التونسية مدينة سجنان أمس.");

        Assert.Equal(0, Feature(row, "before_pluperfect"));
        Assert.Equal(0, Feature(row, "near_pastspan"));
        Assert.Equal(0, Feature(row, "before_demand"));
    }

    [Fact]
    public void A_series_of_blasts_in_recent_times_is_a_span_of_the_past()
    {
        var row = Only("ونفذ المسلحون في الآونة الأخيرة سلسلة من التفجيرات في بغداد.");

        Assert.Equal(1, Feature(row, "near_pastspan"));
    }

    [Fact]
    public void A_shelling_the_speaker_demands_to_stop_is_under_a_demand()
    {
        var row = Only("ويطالب المجلس بوقف القصف على مدينة حلب.");

        Assert.Equal(1, Feature(row, "before_demand"));
    }

    [Fact]
    public void A_kana_in_the_sentence_before_is_not_the_candidates()
    {
        var row = Only("كان الطقس باردا. قصفت القوات التونسية مدينة سجنان.");

        Assert.Equal(0, Feature(row, "before_pluperfect"));
    }
}
