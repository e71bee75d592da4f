using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// A deed noun with the article told at a region or a country («أدانت الجزائر الغارات الجوية الإسرائيلية على سوريا»,
/// «وتحدث البيان عن الغارة الإسرائيلية» at the focus's province) names a deed the article tells elsewhere with its
/// town («قصفت طائرات حربية اسرائيلية فجر الاربعاء مركزا للبحوث في جمرايا»): the article means that one happening, so
/// its place is the town (docs/annotation.md: the most precise place the text gives; 4.8, a country telling is at most
/// optional). The summary-lead fold (<see cref="FoldLeadsIntoTowns"/>) misses it twice over: the noun's sentence gives
/// it the day of the telling (the condemnation, the complaint, the statement), not the deed's, and the retelling may
/// come after the town's telling as well as before it.
/// </summary>
internal static partial class EventMerger
{
    /// <summary>
    /// The one telling a definite deed noun at a region or a country retells, or null: every telling of its type, modality and
    /// doer told by another trigger and placed by its own words at a point inside the noun's area, before or after it and whatever its day, must be at one
    /// place, so that the noun cannot be a total over several towns or several days' deeds.
    /// </summary>
    private static EventCandidate? RetoldTown(ArticleIndex index, EventCandidate lead, PlaceHit area, AreaKind kind, List<EventCandidate> events, HashSet<EventCandidate>? folded)
    {
        if (lead.Trigger.IsVerb || !lead.IsDefinite(index))
        {
            return null;
        }
        EventCandidate? town = null;
        foreach (var e in events)
        {
            if (e.First == lead.First || (folded?.Contains(e) ?? false) || !TellsAgainAnyDay(lead, e) || !Inside(index, e.Place!, area, kind))
            {
                continue;
            }
            if (town is not null && !string.Equals(town.Place!.Mention.GazetteerId, e.Place!.Mention.GazetteerId, StringComparison.Ordinal))
            {
                return null;
            }
            town ??= e;
        }
        return town;
    }

    /// <summary>
    /// <see cref="TellsAgain"/> without the day, since the definite noun's day is its sentence's, not the deed's; but a target
    /// each names, and not the same, is another deed («الغارات … على مواقع للتنظيم» is not «قصف جوي على حي» of civilians).
    /// </summary>
    private static bool TellsAgainAnyDay(EventCandidate lead, EventCandidate e) =>
        SameDeedAtItsOwnPlace(lead, e) && !TargetsDiffer(lead.Actor2, e.Actor2) && !TargetsDiffer(EventStage.ShownActor2(lead), EventStage.ShownActor2(e));

    private static bool TargetsDiffer(ActorHit? a, ActorHit? b) => a is not null && b is not null && !string.Equals(a.ActorId, b.ActorId, StringComparison.Ordinal);
}
