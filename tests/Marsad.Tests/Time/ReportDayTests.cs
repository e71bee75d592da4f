using Marsad.Tests.Extraction;

namespace Marsad.Tests.Time;

/// <summary>
/// The day a statement is made is the statement's, not the day of the strikes or clashes it tells:
/// a happening dated only by the report's day takes the day its telling is set on.
/// </summary>
public class ReportDayTests
{
    [Fact]
    public void Strikes_dated_only_by_the_day_their_statement_was_aired_take_the_day_the_lead_names()
    {
        // 2016-02-18 is a Thursday; the lead names Tuesday for the strikes.
        var events = Events.Of("قالت القيادة إن طائرات التحالف نفذت 29 ضربة جوية يوم الثلاثاء.\nوقصفت الطائرات مواقع التنظيم في مدينة الموصل وفقا للبيان الذي أذيع اليوم الخميس.");

        var strike = Assert.Single(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("الموصل", StringComparison.Ordinal));
        Assert.Equal("2016-02-16", strike.Date.Value);
    }

    [Fact]
    public void A_strike_told_by_a_statement_of_today_takes_the_day_the_sentence_names_for_it()
    {
        var e = Events.Single("قال بيان للجيش اليوم الخميس إن طائراته قصفت مواقع التنظيم في مدينة الموصل أمس الأربعاء.", "REMOTE");

        Assert.Equal("2016-02-17", e.Date.Value);
    }

    [Fact]
    public void A_strike_told_by_yesterday_s_statement_takes_the_day_the_lead_names_for_the_strikes()
    {
        var events = Events.Of("قال الجيش أمس الأربعاء إن طائراته نفذت يوم الاثنين 18 غارة جوية على مواقع التنظيم.\nوقال الجيش في بيان إن الغارات استهدفت مواقع في مدينة الموصل.");

        var strike = Assert.Single(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("الموصل", StringComparison.Ordinal));
        Assert.Equal("2016-02-15", strike.Date.Value);
    }

    [Fact]
    public void An_assault_told_only_by_yesterday_s_announcement_keeps_the_announcement_day()
    {
        var e = Events.Single("أعلن الجيش أمس الأربعاء اقتحامه مقرا للمسلحين في مدينة حلب.", "ASSAULT");

        Assert.Equal("2016-02-17", e.Date.Value);
    }
}
