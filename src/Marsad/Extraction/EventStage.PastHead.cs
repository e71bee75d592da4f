namespace Marsad.Extraction;

/// <summary>
/// A deed set in a past year or season by its sentence's opening date or by a season in its clause: history
/// (docs/annotation.md 4.1: nothing more than 30 days old told as background is coded).
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens after the trigger where a past season of its clause may stand («سيطرت القوات على مدينة كركوك خلال الصيف الماضي»).</summary>
    private const int SeasonReach = 12;

    /// <summary>
    /// «وفي العام 2013 تبنت هذه المجموعة التي صنفتها واشنطن ارهابية هجوما انتحاريا على السفارة», «وفي أبريل 2011 لقي 34
    /// شخصا حتفهم … بعد أن هاجمتهم قوات الأمن», «وفي صيف 2014 سيطر التنظيم على المحافظة»: a date that opens its sentence
    /// is an adverb fronted over the whole sentence, so every deed of it is set then, across the relative and reported
    /// clauses <see cref="IsDatedLongBefore"/> stops at and however far the deed stands (the time stage dates a deed only
    /// within ten words, so the deed took the news day). When that period ended over 30 days before the text's day, the
    /// deed is history. A year alone counts here: a fronted year is the sentence's setting, not the span a deed was told
    /// over. Not when a date of the deed's own stands between («وفي 2014 … وأمس قصفت الطائرات»); «منذ» is no opening
    /// preposition (what still goes on since).
    /// </summary>
    private static bool IsUnderPastHead(ArticleIndex index, EventCandidate e)
    {
        if (e.Modality != "asserted" || index.Today is not { } today)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var k = sentence.First;
        while (k < e.First && !index.Token(k).IsWord)
        {
            k++;
        }
        if (k >= e.First)
        {
            return false;
        }
        var head = index.Words.IsWord(index.Text, k, "headtime") ? k + 1 : k;
        if (PastSeasonEnd(index, head, e.First, today) is { } seasonEnd)
        {
            return !DateIn(index, seasonEnd, e.First);
        }
        if ((DateStartingAt(index, head) ?? DateStartingAt(index, k)) is not { } d || d.End > e.First
            || PeriodLastDay(d) is not { } last || today.DayNumber - last.DayNumber <= NewsDays)
        {
            return false;
        }
        return !DateIn(index, d.End, e.First);
    }

    /// <summary>
    /// «وسيطرت القوات الكردية على مدينة كركوك خلال الصيف الماضي، حيث …»: a season «الماضي» (a year back, or more) or of a
    /// year before the text's, after the deed in its clause, is when it was done: history. The time stage reads no season.
    /// Not across another trigger or a date (the season then sets something else).
    /// </summary>
    private static bool IsInPastSeason(ArticleIndex index, EventCandidate e)
    {
        if (e.Modality != "asserted" || index.Today is not { } today)
        {
            return false;
        }
        var clause = index.ClauseOf(e.First);
        for (var k = e.End; k < Math.Min(clause.End, e.End + SeasonReach); k++)
        {
            if (index.Words.IsWord(index.Text, k, "headtime") && PastSeasonEnd(index, k + 1, clause.End, today) is not null)
            {
                return true;
            }
            if (index.IsTrigger(k) || StartsDate(index, k))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// The end of a past season starting at <paramref name="k"/> («الصيف الماضي», «صيف 2014» with the year before the
    /// text's), or null.
    /// </summary>
    private static int? PastSeasonEnd(ArticleIndex index, int k, int end, DateOnly today)
    {
        if (k + 1 >= end || !index.Token(k).IsWord || !index.Words.IsWord(index.Text, k, "season"))
        {
            return null;
        }
        var next = index.Token(k + 1);
        if (next.IsWord && index.Words.IsWholeWord(next.Norm, "pastmark"))
        {
            return k + 2;
        }
        return next.Kind == Text.TokenKind.Number && next.Norm.Length == 4
            && int.TryParse(next.Norm, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year < today.Year ? k + 2 : null;
    }

    /// <summary>The date expression that starts at the token, or null (dates are in text order: bisection, asked per token of a window).</summary>
    private static Time.DateExpression? DateStartingAt(ArticleIndex index, int token)
    {
        var dates = index.Dates;
        var d = Text.Ordered.LowerBound(dates, token, static x => x.First);
        return d < dates.Count && dates[d].First == token ? dates[d] : null;
    }

    /// <summary>The last day of the day, month or year a date's value names.</summary>
    private static DateOnly? PeriodLastDay(Time.DateExpression d) =>
        d.Value is not { } value ? null
        : d.Precision == Time.DateExpression.Year
            ? int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is > 0 and < 9999
                ? new DateOnly(year, 12, 31) : null
        : LastDay(value, d.Precision);
}
