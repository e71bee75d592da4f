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

    /// <summary>«شنت طائرات غارة على الباب وقتل ستة مدنيين»: a killing with no doer of its own, joined by «و» to an attack just told, is that attack's toll (SPEC §6: the cause and its casualties are one event).</summary>
    Toll,

    /// <summary>«شنت الجبهة هجوما لطرد القوات», «أرسلت تعزيزات لمحاصرة المدينة»: a verbal noun behind the purpose ل after a deed told in its clause is that deed's aim, not an event of its own (annotation.md 6.2).</summary>
    Purpose,
}
