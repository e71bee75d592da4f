namespace Marsad.Extraction;

/// <summary>Type rules that read the parties of a candidate, kept apart from the trigger's own reading.</summary>
public sealed partial class EventStage
{
    /// <summary>
    /// «احتجز مقاتلو المعارضة جنود حفظ السلام»: an armed organisation has no power of arrest, so
    /// what it detains of others is abducted (SPEC §2 ATTACK_CIVILIANS, annotation.md 6.1: abduction
    /// of soldiers too). A group that holds its own members («اعتقل التنظيم عناصره») keeps ARREST.
    /// </summary>
    private static void AbductionByArmedGroup(EventCandidate e)
    {
        if (e.Type == "ARREST" && e.Actor1 is { Entry.Class: "org" } doer && e.Actor2 is { } held
            && !string.Equals(held.ActorId, doer.ActorId, StringComparison.Ordinal))
        {
            e.Trigger = e.Trigger with { Type = "ATTACK_CIVILIANS" };
        }
    }
}
