using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Tests.Learning;

/// <summary>How far a sign stands from the deed: in the trigger's own clause, and how wide the paragraph it was read over is.</summary>
public class ScopeFeatureTests
{
    private static readonly DateOnly Published = new(2016, 2, 18);

    private static CandidateRow Only(string body) => Assert.Single(CandidateLogs.Of(body, Published).Rows);

    private static float Feature(CandidateRow row, string name)
    {
        var i = EventFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return row.Features[i];
    }

    [Fact]
    public void A_condition_in_another_clause_of_the_sentence_is_not_the_triggers_clause()
    {
        var row = Only("قصفت الطائرات الروسية مدينة إدلب صباح اليوم، ولا يعرف السكان إذا كانت الحرب ستطول.");

        Assert.Equal(1, Feature(row, "sentence_hypothesis"));
        Assert.Equal(0, Feature(row, "clause_hypothesis"));
    }

    [Fact]
    public void A_condition_that_opens_the_triggers_clause_is_read_in_it()
    {
        var row = Only("وقال الأهالي إنهم لا يعرفون إذا قصفت الطائرات الروسية مدينة إدلب.");

        Assert.Equal(1, Feature(row, "clause_hypothesis"));
    }

    [Fact]
    public void The_paragraph_length_is_the_triggers_paragraph_not_the_article()
    {
        var one = Only("قصفت الطائرات الروسية مدينة إدلب. وكانت المدينة هادئة طوال الأسبوع الماضي وفق السكان.");
        var two = Only("قصفت الطائرات الروسية مدينة إدلب.\n\nوكانت المدينة هادئة طوال الأسبوع الماضي وفق السكان.");

        Assert.True(Feature(two, "paragraph_tokens_log") < Feature(one, "paragraph_tokens_log"), "a paragraph of its own is shorter than the article");
        Assert.True(Feature(two, "paragraph_tokens_log") > 0);
    }
}
