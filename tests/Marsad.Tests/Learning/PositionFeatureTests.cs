using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>Where a candidate stands against the article's news and its background, read per paragraph.</summary>
public class PositionFeatureTests
{
    private static readonly DateOnly Published = new(2015, 10, 22);

    private static float Feature(CandidateRow row, string name)
    {
        var i = EventFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return row.Features[i];
    }

    private static CandidateRow At(string body, string triggerStart)
    {
        var at = body.IndexOf(triggerStart, StringComparison.Ordinal);
        return Assert.Single(CandidateLogs.Of(body, Published).Rows, r => r.Trigger.Start == at);
    }

    private const string Story =
        "قصفت الطائرات الحربية أمس بلدة كفرنبل في ريف إدلب الجنوبي.\n\n"
        + "وكانت فصائل المعارضة قد سيطرت على البلدة في عام 2012 بعد معارك عنيفة.\n\n"
        + "وقتل مدنيان في قصف مدفعي على بلدة الهبيط.";

    [Fact]
    public void A_deed_told_before_the_first_paragraph_of_a_far_date_stands_before_the_background()
    {
        var row = At(Story, "قصفت");

        Assert.Equal(1, Feature(row, "ahead_of_background"));
        Assert.Equal(1, Feature(row, "paragraph_date_recent"));
        Assert.Equal(0, Feature(row, "paragraph_date_far"));
    }

    [Fact]
    public void A_deed_in_the_paragraph_of_a_far_year_and_after_it_is_past_the_start_of_the_background()
    {
        var history = At(Story, "سيطرت");
        var later = At(Story, "قصف مدفعي");

        Assert.Equal(0, Feature(history, "ahead_of_background"));
        Assert.Equal(1, Feature(history, "paragraph_date_far"));
        Assert.Equal(0, Feature(later, "ahead_of_background"));
        Assert.Equal(0, Feature(later, "paragraph_date_far"));
    }

    [Fact]
    public void The_year_of_the_news_itself_is_no_far_date()
    {
        var row = At("وقالت مصادر إن الطائرات قصفت في 2015 مواقع التنظيم في الرقة.", "قصفت");

        Assert.Equal(0, Feature(row, "paragraph_date_far"));
        Assert.Equal(1, Feature(row, "ahead_of_background"));
    }

    [Fact]
    public void The_trigger_offset_counts_the_tokens_before_it()
    {
        var first = At(Story, "قصفت");
        var last = At(Story, "قصف مدفعي");

        Assert.Equal(0, Feature(first, "tokens_before_log"));
        Assert.True(Feature(last, "tokens_before_log") > 2.5f, "the third paragraph's deed stands twenty tokens in");
    }
}
