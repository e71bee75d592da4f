namespace Marsad.Learning;

/// <summary>
/// The trained event decisions the library ships (data/models, built by <c>marsad train</c>),
/// each loaded once on first use. A model that is not shipped is null, and the hand rules decide.
/// <c>marsad train</c> reads none of them (<see cref="ShippedModels.Refuse"/>).
/// </summary>
internal static class EventModels
{
    public const string KeepName = "event-keep";

    private static readonly Lazy<BinaryModel?> KeepModel = new(() => BinaryModel.LoadEmbedded(KeepName, EventFeatures.Count), LazyThreadSafetyMode.ExecutionAndPublication);

    public const string Actor1Name = "actor1-choice";

    private static readonly Lazy<BinaryModel?> Actor1Model = new(() => BinaryModel.LoadEmbedded(Actor1Name, ActorChoice.Actor1Count), LazyThreadSafetyMode.ExecutionAndPublication);

    public const string Actor2Name = "actor2-choice";

    private static readonly Lazy<BinaryModel?> Actor2Model = new(() => BinaryModel.LoadEmbedded(Actor2Name, ActorChoice.Count), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Is this option the candidate's target? (scored per option, the doer chosen; the best option wins)</summary>
    public static BinaryModel? Actor2 => Disabled ? null : ShippedModels.Read(Actor2Model, Actor2Name);

    public const string TypeName = "type-choice";

    private static readonly Lazy<BinaryModel?> TypeModel = new(() => BinaryModel.LoadEmbedded(TypeName, TypeChoice.Count), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Is this option the violent candidate's type? (scored per option; the best option wins)</summary>
    public static BinaryModel? Type => Disabled ? null : ShippedModels.Read(TypeModel, TypeName);

    public const string PlaceName = "place-choice";

    private static readonly Lazy<BinaryModel?> PlaceModel = new(() => BinaryModel.LoadEmbedded(PlaceName, PlaceChoice.Count), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Is this option where the candidate happens? (scored per option; the best option wins)</summary>
    public static BinaryModel? Place => Disabled ? null : ShippedModels.Read(PlaceModel, PlaceName);

    public const string ModalityName = "modality-choice";

    private static readonly Lazy<BinaryModel?> ModalityModel = new(() => BinaryModel.LoadEmbedded(ModalityName, ModalityChoice.Count), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Is this option the candidate's modality? (scored per option; the best option wins)</summary>
    public static BinaryModel? Modality => Disabled ? null : ShippedModels.Read(ModalityModel, ModalityName);

    public const string TollName = "toll-choice";

    private static readonly Lazy<BinaryModel?> TollModel = new(() => BinaryModel.LoadEmbedded(TollName, TollChoice.Count), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Is this statement of dead (or none) the kept candidate's toll? (scored per option; the best option wins)</summary>
    public static BinaryModel? Toll => Disabled ? null : ShippedModels.Read(TollModel, TollName);

    /// <summary>Is this option the candidate's doer? (scored per option; the best option wins)</summary>
    public static BinaryModel? Actor1 => Disabled ? null : ShippedModels.Read(Actor1Model, Actor1Name);

    /// <summary>Is this candidate a reported event of the news time? (keep or drop)</summary>
    public static BinaryModel? Keep => Disabled ? null : ShippedModels.Read(KeepModel, KeepName);

    /// <summary>Loads every shipped model now (each is loaded once, whichever thread asks first).</summary>
    public static void LoadAll()
    {
        _ = Keep;
        _ = Actor1;
        _ = Actor2;
        _ = Type;
        _ = Place;
        _ = Modality;
        _ = Toll;
    }

    /// <summary>MARSAD_RULES_ONLY=1 runs the hand rules alone, to compare them with the models in one build.</summary>
    private static bool Disabled { get; } = Environment.GetEnvironmentVariable("MARSAD_RULES_ONLY") == "1";
}
