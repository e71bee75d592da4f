using Marsad.Pipeline;

namespace Marsad.Extraction;

/// <summary>
/// «أن الجيش الحر استهدف طائرة مروحية كانت تحلق فوق الحي», «أعلنت الفرقة إسقاط طائرة استطلاع بعد استهدافها بالمضادات
/// الأرضية»: an aircraft that is the object of a deed of striking is its target. Firing at an aircraft is fighting it,
/// as a shoot-down is (annotation.md, decisions log: a downing is ASSAULT), not a strike made by aircraft or artillery.
/// </summary>
internal static partial class TypeRules
{
    /// <summary>Words between a verb's subject and the verb, and between the verb and its aircraft object.</summary>
    private const int ObjectReach = 2;

    /// <summary>
    /// Whether the aircraft word (event_words.tsv role aircraft) that <paramref name="e"/> names is its target: the object
    /// right after a verb whose armed subject, no aircraft, stands just before it (SVO: «الجيش الحر استهدف طائرة»; in VSO
    /// «استهدفت طائرات التحالف» the aircraft is the subject), or the pronoun on a verbal noun of its patient told after the
    /// aircraft was brought down in the clause («إسقاط طائرة … بعد استهدافها»).
    /// </summary>
    internal static bool AircraftTargeted(ArticleIndex index, EventCandidate e)
    {
        if (e.Trigger.IsVerb)
        {
            return e.Actor1 is { IsArmed: true } doer && doer.End <= e.First && e.First - doer.End <= ObjectReach
                && WordsBetween(index, doer.End, e.First) && !NamesAircraft(index, doer) && AircraftObjectAfter(index, e);
        }
        return e.Trigger.Genitive == "patient" && e.End == e.First + 1
            && index.Token(e.First).Norm.EndsWith("ها", StringComparison.Ordinal) && AircraftDownedBefore(index, e);
    }

    /// <summary>Whether only words stand between <paramref name="from"/> and <paramref name="to"/>: a stop or comma ends the subject's reach («… مقاتلو المعارضة. وأطلقت الطائرات»).</summary>
    private static bool WordsBetween(ArticleIndex index, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!index.Token(k).IsWord)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the first word after the verb, in its clause and with no preposition on it, names an aircraft.</summary>
    private static bool AircraftObjectAfter(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        var words = 0;
        for (var k = e.End; k < clause.End && words < ObjectReach; k++)
        {
            if (!index.Token(k).IsWord)
            {
                continue;
            }
            words++;
            if (TypeCues.Is(index, k, "aircraft"))
            {
                return HasBareReading(index, k);
            }
            if (index.ActorAt(k) is not null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether a reading of the token at <paramref name="k"/> finds the aircraft word with the article at most, no preposition.</summary>
    private static bool HasBareReading(ArticleIndex index, int k)
    {
        var token = index.Token(k);
        foreach (var reading in token.Segmentations)
        {
            if (index.Words.IsWholeWord(reading.Base, "aircraft") && !Text.CliticSegmenter.HasPreposition(token.Norm, reading))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether an aircraft word brought down («إسقاط طائرة», «أسقطوا مروحية») stands before <paramref name="e"/> in its clause.</summary>
    private static bool AircraftDownedBefore(ArticleIndex index, EventCandidate e)
    {
        var clause = index.ClauseOf(e.First);
        for (var k = clause.First; k < e.First; k++)
        {
            if (TypeCues.Is(index, k, "aircraft") && IsDowned(index, k))
            {
                return true;
            }
        }
        return false;
    }
}
