using Marsad.Tests.Extraction;

namespace Marsad.Tests.Time;

/// <summary>
/// A happening named as what a telling came after («بعد يومين على هجوم») happened that many days before
/// the day of the sentence that tells it, not on that day (data/lexicons/time_words.tsv, day_after).
/// </summary>
public class DayAfterTests
{
    [Fact]
    public void An_attack_two_days_before_yesterday_s_finding_is_dated_three_days_back()
    {
        // Published 2016-02-18: «أمس» is the 17th, and the bombing came two days before it.
        var events = Events.Of("عثرت الشرطة أمس على جثتي شرطيين في مدينة كركوك، وذلك بعد يومين على هجوم انتحاري أوقع 20 قتيلا في مدينة الموصل.");

        var bombing = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("2016-02-15", bombing.Date.Value);
    }

    [Fact]
    public void Clashes_a_day_before_today_s_statement_are_dated_the_day_before()
    {
        var events = Events.Of("قال المتحدث اليوم الخميس بعد يوم من اشتباكات عنيفة بين الجيش والمسلحين في مدينة حلب إن الوضع هادئ.");

        var clash = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("2016-02-17", clash.Date.Value);
    }

    [Fact]
    public void An_attack_with_its_own_day_after_the_phrase_keeps_that_day()
    {
        var events = Events.Of("وصل الوزير اليوم إلى بغداد بعد يومين على هجوم انتحاري وقع الاثنين في مدينة الموصل.");

        var bombing = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal("2016-02-15", bombing.Date.Value);
    }

    [Fact]
    public void A_blame_joined_by_and_after_the_phrase_keeps_the_day_of_its_sentence()
    {
        var events = Events.Of("قصفت الطائرات أمس مواقع التنظيم في مدينة الرقة بعد أسبوع من أعمال عنف واتهمت الحكومة التنظيم بالوقوف وراءها.");

        Assert.All(events, e => Assert.Equal("2016-02-17", e.Date.Value));
        Assert.Contains(events, e => e.Type == "ACCUSE");
    }
}
