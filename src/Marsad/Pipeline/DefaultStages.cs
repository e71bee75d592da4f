namespace Marsad.Pipeline;

/// <summary>The stages the default pipeline runs, in order. Stages are added here as they are built.</summary>
internal static class DefaultStages
{
    /// <param name="learned">False runs the hand rules alone where a trained model would decide (tests of the rules, comparisons).</param>
    /// <param name="toponyms">A toponym tagger other than the embedded one: <c>marsad train</c> trains the event models on the places the freshly trained tagger gives.</param>
    public static IReadOnlyList<IExtractionStage> Create(bool learned = true, Geo.ToponymTagger? toponyms = null) =>
    [
        toponyms is null ? new Geo.PlaceStage() : new Geo.PlaceStage { Tagger = toponyms },
        Extraction.ActorStage.Default,
        learned ? Extraction.EventStage.Default : Extraction.EventStage.RulesOnly,
        new Geo.CountryGuard(),
    ];
}
