using Marsad.Ingestion;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A definite crossing or airport («قصفت المعبر», «على المطار») refers back to the crossing or
/// airport the article named, not to the last town told in between (G36, H36 of the session 34 read).
/// </summary>
public class FacilityBackReferenceTests
{
    [Theory]
    [InlineData("سيطر مقاتلو المعارضة على معبر اليعربية الحدودي صباح اليوم.\nوقال قائد ميداني إن قناصة انتشروا في بلدة ربيعة المقابلة.\nوقصفت طائرات حربية المعبر بعد الظهر.", "REMOTE", "اليعربية")]
    [InlineData("دارت اشتباكات عنيفة في محيط مطار منغ العسكري بريف حلب.\nوفي مدينة داريا قصفت القوات النظامية عدة أحياء.\nوألقت مروحية براميل متفجرة على المطار.", "REMOTE", "منغ")]
    public void A_definite_crossing_or_airport_is_the_one_the_article_named(string body, string type, string named)
    {
        var last = body.LastIndexOf('\n');
        var events = Of(body).Where(e => e.Type == type && e.Evidence.Start > last).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains(named, e.Location?.Name ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void An_airport_no_sentence_named_still_stands_at_the_town_told_before()
    {
        const string body = "دارت اشتباكات عنيفة في مدينة دير الزور أمس.\nوقصفت طائرات حربية المطار بعد منتصف الليل.";
        var last = body.LastIndexOf('\n');
        var events = Of(body).Where(e => e.Type == "REMOTE" && e.Evidence.Start > last).ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("دير الزور", e.Location?.Name));
    }

    private static List<Output.EventRecord> Of(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = new DateOnly(2013, 3, 2) }).Events;
}
