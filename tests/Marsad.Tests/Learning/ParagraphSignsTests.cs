using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Tests.Learning;

/// <summary>Signs of opinion and history read over the candidate's paragraph, not past it.</summary>
public class ParagraphSignsTests
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
    public void An_opinion_a_sentence_away_in_the_same_paragraph_is_read()
    {
        var row = Only("نعتقد أن الحرب ستطول. قصفت الطائرات الروسية مدينة إدلب.");

        Assert.Equal(1, Feature(row, "paragraph_firstperson"));
        Assert.Equal(0, Feature(row, "sentence_firstperson"));
    }

    [Fact]
    public void An_opinion_in_another_paragraph_is_not_the_candidates()
    {
        var row = Only("نعتقد أن الحرب ستطول.\n\nقصفت الطائرات الروسية مدينة إدلب.");

        Assert.Equal(0, Feature(row, "paragraph_firstperson"));
        Assert.True(Feature(row, "doc_firstperson") > 0, "the article still holds the sign");
    }

    [Fact]
    public void A_word_of_history_marks_the_whole_paragraph()
    {
        var row = Only("كانت المدينة آنذاك هادئة. وقصفت الطائرات حي الشعار في حلب.");

        Assert.Equal(1, Feature(row, "paragraph_history"));
        Assert.Equal(0, Feature(row, "paragraph_question"));
    }
}
