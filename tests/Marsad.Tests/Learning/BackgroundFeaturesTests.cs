using Marsad.Learning;

namespace Marsad.Tests.Learning;

public class BackgroundFeaturesTests
{
    private static readonly DateOnly Published = new(2016, 2, 18);

    private static List<CandidateRow> Candidates(string body) => CandidateLogs.Of(body, Published).Rows;

    private static float Feature(CandidateRow row, string name)
    {
        var i = EventFeatures.Names.ToList().IndexOf(name);
        Assert.True(i >= 0, $"no feature {name}");
        return row.Features[i];
    }

    [Fact]
    public void A_date_months_before_publication_in_the_sentence_marks_the_candidate_as_background()
    {
        var row = Candidates("قصفت الطائرات مدينة حلب في 3 تشرين الأول 2015 وقتلت عشرة مدنيين.").First();

        Assert.Equal(1, Feature(row, "sentence_date_far"));
        Assert.Equal(1, Feature(row, "clause_date_far"));
        Assert.Equal(1, Feature(row, "nearest_date_far"));
        Assert.Equal(0, Feature(row, "sentence_date_recent"));
    }

    [Fact]
    public void Yesterday_in_the_sentence_marks_the_candidate_as_news_of_the_day()
    {
        var row = Candidates("قصفت الطائرات مدينة حلب أمس وقتلت عشرة مدنيين.").First();

        Assert.Equal(1, Feature(row, "sentence_date_recent"));
        Assert.Equal(0, Feature(row, "sentence_date_far"));
        Assert.Equal(0, Feature(row, "nearest_date_far"));
    }

    [Fact]
    public void A_year_before_the_publication_year_counts_even_inside_a_season()
    {
        var past = Candidates("في صيف 2014 سيطر التنظيم على مدينة الرقة.").First();
        var current = Candidates("في شباط 2016 سيطر التنظيم على مدينة الرقة.").First();

        Assert.Equal(1, Feature(past, "sentence_year_before"));
        Assert.Equal(0, Feature(current, "sentence_year_before"));
    }

    [Fact]
    public void A_history_word_earlier_in_the_paragraph_reaches_a_candidate_of_a_later_sentence()
    {
        var rows = Candidates("سبق أن زار الوزير المدينة. وقصف الطيران مدينة حلب.\n\nوقصف الطيران مدينة إدلب.");

        var aleppo = rows.MinBy(r => r.Trigger.Start)!;
        var idlib = rows.MaxBy(r => r.Trigger.Start)!;
        Assert.Equal(1, Feature(aleppo, "paragraph_history"));
        Assert.Equal(0, Feature(idlib, "paragraph_history"));
    }

    [Fact]
    public void A_definite_noun_of_a_type_already_told_reads_as_a_retelling()
    {
        var rows = Candidates("انفجرت سيارة مفخخة في سوق مدينة الرمادي صباح أمس. وأسفر الانفجار عن مقتل خمسة أشخاص.");

        var first = rows.MinBy(r => r.Trigger.Start)!;
        var retold = rows.MaxBy(r => r.Trigger.Start)!;
        Assert.Equal(0, Feature(first, "retold_definite"));
        Assert.Equal(1, Feature(retold, "retold_definite"));
        Assert.True(Feature(retold, "same_type_before_log") > 0);
    }
}
