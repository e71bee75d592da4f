using Marsad.Learning;
using Marsad.Pipeline;

namespace Marsad.Tests.Learning;

/// <summary>The document signals that tell an itemised round-up from commentary of the same length.</summary>
public class RoundUpSignalsTests
{
    private static readonly DateOnly Published = new(2016, 2, 18);

    private static float Feature(CandidateRow row, string name)
    {
        var i = EventFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return row.Features[i];
    }

    private static CandidateRow First(string body) => CandidateLogs.Of(body, Published).Rows[0];

    [Fact]
    public void A_round_up_has_a_deed_and_a_town_in_every_paragraph()
    {
        var row = First(
            "قصفت الطائرات الروسية مدينة إدلب يوم الثلاثاء.\n\n" +
            "وفي حلب، اشتبكت فصائل المعارضة مع قوات النظام يوم الأربعاء.\n\n" +
            "واعتقلت قوات الأمن عشرة شبان في مدينة حمص.");

        Assert.Equal(1, Feature(row, "doc_deed_paragraphs"));
        Assert.True(Feature(row, "doc_triggers_per_paragraph") >= 1, "a trigger in each paragraph");
        Assert.True(Feature(row, "doc_dated_deed_sentences") > 0.5, "two of the three deeds have their day");
    }

    [Fact]
    public void Commentary_that_names_one_deed_has_few_deed_paragraphs()
    {
        var row = First(
            "قصفت الطائرات الروسية مدينة إدلب.\n\n" +
            "نعتقد أن الحل السياسي هو الطريق الوحيد لإنهاء معاناة السوريين.\n\n" +
            "ولا بد أن يتحمل المجتمع الدولي مسؤوليته تجاه هذا الشعب.");

        Assert.Equal(1f / 3, Feature(row, "doc_deed_paragraphs"), 3);
        Assert.Equal(0, Feature(row, "doc_dated_deed_sentences"));
    }
}
