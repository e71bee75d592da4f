using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>The doer of a clash told by its target or its victims, lent by a campaign the article names at a place that holds the clash's.</summary>
public sealed partial class EventStage
{
    /// <summary>How far from a city's point a clash still stands in that city or at its edges («اطراف حي جوبر» and «في محيط دمشق»).</summary>
    private const double CampaignCityKm = 10;

    /// <summary>
    /// Whether <paramref name="e"/>, a launched offensive (<see cref="IsLaunchedOffensive"/>, asked once by the caller), is a campaign that may lend its doer: an asserted ASSAULT launched by a light verb
    /// («تشن القوات النظامية … حملة عسكرية واسعة في ريف دمشق»), with a place, kept, or dropped by its score alone (a rule's
    /// drop says habit, history or charge: no campaign of the news; a kept one may carry a rule's reason the model overrode). Its doer must be the light verb's own subject
    /// (<see cref="LightVerbSubject"/>): «ويشن المقاتلون منذ ايام هجمات … في محيط المدينة التي تسيطر عليها القوات النظامية»
    /// names no party the lexicon knows right after the verb, and the choice's doer there is the city's holder.
    /// </summary>
    private bool IsCampaign(ArticleIndex index, EventCandidate e, bool kept, DropReason reason, string? gate) =>
        (kept || reason == DropReason.None) && gate is null && e.Place is not null
        && LightVerbSubject(index, e, "launch", stateToo: false) is { } subject && SameSide(subject.ActorId, e.Actor1!.ActorId);

    /// <summary>
    /// «تشن القوات النظامية منذ فترة حملة عسكرية واسعة في محيط دمشق» with «اشتباكات وقصف على اطراف حي جوبر»: a clash
    /// that names none of its sides and no doer, told at a place the campaign's place holds (the same place, a town's
    /// quarter or edge within <see cref="CampaignCityKm"/>, or a town of the campaign's province), is the campaign's
    /// fighting, before or after it in the article: the campaign's doer is its attacker, and its target, if the
    /// choice put the campaign's own side there, the campaign's target. Two campaigns of two sides holding the place
    /// lend nothing.
    /// </summary>
    private static void ApplyCampaignDoers(ArticleIndex index, List<EventCandidate> candidates, List<EventCandidate>? campaigns)
    {
        if (campaigns is not { Count: > 0 })
        {
            return;
        }
        foreach (var e in candidates)
        {
            if (e.Type != "ASSAULT" || e.Modality != "asserted" || e.Actor1 is not null || e.Place is not { } place
                || !TypeRules.IsClashWord(index, e) || campaigns.Contains(e))
            {
                continue;
            }
            var (first, second) = ClashSides.Of(index, e, index.ClauseOf(e.First).End);
            if (first is not null || second is not null)
            {
                continue;
            }
            EventCandidate? lender = null;
            var agreed = true;
            foreach (var c in campaigns)
            {
                if (!Holds(c.Place!.Mention, place.Mention))
                {
                    continue;
                }
                if (lender is not null && !SameSide(lender.Actor1!.ActorId, c.Actor1!.ActorId))
                {
                    agreed = false;
                }
                if (lender is null || Math.Abs(c.First - e.First) < Math.Abs(lender.First - e.First))
                {
                    lender = c;
                }
            }
            if (lender is null || !agreed)
            {
                continue;
            }
            var doer = lender.Actor1!;
            var target = ShownActor2(e);
            var lentTarget = ShownActor2(lender) is { } t && !SameSide(t.ActorId, doer.ActorId) ? t : null;
            SetDoer(index, e, doer);
            e.Actor1IsLocal = false;
            if (target is null || SameSide(target.ActorId, doer.ActorId))
            {
                e.Actor2 = lentTarget;
                e.ChosenActor2 = null;
            }
        }
    }

    /// <summary>The same place; a city's quarter or edge near its point; or, for a province or region, a place of that province.</summary>
    private static bool Holds(Output.PlaceMention area, Output.PlaceMention point)
    {
        if (area.GazetteerId is { } id && string.Equals(id, point.GazetteerId, StringComparison.Ordinal))
        {
            return true;
        }
        if (area.Country is not { } country || !string.Equals(country, point.Country, StringComparison.Ordinal)
            || string.IsNullOrEmpty(area.Admin1) || !string.Equals(area.Admin1, point.Admin1, StringComparison.Ordinal))
        {
            return false;
        }
        return area.Precision == "region"
            || (area.Precision == "point" && point.Precision == "point" && area is { Lat: { } la, Lon: { } lo } && point is { Lat: { } pa, Lon: { } po }
                && Geo.GeoMath.DistanceKm(la, lo, pa, po) <= CampaignCityKm);
    }
}
