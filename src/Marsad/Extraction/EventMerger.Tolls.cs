namespace Marsad.Extraction;

/// <summary>
/// A killing told with the attack that did it («قتلوا في هجوم مسلح», «قتل ثمانية أشخاص بهجمات مسلحة», «ضربة أخرى في
/// الرمادي أسفرت عن مقتل عنصرين», «تبادل لإطلاق النار … قتل خلاله جندي») is that attack's toll, not a second event
/// (SPEC §1: the cause and its casualties are one event). The keep stage drops such a killing only beside a strike
/// (<see cref="TypeRules"/>, StrikeToll, read before the learned doer); beside an armed attack or a clash, or when the
/// learned choices gave the killing a doer or a place of its own, both were kept and output.
/// </summary>
internal static partial class EventMerger
{
    private static void FoldKillingsIntoDeeds(ArticleIndex index, List<EventCandidate> events)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var killing = events[i];
            if (!EventTypes.IsLethalViolence(killing.Type) || !TypeRules.TypeCues.Is(index, killing.First, "assassination") || DeedOf(index, killing, events) is not { } deed)
            {
                continue;
            }
            TraceMerge(index, killing, deed, "a killing's deed");
            Lend(deed, killing);
            events.RemoveAt(i);
        }
    }


    /// <summary>
    /// The kept attack the killing is the toll of: the trigger told right before it in its clause («هجوم … أسفر عن مقتل»),
    /// or the one right after it behind a preposition of cause or ب («قتلوا في هجوم», «بهجمات», «إثر اشتباكات»), when it
    /// names the deed (an attack, a strike, a bomb, a fight) on one day. «قتل شرطيين ردا على الهجوم» answers another attack
    /// (no cause word); «تقدمت القوة … أسفرت عن قتل» tells an advance, whose killing keeps its own place.
    /// </summary>
    private static EventCandidate? DeedOf(ArticleIndex index, EventCandidate killing, List<EventCandidate> events)
    {
        var clause = index.ClauseOf(killing.First);
        var at = -1;
        for (var k = killing.First - 1; k >= clause.First; k--)
        {
            if (index.IsTrigger(k))
            {
                at = k;
                break;
            }
        }
        var deed = at >= 0 ? KeptAt(index, killing, events, at) : null;
        if (deed is not null)
        {
            return deed;
        }
        for (var k = killing.End; k < clause.End; k++)
        {
            if (index.IsTrigger(k))
            {
                return index.Token(k).Norm.StartsWith('ب') || (k > killing.End && TypeRules.TypeCues.Is(index, k - 1, "cause"))
                    ? KeptAt(index, killing, events, k)
                    : null;
            }
        }
        return null;
    }

    private static EventCandidate? KeptAt(ArticleIndex index, EventCandidate killing, List<EventCandidate> events, int token)
    {
        foreach (var d in events)
        {
            if (!ReferenceEquals(d, killing) && d.First <= token && token < d.End && EventTypes.IsLethalViolence(d.Type) && (IsDeedNoun(index, d.First) || TypeRules.TypeCues.IsRemoteWord(index, d.First))
                && string.Equals(d.Modality, killing.Modality, StringComparison.Ordinal)
                && !(d.Date?.Value is { } dd && killing.Date?.Value is { } dk && !string.Equals(dd, dk, StringComparison.Ordinal)))
            {
                return d;
            }
        }
        return null;
    }
}
