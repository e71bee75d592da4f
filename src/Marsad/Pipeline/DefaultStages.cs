namespace Marsad.Pipeline;

/// <summary>The stages the default pipeline runs, in order. Stages are added here as they are built.</summary>
internal static class DefaultStages
{
    public static IReadOnlyList<IExtractionStage> Create() =>
    [
        new Geo.PlaceStage(),
        Extraction.ActorStage.Default,
        Extraction.EventStage.Default,
    ];
}
