using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Tests.Learning;

/// <summary>An opener at a sentence's head («في سياق متصل», «من جهة أخرى», «ميدانيا») starts another item of a roundup.</summary>
public class StoryOpenerTests
{
    private static readonly DateOnly Published = new(2016, 2, 18);

    private static CandidateRow Last(string body) => CandidateLogs.Of(body, Published).Rows[^1];

    private static float Feature(CandidateRow row, string name)
    {
        var i = EventFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return row.Features[i];
    }

    [Fact]
    public void A_deed_after_an_opener_at_the_head_of_its_paragraph_is_past_a_story_opener()
    {
        var row = Last("التقى وزير الخارجية نظيره الروسي في موسكو لبحث الأزمة.\n\nمن جهة أخرى، قصفت الطائرات الحربية بلدة كفرنبل في ريف إدلب.");

        Assert.Equal(1, Feature(row, "past_story_opener"));
        Assert.Equal(1, Feature(row, "sentence_story"));
        Assert.Equal(1, Feature(row, "paragraph_story"));
    }

    [Fact]
    public void An_opener_with_its_conjunction_is_read_too()
    {
        var row = Last("عقد مجلس الأمن جلسة طارئة أمس.\n\nوميدانيا، اعتقلت قوات الأمن خمسة أشخاص في مدينة حمص.");

        Assert.Equal(1, Feature(row, "past_story_opener"));
    }

    [Fact]
    public void The_same_words_inside_a_sentence_open_no_story()
    {
        var row = Last("وأضاف المتحدث أن الجيش أرسل تعزيزات إضافة إلى ذلك، ثم قصفت المدفعية قرية الزيارة في ريف حماة.");

        Assert.Equal(0, Feature(row, "past_story_opener"));
        Assert.Equal(0, Feature(row, "sentence_story"));
    }
}
