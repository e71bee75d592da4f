using System.Globalization;

namespace Marsad.Extraction;

/// <summary>
/// A happening named as what something came after («وذلك بعد يومين على هجوم انتحاري أوقع 32 قتيلا»,
/// «بعد يوم من مقتل ستة أشخاص في اشتباكات», «بعد يوم من إعلانها استعادة السيطرة على قرى») happened
/// that many days before the day its sentence is told on. The rules dated such an event by the
/// sentence's day (its own date words before the phrase, or the day the article is set on), so a
/// recalled attack took the day of the statement that recalls it (docs/events.md, "Fifteenth step").
/// Vocabulary: the day_after phrases of data/lexicons/time_words.tsv. Run on the kept events after
/// every learned choice, so no model feature moves.
/// </summary>
internal static class DayAfter
{
    /// <summary>Words between the phrase and the trigger it governs: «بعد يوم من إعلانها استعادة», «بعد يوم من مقتل ستة أشخاص في اشتباكات».</summary>
    private const int Reach = 4;

    public static void Redate(ArticleIndex index, IReadOnlyList<EventCandidate> kept)
    {
        foreach (var e in kept)
        {
            if (e.Date is not { Precision: "day", Value: { } value }
                || !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || Governing(index, e.First, e.Reading.Prefix > 0) is not { } phrase)
            {
                continue;
            }
            // Date words of the event's own clause after the phrase («بعد يومين على هجوم الأحد») are its own day.
            if (DateEnricher.Near(index, index.Dates, e.First) is { } own && own.First >= phrase.First
                && index.Token(own.First).Clause == index.Token(e.First).Clause)
            {
                continue;
            }
            var words = index.Text.TextOf(phrase.First, phrase.End);
            if (phrase.Few)
            {
                // «بعد أيام من غارة»: some days before, how many is not told. The same deed told with a day of its
                // own elsewhere in the text («الغارة التي شنها الطيران الاسرائيلي الاربعاء») gives that day; else
                // only the month of the fewest days back is known (as «الأسبوع الماضي» gives a month).
                e.Date = ToldDay(kept, e, day, phrase.Days)
                    ?? new Output.DateRef(day.AddDays(-phrase.Days).ToString("yyyy-MM", CultureInfo.InvariantCulture), "month", words);
                continue;
            }
            var shifted = day.AddDays(-phrase.Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            e.Date = new Output.DateRef(shifted, "day", words);
        }
    }

    /// <summary>Longest a few days («أيام») can reach back: past two weeks a writer says «أسابيع».</summary>
    private const int FewDaysReach = 14;

    /// <summary>
    /// The day of another kept event of <paramref name="e"/>'s type dated by its own words, at least
    /// <paramref name="fewest"/> and at most <see cref="FewDaysReach"/> days before <paramref name="day"/>:
    /// the deed a «بعد أيام من» recalls, told again with its day; the nearest in the text when several are.
    /// </summary>
    private static Output.DateRef? ToldDay(IReadOnlyList<EventCandidate> kept, EventCandidate e, DateOnly day, int fewest)
    {
        EventCandidate? best = null;
        foreach (var o in kept)
        {
            if (ReferenceEquals(o, e) || !string.Equals(o.Type, e.Type, StringComparison.Ordinal)
                || o.Date is not { Precision: "day", Value: { } v, Text: not null }
                || !DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                || day.DayNumber - d.DayNumber < fewest || day.DayNumber - d.DayNumber > FewDaysReach)
            {
                continue;
            }
            if (best is null || Math.Abs(o.First - e.First) < Math.Abs(best.First - e.First))
            {
                best = o;
            }
        }
        return best?.Date;
    }

    /// <summary>
    /// The day_after phrase that governs the trigger at <paramref name="trigger"/>: ending at most a few words
    /// before it, in its clause, with no punctuation and no word joined by «و» from the phrase's end to the trigger
    /// (<paramref name="triggerPrefixed"/>: the trigger was read with a proclitic).
    /// </summary>
    internal static (int First, int End, int Days, bool Few)? Governing(ArticleIndex index, int trigger, bool triggerPrefixed)
    {
        var tokens = index.Text.Tokens;
        var clause = tokens[trigger].Clause;
        // The shortest phrase is three words, so one that governs starts at most Reach + 3 words before the trigger.
        for (var k = trigger - 1; k >= 0 && k >= trigger - Reach - 3; k--)
        {
            if (tokens[k].Clause != clause || tokens[k].Kind == Text.TokenKind.Punctuation)
            {
                return null;
            }
            var counted = Time.TimeVocabulary.Default.DayAfterAt(index.Text, k);
            var few = counted is null;
            if ((counted ?? Time.TimeVocabulary.Default.FewDaysAfterAt(index.Text, k)) is not { } found
                || found.End > trigger || trigger - found.End > Reach)
            {
                continue;
            }
            // «بعد أيام من القتال», «بعد أسبوعين من القصف»: after days of fighting, which lasted up to the sentence's
            // day; its day stands. One day is too short a span for that reading: «بعد يوم من اشتباكات» is a day after.
            if (found.Days > 1 && Time.TimeVocabulary.Default.IsLastingNounAt(index.Text, found.End))
            {
                return null;
            }
            // «بعد اسبوع من اعمال عنف سقط فيها قتلى واتهمت السلطات»: a word joined by «و» opens another
            // clause, whose happening is told for itself; the phrase governs only the words right after it.
            if (triggerPrefixed && tokens[trigger].Norm[0] == 'و')
            {
                return null;
            }
            for (var w = found.End; w < trigger; w++)
            {
                if (Conjoined(tokens[w]))
                {
                    return null;
                }
            }
            return (k, found.End, found.Days, few);
        }
        return null;
    }

    internal static bool Conjoined(Text.Token token) => token.Norm.Length > 1 && token.Norm[0] == 'و' && token.Segmentations.Any(r => r.Prefix > 0);
}
