using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed governed by a verb or noun of banning or preventing («منع», «حظر») was kept from being done: it is
/// the plan of the side kept from it (annotation.md 6.2, intended), not a deed done; a ban that did not hold
/// («لم يمنع») leaves the deed asserted.
/// </summary>
public class BannedDeedTests
{
    [Fact]
    public void A_march_the_authorities_say_they_will_keep_protesters_from_holding_is_intended()
    {
        var events = Of("قالت السلطات التركية أمس إنها ستمنع المحتجين من تنظيم مسيرة في مدينة أنقرة اليوم.");
        Assert.Contains(events, e => e.Type == "PROTEST" && e.Modality == "intended");
        Assert.DoesNotContain(events, e => e.Type == "PROTEST" && e.Modality == "asserted");
    }

    [Fact]
    public void A_demonstration_the_police_banned_was_not_held()
    {
        var events = Of("وحظرت الشرطة المصرية تنظيم مظاهرة في ميدان التحرير بالقاهرة.");
        Assert.DoesNotContain(events, e => e.Type == "PROTEST" && e.Modality == "asserted");
    }

    [Fact]
    public void Marches_a_ban_did_not_prevent_took_place()
    {
        var events = Of("ولم يمنع المطر الآلاف من المشاركة في مسيرات حاشدة بالقاهرة أمس.");
        Assert.Contains(events, e => e.Type == "PROTEST" && e.Modality == "asserted");
    }

    [Fact]
    public void A_march_the_police_could_not_keep_protesters_from_was_held()
    {
        var events = Of("ولم تتمكن الشرطة من منع المحتجين من تنظيم مسيرة في مدينة أنقرة أمس.");
        Assert.DoesNotContain(events, e => e.Type == "PROTEST" && e.Modality == "intended");
    }
}
