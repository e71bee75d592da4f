using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>A deed told at a definite dual («سيطرة القوات على القريتين») is at both places of the pair it points back to (s39-finer3).</summary>
internal static partial class PlaceLinker
{
    public static void Link(ArticleIndex index, EventCandidate e, IReadOnlyList<RoadMention> roads)
    {
        LinkPlace(index, e, roads);
        // SPEC §6, one event per place: the reference stands for the first of «قريتي تل أعور والفريكة», the second is listed.
        if (e.Place is not null && string.Equals(e.PlaceSource, "reference", StringComparison.Ordinal) && index.SecondOfPair(e.PlaceToken) is { } second
            && !e.CoordinatedPlaces.Exists(c => SamePlace(c.Place, second)))
        {
            e.CoordinatedPlaces.Add((second, second.First));
        }
    }
}
