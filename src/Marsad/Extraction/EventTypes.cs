namespace Marsad.Extraction;

/// <summary>
/// The families of event types the rules and features ask about, each named once for what its
/// members share (SPEC §2 has the types). A rule that asks "is this a killing kind of event?" reads
/// better, and stays consistent across the event code, as one named set than as a literal list
/// repeated in every file.
/// </summary>
internal static class EventTypes
{
    /// <summary>
    /// Violence that kills: the clash, the strike from afar and the attack on civilians. These are
    /// the types a toll, an executed or unnamed victim, or an attack's claimed day belongs to.
    /// </summary>
    public static bool IsLethalViolence(string type) => type is "REMOTE" or "ASSAULT" or "ATTACK_CIVILIANS";

    /// <summary>
    /// Fighting by an armed party against another (a clash or a strike from afar), without the
    /// attack on civilians: the types whose target is itself an armed side.
    /// </summary>
    public static bool IsArmedEngagement(string type) => type is "REMOTE" or "ASSAULT";

    /// <summary>
    /// Military operations and their outcomes on the ground: fighting, taking and leaving ground,
    /// moving forces. Their doer is the side that operates, read by the doer rules.
    /// </summary>
    public static bool IsMilitaryOperation(string type) => type is "REMOTE" or "ASSAULT" or "CAPTURE" or "WITHDRAW" or "MOBILIZE";

    /// <summary>
    /// Every use of force, against armed sides, civilians, ground, roads or people held: a state that
    /// does one does it through its forces.
    /// </summary>
    public static bool IsUseOfForce(string type) =>
        type is "ASSAULT" or "REMOTE" or "CAPTURE" or "WITHDRAW" or "MOBILIZE" or "BLOCKADE" or "ATTACK_CIVILIANS" or "ARREST";

    /// <summary>Events of a road: its closing and its reopening, whose place is the route.</summary>
    public static bool IsRouteEvent(string type) => type is "BLOCKADE" or "REOPEN";
}
