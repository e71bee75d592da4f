namespace Marsad.Extraction;

/// <summary>Adds a field to a coded event from its surroundings (its date, its dead).</summary>
internal interface IEventEnricher
{
    void Enrich(ArticleIndex index, EventCandidate e);
}

internal static class EventEnrichers
{
    public static IEventEnricher[] Create() => [];
}
