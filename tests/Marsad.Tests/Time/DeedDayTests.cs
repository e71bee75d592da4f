using Marsad.Tests.Extraction;

namespace Marsad.Tests.Time;

/// <summary>
/// A deed's own date against a weekday that names what the day holds, and the day of the deed a deed is told to
/// follow («عقب وقوع التفجير», «قبل ذلك بيوم»). Published 2016-02-18, a Thursday (Events.Of).
/// </summary>
public class DeedDayTests
{
    [Fact]
    public void A_day_and_month_in_the_clause_date_a_bombing_told_during_the_friday_prayer()
    {
        var events = Events.Of("تعرض مسجد في مدينة الكويت لتفجير انتحاري خلال صلاة الجمعة في 5 فبراير الجاري، ما أدى إلى مقتل 20 شخصا.");

        var bombing = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("2016-02-05", bombing.Date.Value);
    }

    [Fact]
    public void A_bombing_during_the_friday_prayer_with_no_other_date_is_dated_by_the_friday()
    {
        var events = Events.Of("قتل 20 شخصا في تفجير انتحاري خلال صلاة الجمعة في مسجد بمدينة الكويت.");

        var bombing = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("2016-02-12", bombing.Date.Value);
    }

    [Fact]
    public void An_arrest_right_after_the_bombing_takes_the_bombing_s_day()
    {
        var events = Events.Of("قتل 20 شخصا في تفجير انتحاري استهدف مسجدا في مدينة الكويت في 10 فبراير الجاري. وكانت الشرطة عقب وقوع التفجير ألقت القبض على سائق الانتحاري في مدينة الكويت.");

        var arrest = Assert.Single(events, e => e.Type == "ARREST");
        Assert.Equal("2016-02-10", arrest.Date.Value);
    }

    [Fact]
    public void An_arrest_right_after_a_bombing_of_two_months_ago_is_history()
    {
        var events = Events.Of("وتعرض مسجد في مدينة الكويت لتفجير انتحاري في 11 ديسمبر الماضي، ما أدى إلى مقتل 20 شخصا. وكانت الشرطة - عقب وقوع التفجير - ألقت القبض على سائق الانتحاري في مدينة الكويت.");

        Assert.DoesNotContain(events, e => e.Type == "ARREST");
    }

    [Fact]
    public void Clashes_told_a_day_before_that_are_dated_the_day_before_the_attack_told_before_them()
    {
        var events = Events.Of("فتح مسلحون النار على دورية للشرطة في مدينة ماردين مساء الثلاثاء. وقبل ذلك بيوم قتل ثلاثة جنود في اشتباكات مع المسلحين في مدينة شرناق.");

        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Location?.Name == "شرناق");
        Assert.Equal("2016-02-15", clash.Date.Value);
    }
}
