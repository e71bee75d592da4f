using Marsad.Tests.Extraction;

namespace Marsad.Tests.Time;

/// <summary>
/// A deed told «في وقت سابق من ذلك اليوم», «في اليوم نفسه» takes the day of the deed told before it, and a statement's
/// «اليوم» right before «إن» is the statement's day even after a long name of its sayer. Published 2016-02-18, a
/// Thursday (Events.Of). Each deed told in a paragraph of its own after a lead dated «أمس», as in the news: in one
/// paragraph the news day already takes the day named before the trigger.
/// </summary>
public class SameDayTests
{
    [Fact]
    public void Clashes_told_earlier_that_day_take_the_day_of_the_attack_told_before_them()
    {
        var events = Events.Of("انفجرت عبوة ناسفة في مدينة ديار بكر أمس.\n\nأطلق مسلحون صاروخا على سيارة للشرطة في مدينة ماردين مساء الثلاثاء.\n\nوفي وقت سابق من ذلك اليوم قتل ثلاثة أشخاص في اشتباكات بين الشرطة والمسلحين في مدينة شرناق.");

        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Location?.Name == "شرناق");
        Assert.Equal("2016-02-16", clash.Date.Value);
    }

    [Fact]
    public void Clashes_told_on_the_same_day_take_the_day_of_the_shelling_told_before_them()
    {
        var events = Events.Of("قتل خمسة مدنيين في قصف جوي على مدينة إدلب أمس.\n\nقصفت طائرات حربية مدينة الباب مساء الاثنين.\n\nوفي اليوم نفسه اندلعت اشتباكات عنيفة بين الفصائل المسلحة وقوات النظام في مدينة درعا.");

        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Location?.Name == "درعا");
        Assert.Equal("2016-02-15", clash.Date.Value);
    }

    [Fact]
    public void Clashes_told_on_the_same_day_as_a_visit_keep_the_day_of_the_lead()
    {
        var events = Events.Of("قتل خمسة مدنيين في قصف جوي على مدينة إدلب أمس.\n\nقصفت طائرات حربية مدينة الباب مساء الاثنين.\n\nواندلعت اشتباكات عنيفة بين الفصائل المسلحة وقوات النظام في مدينة درعا في اليوم نفسه لزيارة الوزير.");

        var clash = Assert.Single(events, e => e.Type == "ASSAULT" && e.Location?.Name == "درعا");
        Assert.Equal("2016-02-17", clash.Date.Value);
    }

    [Fact]
    public void A_statement_s_today_before_inna_leaves_the_raids_it_tells_the_day_of_the_lead()
    {
        var events = Events.Of("شنت طائرات التحالف الدولي 20 غارة جوية على مواقع التنظيم في العراق أمس. وقال بيان للقيادة العسكرية المشتركة في المحافظة اليوم: إن طائرات التحالف قصفت مواقع التنظيم قرب مدينة الرمادي.");

        var raid = Assert.Single(events, e => e.Type == "REMOTE" && e.Location?.Name == "الرمادي");
        Assert.Equal("2016-02-17", raid.Date.Value);
    }
}
