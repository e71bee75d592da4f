namespace Marsad.Pipeline;

/// <summary>The stages the default pipeline runs, in order. Stages are added here as they are built.</summary>
internal static class DefaultStages
{
    /// <param name="learned">False runs the hand rules alone where a trained model would decide (tests of the rules, comparisons).</param>
    public static IReadOnlyList<IExtractionStage> Create(bool learned = true) =>
    [
        new Geo.PlaceStage(),
        Extraction.ActorStage.Default,
        learned ? Extraction.EventStage.Default : Extraction.EventStage.RulesOnly,
        new Geo.CountryGuard(),
    ];
}
