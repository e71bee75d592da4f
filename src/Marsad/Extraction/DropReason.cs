namespace Marsad.Extraction;

/// <summary>
/// Why the hand rules would drop a candidate event (None: they keep it). The rules no longer
/// decide alone: the reason is a feature of the learned keep/drop decision, and decides only
/// where no model is loaded.
/// </summary>
internal enum DropReason
{
    None,
    History,
    CaptureWithoutPlace,
    Defused,
    Judicial,
    ControlState,
    NegatedPresent,
    CountryOnly,
    RelativeBackground,
    NoPlace,
    Figurative,
    WeakPlacedBySentence,
    WeakUnarmed,
    TypeCondition,
}
