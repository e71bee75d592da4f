using Marsad.Ingestion;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 9 (s29b-fatal): a lead's toll follows its happening when the lead's telling is dropped for want
/// of a place and the body keeps that happening once, at its site.
/// </summary>
public class LeadTollTests
{
    private static List<Output.EventRecord> Of(string body, string dateline) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Dateline = dateline, Published = Events.Published }).Events;

    [Fact]
    public void The_blast_the_body_places_takes_the_toll_of_the_lead_filed_from_the_capital()
    {
        var events = Of("دمشق (ا ف ب) - شيع آلاف السوريين أمس الشيخ عبد الله الذي قتل الخميس في تفجير انتحاري أوقع نحو ثلاثين قتيلا في أحد المساجد في العاصمة السورية.\nوأم صلاة الجنازة نجل الشيخ.\nوكان انتحاري قد فجر نفسه الخميس داخل جامع النور في حي المزة.", "دمشق");

        var blast = Assert.Single(events, e => e.Type == "REMOTE");
        Assert.Equal(30, blast.Fatalities);
    }

    [Fact]
    public void A_lead_total_over_two_blasts_the_body_keeps_apart_goes_to_neither()
    {
        var events = Of("دمشق (ا ف ب) - قتل ثلاثون شخصا الخميس في تفجيرين انتحاريين في العاصمة السورية.\nوأم صلاة الجنازة نجل الشيخ.\nوكان انتحاري قد فجر نفسه داخل جامع النور في حي المزة.\nوفجر انتحاري آخر سيارة مفخخة في حي الميدان.", "دمشق");

        var blasts = events.Where(e => e.Type == "REMOTE").ToList();
        Assert.True(blasts.Count >= 2);
        Assert.DoesNotContain(blasts, e => e.Fatalities == 30);
    }
}
