using Marsad.Text;

namespace Marsad.Learning;

/// <summary>One candidate event as training sees it: where its trigger stands, what the rules made of it, and its features.</summary>
internal sealed record CandidateRow(TextSpan Trigger, string Type, string Modality, float[] Features, bool RulesKeep, Output.EventRecord Record)
{
    /// <summary>Whether the candidate was kept in the end (the model's decision where one ran).</summary>
    public bool Kept { get; set; }

    /// <summary>Whether a hard gate drops the candidate whatever the keep model scores (<c>EventStage.GateOf</c>).</summary>
    public bool Gated { get; set; }
}

/// <summary>One actor1 option of a candidate (its id, null for "nobody named") with its features (all of them; the actor1 choice reads the first <see cref="ActorChoice.Actor1Count"/>); <see cref="Group"/> numbers the candidate in its article.</summary>
internal sealed record ActorOptionRow(int Group, TextSpan Trigger, string Type, string? ActorId, float[] Features)
{
    /// <summary>Whether a verb of saying governs the mention («قال الجيش»): a source, which the actor report counts apart.</summary>
    public bool Speaker { get; init; }
}

/// <summary>One type option of a violent candidate with its features and whether SPEC lets it stand (<see cref="TypeChoice.Admits"/>); <see cref="Group"/> numbers the candidate in its article.</summary>
internal sealed record TypeOptionRow(int Group, TextSpan Trigger, string RulesType, string Option, float[] Features, bool Admitted);

/// <summary>One modality option of a candidate with its features; <see cref="Group"/> numbers the candidate in its article.</summary>
internal sealed record ModalityOptionRow(int Group, TextSpan Trigger, string RulesModality, string Option, float[] Features);

/// <summary>One place option of a candidate (where it would put the event) with its features; <see cref="Group"/> numbers the candidate in its article.</summary>
internal sealed record PlaceOptionRow(int Group, TextSpan Trigger, string Type, Output.LocationRef Location, float[] Features);

/// <summary>One toll option of a killing candidate (its count, null for "none") with its features; <see cref="Group"/> numbers the candidate in its article.</summary>
internal sealed record TollOptionRow(int Group, TextSpan Trigger, string Type, int? Count, float[] Features);

/// <summary>
/// What one article's candidates were, recorded while extracting for training. The models given
/// here decide in place of the shipped ones; a null model leaves the decision to the hand rules.
/// </summary>
internal sealed class CandidateLog
{
    public List<CandidateRow> Rows { get; } = [];

    public List<ActorOptionRow> ActorRows { get; } = [];

    /// <summary>The actor2 options, read with the doer chosen (same features as actor1's).</summary>
    public List<ActorOptionRow> Actor2Rows { get; } = [];

    public List<TypeOptionRow> TypeRows { get; } = [];

    public List<PlaceOptionRow> PlaceRows { get; } = [];

    /// <summary>Trigger forms the lexicon matched that gave no candidate, and why (a name, a date, an unmet need).</summary>
    public List<(TextSpan Span, string Reason)> Gated { get; } = [];

    public List<ModalityOptionRow> ModalityRows { get; } = [];

    public List<TollOptionRow> TollRows { get; } = [];

    public BinaryModel? Keep { get; init; }

    public BinaryModel? Actor1 { get; init; }

    public BinaryModel? Actor2 { get; init; }

    public BinaryModel? Type { get; init; }

    public BinaryModel? Place { get; init; }

    public BinaryModel? Modality { get; init; }

    public BinaryModel? Toll { get; init; }
}
