namespace Marsad.Extraction;

/// <summary>
/// «وأشار المرصد إلى ارتفاع العدد الإجمالي للقتلى إلى 3216 جراء غارات التحالف … منذ 23 أيلول 2014 وحتى فجر اليوم»,
/// «يرتفع إجمالي عدد القتلى … في هجمات يلقى باللوم فيها على الحزب إلى 60 منذ 20 يوليو»: a count that rises (or a total)
/// «منذ» a day over a week before the text sums the deeds of many days; the deed its clause names after the rise is the
/// counted cause, no happening of the news (docs/annotation.md 4.2 totals). The time stage reads «منذ» as the start of
/// what goes on, so the deed takes the news day and the keep model sees a dated, counted strike. A deed told before the
/// rise keeps its own clause («قتل المتمردون جنديين في هجومين، ليرتفع عدد القتلى منذ 20 يوليو إلى 21»: that day's
/// killing), and so does a verb after it that no relative pronoun ties to the count.
/// </summary>
public sealed partial class EventStage
{
    /// <summary>Tokens from the rising count to the deed it counts («ارتفاع العدد الاجمالي للقتلى إلى 3216 على الأقل جراء غارات»).</summary>
    private const int RunningTotalReach = 14;

    /// <summary>Days before the text past which the day «منذ» counts from makes the count sum many days, not one day's deed.</summary>
    private const int RunningSinceDays = 7;

    /// <summary>Tokens after «منذ» where the day it counts from may start («منذ 23 أيلول», «منذ يوم 20 يوليو»).</summary>
    private const int RunningSinceDate = 2;

    private static bool IsRunningTotalSince(ArticleIndex index, EventCandidate e, List<EventCandidate> candidates)
    {
        if (e.Modality == "negated" || index.Today is not { } today)
        {
            return false;
        }
        var sentence = index.SentenceOf(e.First);
        var rise = -1;
        for (var k = e.First - 1; k >= Math.Max(sentence.First, e.First - RunningTotalReach); k--)
        {
            if (index.IsRole(k, "risetotal", true))
            {
                rise = k;
                break;
            }
        }
        if (rise < 0 || !SinceLongBefore(index, rise + 1, sentence.End, today))
        {
            return false;
        }
        // A deed verb between the rise and the candidate, or the candidate itself a verb, tells a deed of its own
        // unless a relative pronoun ties it to the counted noun («هجمات يلقى باللوم فيها», «الغارات التي شنها»).
        var tied = false;
        for (var k = rise + 1; k <= e.First; k++)
        {
            if (index.IsRole(k, "relative"))
            {
                tied = true;
            }
            if (!tied && candidates.Exists(c => c.First == k && c.Trigger.IsVerb && c.Trigger.Tense == Lexicons.Tense.Past))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether «منذ» in [<paramref name="from"/>, <paramref name="end"/>) opens a date whose first day lies over <see cref="RunningSinceDays"/> before the text's.</summary>
    private static bool SinceLongBefore(ArticleIndex index, int from, int end, DateOnly today)
    {
        for (var k = from; k < end; k++)
        {
            if (index.IsRole(k, "since", true) && SinceDateBefore(index, k, end, today, RunningSinceDays))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the date right after «منذ» at <paramref name="since"/> («منذ 23 أيلول 2014», «منذ يوم 20 يوليو», «منذ 2013»)
    /// began over <paramref name="days"/> days before the text's day.
    /// </summary>
    private static bool SinceDateBefore(ArticleIndex index, int since, int end, DateOnly today, int days)
    {
        for (var s = since + 1; s < Math.Min(end, since + 1 + RunningSinceDate); s++)
        {
            if (DateStartingAt(index, s) is { Value: { } value } d
                && Time.DateExpression.StartOf(value, d.Precision) is { } first
                && today.DayNumber - first.DayNumber > days)
            {
                return true;
            }
        }
        return false;
    }
}
