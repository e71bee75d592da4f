using Marsad.Tests.Extraction;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>
/// A text whose lead reviews the papers issued on its day («الصحف الصادرة اليوم») tells what they printed the night
/// before: a deed it gives no day of its own is of the day before. Published 2016-02-18, a Thursday (Events.Of).
/// </summary>
public class PressReviewTests
{
    private static readonly DateOnly Published = new(2016, 2, 18);

    [Fact]
    public void A_shelling_told_by_a_review_of_todays_papers_is_dated_the_day_before()
    {
        var events = Events.Of("تناولت الصحف العربية الصادرة صباح اليوم الخميس عددا من الموضوعات.\n\nوذكرت صحيفة الحياة أن طائرات حربية قصفت مدينة الرقة وقتلت عشرة مدنيين.");

        var raid = Assert.Single(events, e => e.Type == "REMOTE" && e.Location?.Name == "الرقة");
        Assert.Equal("2016-02-17", raid.Date.Value);
    }

    [Fact]
    public void A_shelling_told_by_a_report_that_quotes_a_paper_further_down_keeps_the_news_day()
    {
        var events = Events.Of("قصفت طائرات حربية مدينة الرقة وقتلت عشرة مدنيين.\n\nوقال الوزير في مقابلة مع صحيفة الحياة في عددها الصادر اليوم إن الحل سياسي.");

        var raid = Assert.Single(events, e => e.Type == "REMOTE" && e.Location?.Name == "الرقة");
        Assert.Equal("2016-02-18", raid.Date.Value);
    }

    [Fact]
    public void The_day_the_papers_were_issued_is_an_issue_day_and_an_indictments_day_is_not()
    {
        var papers = Assert.Single(DateExpressionFinder.Default.FindAll(AnalyzedText.Analyze("أبرزت الصحف البريطانية الصادرة صباح اليوم أخبار المنطقة."), Published));
        var indictment = Assert.Single(DateExpressionFinder.Default.FindAll(AnalyzedText.Analyze("وجاء في القرار الاتهامي الصادر اليوم أن المتهمين اعترفوا."), Published));

        Assert.True(papers.OfIssue);
        Assert.True(indictment.OfReport);
        Assert.False(indictment.OfIssue);
    }
}
