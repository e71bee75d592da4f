using Marsad.Ingestion;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Gunmen, or a doer left unnamed, attacking people the actor2 choice reads as civilians are an attack on civilians
/// (SPEC §2), not a clash, when no fighter is among the targets and no two armed sides are named (s20-assaultfp). The
/// civilians here stand past the rules' target window (a date between the verb and its object), so only the learned
/// actor2 choice sees them: the test runs the shipped models.
/// </summary>
public class GunmenOnCiviliansTests
{
    private static IReadOnlyList<Output.EventRecord> Of(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = Events.Published }).Events;

    [Fact]
    public void Gunmen_attacking_a_car_of_employees_attack_civilians()
    {
        var events = Of("وقالت المصادر إن مسلحين مجهولين هاجموا، الأحد 14 فبراير، سيارة تقل موظفين في معمل الإسمنت لدى مرورها وسط ناحية حمام العليل جنوب الموصل، مما أسفر عن مقتل احدهم.");
        Assert.Contains(events, e => e.Type == "ATTACK_CIVILIANS" && e.Actor1?.Id == "UNIDENTIFIED-ARMED");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Gunmen_clashing_with_the_army_still_clash()
    {
        var events = Of("وقالت المصادر إن مسلحين مجهولين هاجموا، الأحد 14 فبراير، نقطة تفتيش للجيش العراقي وسط ناحية حمام العليل جنوب الموصل، مما أسفر عن مقتل جندي.");
        Assert.DoesNotContain(events, e => e.Type == "ATTACK_CIVILIANS");
    }
}
