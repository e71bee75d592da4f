using Marsad.Time;

namespace Marsad.Extraction;

/// <summary>
/// «قتل 33 شخصا في انفجار خمس سيارات مفخخة في بغداد وجنوبها» then «… تلقي مستشفى الكاظمية 17 قتيلا … في الانفجارين»;
/// «90 قتيلا سقطوا في 4 تفجيرات هزت دمشق» then «53 شخصا قتلوا في أقوى هذه التفجيرات، والذي وقع في حي المزرعة»: a toll
/// told of a counted series of deeds is a total over several happenings (docs/annotation.md 4.2), and when the telling
/// of one of them at a point of its own merges into the event that holds the total, the count its own sentence gives is
/// the event's toll, as the coders give the itemised happening its own dead. A count lent to the telling from another
/// sentence is not taken: it may be an earlier, superseded figure («وكانت الحصيلة السابقة اشارت الى مقتل 11 في الهجوم»).
/// </summary>
internal static partial class EventMerger
{
    /// <summary>The fewest deeds a count must name to make its toll a total (two at one place are one happening, 4.8).</summary>
    private const int SeveralDeeds = 3;

    private static bool TakesItemisedToll(ArticleIndex index, EventCandidate into, EventCandidate e) =>
        Numbered(e) is { } own && Numbered(into) is { } total && own.Count < total.Count
        && index.Token(own.First).Sentence != index.Token(total.First).Sentence && index.Token(own.First).Sentence == index.Token(e.First).Sentence
        && OwnPoint(e) is { } point && !string.Equals(point, OwnPoint(into), StringComparison.Ordinal)
        && CountsDeeds(index, total) && !CountsDeeds(index, own);

    /// <summary>A count of dead the text gives for the event: not the unnumbered 3, a vague floor or a share of it.</summary>
    private static FatalityMention? Numbered(EventCandidate e) =>
        e.FatalitySource is { Count: > 0, IsVague: false } m && !FatalityFinder.IsUnnumbered(m) && e.Fatalities == m.Count ? m : null;

    /// <summary>The gazetteer entry of a point the text names for the event (not the article's focus, a region or a country).</summary>
    private static string? OwnPoint(EventCandidate e) =>
        e.Place is { } p && e.PlaceSource is not ("focus" or "none") && p.Mention.Precision is not ("country" or "region") ? p.Mention.GazetteerId : null;

    /// <summary>
    /// The clause of the toll counts three or more deeds: a number right before a trigger («في 4 تفجيرات») or right after
    /// one («انفجار خمس سيارات مفخخة»), that no statement of dead reads («قتل 5 أشخاص» counts people).
    /// </summary>
    private static bool CountsDeeds(ArticleIndex index, FatalityMention toll)
    {
        var clause = index.ClauseOf(toll.First);
        for (var k = clause.First; k < clause.End; k++)
        {
            if (ArabicNumbers.Default.ReadAt(index.Text, k) is not { IsVague: false, Value: >= SeveralDeeds and < 1000 } n)
            {
                continue;
            }
            if ((index.IsTrigger(k - 1) || (n.End < clause.End && index.IsTrigger(n.End))) && !ReadAsDead(index, n))
            {
                return true;
            }
            k = n.End - 1;
        }
        return false;
    }

    private static bool ReadAsDead(ArticleIndex index, NumberReading n)
    {
        foreach (var m in index.AllFatalities)
        {
            if (m.First < n.End && n.First < m.End)
            {
                return true;
            }
        }
        return false;
    }
}
