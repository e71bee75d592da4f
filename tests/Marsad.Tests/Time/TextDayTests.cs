using Marsad.Text;
using Marsad.Time;
using Marsad.Tests.Extraction;

namespace Marsad.Tests.Time;

/// <summary>
/// A page dated by its crawl or extraction can be a day or two after the text; the text's own
/// weekday («أمس الثلاثاء» is said on a Wednesday) sets the day its bare «أمس» is read from.
/// </summary>
public class TextDayTests
{
    // 2016-02-18 is a Thursday.
    private static readonly DateOnly Published = new(2016, 2, 18);

    private static List<string?> Values(string body, DateOnly published) =>
        [.. DateExpressionFinder.Default.FindAll(AnalyzedText.Analyze(body), published).Select(d => d.Value)];

    [Fact]
    public void Yesterday_of_a_text_that_calls_tuesday_yesterday_is_that_tuesday_on_a_page_dated_thursday()
    {
        var values = Values("قال المرصد إن الطيران قصف البلدة أمس الثلاثاء. واندلعت اشتباكات في القرية فجر أمس.", Published);

        Assert.Equal(["2016-02-16", "2016-02-16"], values);
    }

    [Fact]
    public void Today_with_its_weekday_sets_the_text_day_for_the_later_yesterday()
    {
        var values = Values("أعلن الجيش اليوم الأربعاء أنه قصف مواقع المسلحين أمس.", Published);

        Assert.Equal(["2016-02-17", "2016-02-16"], values);
    }

    [Fact]
    public void A_text_whose_weekday_agrees_with_the_page_keeps_the_page_date()
    {
        var values = Values("قصف الطيران البلدة أمس الأربعاء. وتجددت الاشتباكات صباح أمس.", Published);

        Assert.Equal(["2016-02-17", "2016-02-17"], values);
    }

    [Fact]
    public void A_named_day_far_before_the_page_is_a_quoted_day_not_the_text_day()
    {
        // «اليوم الأحد» on a Thursday page is four days back: a statement of another day, not the text's own.
        var values = Values("وكان الوزير قال اليوم الأحد إن الهجوم فشل. وقصف الطيران المدينة أمس.", Published);

        Assert.Equal(["2016-02-14", "2016-02-17"], values);
    }

    [Fact]
    public void The_text_day_is_the_page_date_without_a_named_weekday()
    {
        var day = DateExpressionFinder.Default.TextDay(AnalyzedText.Analyze("قصف الطيران البلدة أمس."), Published);

        Assert.Equal(Published, day);
    }

    [Fact]
    public void An_undated_event_takes_the_text_day_not_the_later_page_date()
    {
        // Written on Wednesday («غداً الخميس»), published Thursday: the undated clash is told as of
        // the text's day, and tomorrow's meeting is no day of its news.
        var e = Events.Single("واندلعت اشتباكات عنيفة بين الجيش والمسلحين في مدينة حلب.\nوتعقد اللجنة اجتماعها غداً الخميس.", "ASSAULT");

        Assert.Equal("2016-02-17", e.Date.Value);
        Assert.Null(e.Date.Text);
    }

    [Fact]
    public void A_date_a_few_words_after_a_saying_word_is_the_day_of_the_report()
    {
        var all = DateExpressionFinder.Default.FindAll(AnalyzedText.Analyze("قال بيان للقيادة المشتركة اليوم الخميس إن طائراتها قصفت مواقع التنظيم أمس الأربعاء."), Published);

        Assert.Equal([true, false], all.Select(d => d.OfReport));
    }

    [Fact]
    public void A_date_after_that_ends_the_look_back_for_a_saying_word()
    {
        var d = Assert.Single(DateExpressionFinder.Default.FindAll(AnalyzedText.Analyze("قال المرصد إن الطيران قصف البلدة أمس."), Published));

        Assert.False(d.OfReport);
    }

    [Fact]
    public void An_undated_event_takes_the_day_the_report_names_for_the_happenings_not_the_day_of_the_report()
    {
        var e = Events.Single("قال بيان للجيش اليوم الخميس إن طائراته قصفت مواقع التنظيم أمس الأربعاء.\nواندلعت اشتباكات عنيفة بين الجيش والمسلحين في مدينة حلب.", "ASSAULT");

        Assert.Equal("2016-02-17", e.Date.Value);
    }

    [Fact]
    public void An_undated_event_after_a_report_of_today_keeps_that_day_over_a_day_named_further_down()
    {
        var e = Events.Single("أعلن الجيش اليوم الخميس أنه يواصل عملياته.\nواندلعت اشتباكات عنيفة بين الجيش والمسلحين في مدينة حلب.\nوكان الوزير قد زار المدينة أمس الأربعاء.", "ASSAULT");

        Assert.Equal("2016-02-18", e.Date.Value);
    }
}
