using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verbal noun of purpose after a verb of force («قطعت القوات … تمهيدا لاقتحام») is the aim of the verb's subject,
/// not of the party before it; a lone party between «اتهم» and its charge is the accused, not the accuser
/// (docs/events.md s34b-aim; pool D26 and D33 of docs/handread-2026-12-06n.md).
/// </summary>
public class AimAndAccusedTests
{
    private static readonly DateOnly March = new(2013, 3, 26);

    [Fact]
    public void The_storming_a_force_prepares_by_cutting_a_groups_roads_is_the_forces_aim()
    {
        var events = Of("وقطعت القوات الأمنية طرق إمداد داعش تمهيدا لاقتحام مدينة الرمادي.");
        Assert.DoesNotContain(events, e => e.Modality == "intended" && e.Actor1?.Id == "ISIL");
    }

    [Fact]
    public void A_lone_party_between_the_verb_of_accusing_and_its_charge_is_the_accused()
    {
        var events = Of("وبحسب المتحدث فإن حالة القائد مستقرة، حيث اتهم النظام السوري في اتصال مع القناة أنه وراء التفجير.", March);
        Assert.DoesNotContain(events, e => e.Type == "ACCUSE" && e.Actor1?.Id is "SYR-GOV" or "SYR-MIL");
    }
}
