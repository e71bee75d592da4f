namespace Marsad.Extraction;

/// <summary>
/// A news lead tells the article's happening with its toll, and the body tells it again where it happened
/// («… الذي قتل الخميس في تفجير انتحاري اوقع نحو خمسين قتيلا في احد المساجد في العاصمة السورية.» … «وفجر انتحاري
/// نفسه الخميس داخل جامع الايمان»). When the lead's telling is dropped (its place only a country, the dateline or
/// none: s29-placesite) and the article keeps one killing event, of the lead's type, told later and naming no toll of its own,
/// that event is the lead's happening and takes its toll (docs/annotation.md 8: the toll is the happening's, whichever
/// telling states it). Two kept killings make the lead a roundup's total, which belongs to neither.
/// </summary>
internal static class LeadToll
{
    /// <summary>Whether a dropped candidate is a lead telling whose toll may follow its happening: dropped for its place or by the keep model, not as history, a charge or another deed's toll.</summary>
    public static bool Carries(ArticleIndex index, EventCandidate e, DropReason reason) =>
        index.Token(e.First).Sentence == 0 && EventTypes.IsLethalViolence(e.Type) && MentionToll.Numbered(e) is not null
        && reason is DropReason.None or DropReason.NoPlace or DropReason.CountryOnly;

    public static void Lend(ArticleIndex index, IReadOnlyList<EventCandidate> leads, IReadOnlyList<EventCandidate> kept)
    {
        if (leads.Count == 0)
        {
            return;
        }
        EventCandidate? only = null;
        foreach (var e in kept)
        {
            if (!EventTypes.IsLethalViolence(e.Type))
            {
                continue;
            }
            if (only is not null)
            {
                return;
            }
            only = e;
        }
        if (only is null || only.Fatalities is not null || only.CoordinatedPlaces.Count > 0)
        {
            return;
        }
        var sentence = index.Token(only.First).Sentence;
        if (sentence == 0 || MentionToll.SentencesWithTolls(index).Contains(sentence))
        {
            return;
        }
        // Two lead tellings with two counts are no one happening's toll.
        var toll = MentionToll.Numbered(leads[0])!;
        foreach (var lead in leads)
        {
            // One deed told twice is one type (as the merger reads it): a killing «بقتل ضابط» is no retelling of the
            // execution «للمطالبة باعدام» a protest demanded, nor attacks «هجمات» of the car bombs one quarter saw.
            if (MentionToll.Numbered(lead)!.Count != toll.Count || !string.Equals(lead.Type, only.Type, StringComparison.Ordinal)
                || !string.Equals(lead.Modality, only.Modality, StringComparison.Ordinal) || !MentionToll.Compatible(lead, only))
            {
                return;
            }
        }
        only.Fatalities = toll.Count;
        only.FatalitySource = toll;
    }
}
