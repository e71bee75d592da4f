using System.Globalization;

namespace Marsad.Extraction;

/// <summary>
/// «وقبل ذلك بيوم قتل ستة أشخاص في اشتباكات», «انفجار قنبلة على الخط … قبل ذلك بيوم»: «ذلك» points back at the deed
/// told just before, and the phrase dates the deed of its sentence that many days before (or after) that deed's day.
/// The rules dated such a deed by the news day (it has no date words of its own). The deed dated is the kept event of
/// the phrase's sentence nearest the phrase; the deed pointed at is the nearest kept event of an earlier sentence
/// with a day. Vocabulary: the that_day_offset phrases of data/lexicons/time_words.tsv. Run on the kept events
/// after every learned choice, as <see cref="DayAfter"/>, so no model feature moves.
/// </summary>
internal static class ThatDay
{
    public static void Redate(ArticleIndex index, IReadOnlyList<EventCandidate> kept)
    {
        var tokens = index.Text.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsWord || Time.TimeVocabulary.Default.ThatDayOffsetAt(index.Text, k) is not { } hit)
            {
                continue;
            }
            var sentence = index.SentenceOf(k);
            if (!NamesItsOwnDeed(index, k, hit.End) && Dated(index, kept, k, sentence) is { } first && Pointed(kept, sentence.First) is { } day)
            {
                var value = day.AddDays(-hit.Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var text = index.Text.TextOf(k, hit.End);
                foreach (var e in kept)
                {
                    if (e.First == first && e.Date is not null)
                    {
                        e.Date = new Output.DateRef(value, "day", text);
                    }
                }
            }
            k = hit.End - 1;
        }
    }

    /// <summary>
    /// «في اليوم التالي لوقوعه», «في اليوم نفسه لدخول أنقرة الحملة», «في نفس اليوم الذي جرى فيه الهجوم»: a day phrase
    /// of «اليوم» followed by a relative pronoun or a word glued to «ل» names the deed it counts from itself, not the
    /// deed told before. Only the phrases with «اليوم»: after «قبل ذلك بيوم» a «ل» word is as often the verb («لقي»).
    /// </summary>
    private static bool NamesItsOwnDeed(ArticleIndex index, int phrase, int end)
    {
        var tokens = index.Text.Tokens;
        var hasDay = false;
        for (var k = phrase; k < end; k++)
        {
            hasDay |= tokens[k].Norm is "اليوم";
        }
        if (!hasDay || end >= tokens.Count || !tokens[end].IsWord)
        {
            return false;
        }
        var next = tokens[end].Norm;
        return next is "الذي" or "التي" || (next.Length > 2 && next[0] == 'ل');
    }

    /// <summary>The trigger of the kept event of the sentence nearest the phrase at <paramref name="phrase"/>, or null.</summary>
    private static int? Dated(ArticleIndex index, IReadOnlyList<EventCandidate> kept, int phrase, Text.TextUnit sentence)
    {
        int? best = null;
        foreach (var e in kept)
        {
            if (e.First < sentence.First || e.First >= sentence.End || e.Modality is not ("asserted" or "negated"))
            {
                continue;
            }
            // A deed with date words of its own in its clause is dated by them.
            if (e.Date?.Text is not null && DateEnricher.Near(index, index.Dates, e.First) is { } own && index.Token(own.First).Clause == index.Token(e.First).Clause)
            {
                continue;
            }
            if (best is not { } b || Math.Abs(e.First - phrase) < Math.Abs(b - phrase))
            {
                best = e.First;
            }
        }
        return best;
    }

    /// <summary>The day of the nearest kept event told before <paramref name="before"/>, when it has one.</summary>
    private static DateOnly? Pointed(IReadOnlyList<EventCandidate> kept, int before)
    {
        EventCandidate? nearest = null;
        foreach (var e in kept)
        {
            if (e.First < before && (nearest is null || e.First > nearest.First))
            {
                nearest = e;
            }
        }
        return nearest?.Date is { Precision: "day", Value: { } value }
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }
}
