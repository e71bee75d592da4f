namespace Marsad.Pipeline;

/// <summary>The stages the default pipeline runs, in order. Stages are added here as they are built.</summary>
internal static class DefaultStages
{
    /// <param name="learned">False runs the hand rules alone where a trained model would decide (tests of the rules, comparisons).</param>
    /// <param name="toponyms">A toponym tagger other than the embedded one: <c>marsad train</c> trains the event models on the places the freshly trained tagger gives.</param>
    /// <param name="actor2">An actor2 model the event stage runs with where no other is given: <c>marsad train</c> trains the keep decision on top of a fresh one.</param>
    public static IReadOnlyList<IExtractionStage> Create(bool learned = true, Geo.ToponymTagger? toponyms = null, Learning.BinaryModel? actor2 = null) =>
    [
        toponyms is null ? new Geo.PlaceStage() : new Geo.PlaceStage { Tagger = toponyms },
        Extraction.ActorStage.Default,
        actor2 is not null ? Extraction.EventStage.WithActor2(actor2) : learned ? Extraction.EventStage.Default : Extraction.EventStage.RulesOnly,
        new Geo.CountryGuard(),
    ];
}
