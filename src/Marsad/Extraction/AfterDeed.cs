namespace Marsad.Extraction;

/// <summary>
/// «وكانت الأجهزة الأمنية - عقب وقوع التفجير - ألقت القبض على السائق»: a deed told as what came right after a
/// definite deed noun («عقب/بعد/إثر التفجير») has no day of its own; the deed noun points back at the deed told
/// before it, and the deed that follows it is dated by that one's day, not by the news day. The earlier telling is
/// the nearest trigger of the noun's type in an earlier sentence; only when its own words date it.
/// </summary>
internal static class AfterDeed
{
    /// <summary>Tokens before the trigger, in its clause, where the «عقب» phrase may stand (a dash-set aside phrase and the subject between).</summary>
    private const int Reach = 12;

    /// <summary>The date of the earlier telling of the deed the event at <paramref name="trigger"/> follows, or null.</summary>
    internal static Time.DateExpression? EarlierDate(ArticleIndex index, int trigger)
    {
        var tokens = index.Text.Tokens;
        var clause = tokens[trigger].Clause;
        var sentence = index.SentenceOf(trigger);
        for (var k = trigger - 1; k >= 0 && k >= trigger - Reach && tokens[k].Clause == clause && k >= sentence.First; k--)
        {
            if (!tokens[k].IsWord || !IsAfterWord(index, tokens[k].Norm))
            {
                continue;
            }
            // «عقب التفجير», «عقب وقوع التفجير»: the definite deed noun right after the word, or behind a verbal noun of happening.
            var n = k + 1 < trigger && index.IsRole(k + 1, "happening") ? k + 2 : k + 1;
            return n <= trigger && index.TriggerTypeAt(n) is { } type && tokens[n].Segmentations.Count > 0 && tokens[n].Segmentations[0].HasArticle
                ? Told(index, type, sentence.First)
                : null;
        }
        return null;
    }

    /// <summary>«عقب», «وبعد», «إثر» alone: «بعدما», «بعد أن» open a clause of their own, no deed noun.</summary>
    private static bool IsAfterWord(ArticleIndex index, string norm) =>
        index.Words.IsWholeWord(norm, "after")
        || (Text.Proclitics.WithoutOne(norm, Text.Proclitics.Conjunctions, 2) is var bare && !ReferenceEquals(bare, norm) && index.Words.IsWholeWord(bare, "after"));

    /// <summary>The day the nearest earlier trigger of <paramref name="type"/> is dated by its own words: a day, not a year or a span.</summary>
    private static Time.DateExpression? Told(ArticleIndex index, string type, int before)
    {
        for (var t = before - 1; t >= 0; t--)
        {
            if (!string.Equals(index.TriggerTypeAt(t), type, StringComparison.Ordinal))
            {
                continue;
            }
            return DateEnricher.Near(index, index.Dates, t) is { Value: not null, OfReport: false, Precision: Time.DateExpression.Day } d ? d : null;
        }
        return null;
    }
}

/// <summary>The day of the deed an event is told to follow (<see cref="AfterDeed"/>), where the event has no date words of its own.</summary>
internal sealed class AfterDeedDateEnricher : IEventEnricher
{
    public void Enrich(ArticleIndex index, EventCandidate e)
    {
        if (e.Date is null && e.Modality is "asserted" or "negated" && AfterDeed.EarlierDate(index, e.First) is { } d)
        {
            // The words are the earlier deed's, not this one's: the text stays null, as for the news day.
            e.Date = new Output.DateRef(d.Value, d.Precision, null);
        }
    }
}
