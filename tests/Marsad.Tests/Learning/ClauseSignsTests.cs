using Marsad.Learning;

namespace Marsad.Tests.Learning;

/// <summary>Signs of a recalled happening read in the candidate's own clause, not in the clause beside it.</summary>
public class ClauseSignsTests
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
    public void A_date_months_before_publication_in_the_clause_marks_the_candidate()
    {
        var row = Candidates("قصفت الطائرات مدينة حلب في 3 تشرين الأول 2015.").First();

        Assert.Equal(1, Feature(row, "clause_date_far"));
        Assert.Equal(1, Feature(row, "clause_year_before"));
        Assert.Equal(0, Feature(row, "clause_date_recent"));
        Assert.True(Feature(row, "nearest_date_days_log") > Math.Log(30));
    }

    [Fact]
    public void Yesterday_in_the_clause_marks_the_news_of_the_day()
    {
        var row = Candidates("قصفت الطائرات مدينة حلب أمس.").First();

        Assert.Equal(1, Feature(row, "clause_date_recent"));
        Assert.Equal(0, Feature(row, "clause_date_far"));
        Assert.True(Feature(row, "nearest_date_days_log") < Math.Log(8));
    }

    [Fact]
    public void A_year_before_publication_inside_a_season_counts()
    {
        var past = Candidates("في صيف 2014 سيطر التنظيم على مدينة الرقة.").First();
        var current = Candidates("في شباط 2016 سيطر التنظيم على مدينة الرقة.").First();

        Assert.Equal(1, Feature(past, "clause_year_before"));
        Assert.Equal(0, Feature(current, "clause_year_before"));
    }

    [Fact]
    public void A_recall_phrase_marks_its_clause_only()
    {
        var rows = Candidates("قصف الطيران مدينة إدلب، بعد أن سبق وأن سيطر التنظيم على مدينة الرقة.");

        var shelling = rows.First(r => r.Type == "REMOTE");
        var capture = rows.First(r => r.Type == "CAPTURE");
        Assert.Equal(0, Feature(shelling, "clause_recall"));
        Assert.Equal(1, Feature(capture, "clause_recall"));
    }

    [Fact]
    public void Last_year_without_a_resolved_date_is_a_recall_phrase()
    {
        var row = Candidates("سيطر التنظيم على مدينة الموصل في العام الماضي.").First();

        Assert.Equal(1, Feature(row, "clause_recall"));
    }

    [Fact]
    public void A_condition_in_the_clause_is_read_there()
    {
        var row = Candidates("إذا قصفت الطائرات مدينة حلب فإن المعارضة سترد.").First(r => r.Type == "REMOTE");

        Assert.Equal(1, Feature(row, "clause_hypothesis"));
    }
}
