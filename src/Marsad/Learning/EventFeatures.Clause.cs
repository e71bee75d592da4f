using Marsad.Evaluation;
using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Learning;

/// <summary>
/// The signs of a recalled happening in the candidate's own clause (annotation.md 4.1): a date
/// the time stage resolved to more than 30 days before publication or to the last week, a year
/// before the publication year that it did not resolve («صيف 2014»), a recall phrase
/// («سبق أن», «العام الماضي», «في مثل هذا اليوم»: learning_words.tsv, role recall), a history
/// word or a condition in the clause, and the date written nearest the trigger in its sentence.
/// The clause, not the sentence or paragraph: a report often ends its sentence or paragraph on
/// background («… كما سيطر التنظيم على المدينة في حزيران 2014»), and s5-keep's sentence- and
/// paragraph-wide dates fired on the news told beside it.
/// </summary>
internal static partial class EventFeatures
{
    /// <summary>Days before publication past which a dated happening is background (annotation.md 4.1).</summary>
    private const int BackgroundDays = 30;

    /// <summary>Days before publication within which a date marks the news of the day.</summary>
    private const int RecentDays = 7;

    private const int FarBit = 1;
    private const int RecentBit = 2;
    private const int YearBeforeBit = 4;
    private const int RecallBit = 8;
    private const int HistoryBit = 16;
    private const int HypothesisBit = 32;

    private static readonly string[] ClauseNames =
        ["clause_date_far", "clause_date_recent", "clause_year_before", "clause_recall", "clause_history", "clause_hypothesis", "nearest_date_days_log"];

    /// <summary>Per clause, the signs of <see cref="ClauseNames"/> (FarBit … HypothesisBit); the word signs come from the learning-word scan of <see cref="DocumentSignals.Compute"/>.</summary>
    private static int[] ClauseDates(ArticleIndex index, int[] clauseSigns)
    {
        var text = index.Text;
        if (index.Context.Article.Published is not { } p)
        {
            return clauseSigns;
        }
        foreach (var d in index.Dates)
        {
            if (d.First >= text.Tokens.Count || DatePeriod.Parse(d.Value) is not { } period)
            {
                continue;
            }
            var clause = text.Tokens[d.First].Clause;
            var end = PeriodEnd(period);
            if (p.DayNumber - end.DayNumber > BackgroundDays)
            {
                clauseSigns[clause] |= FarBit;
            }
            else if (p.DayNumber - period.Start.DayNumber <= RecentDays && end.DayNumber >= p.DayNumber - RecentDays)
            {
                clauseSigns[clause] |= RecentBit;
            }
        }
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            var t = text.Tokens[i];
            if (t.Kind == TokenKind.Number && Year(t.Norm) is { } year && year >= 1900 && year < p.Year)
            {
                clauseSigns[t.Clause] |= YearBeforeBit;
            }
        }
        return clauseSigns;
    }

    /// <summary>The clause bits a learning word of <paramref name="role"/> sets.</summary>
    private static int ClauseBit(string role) => role switch
    {
        "recall" => RecallBit,
        "history" => HistoryBit,
        "hypothesis" => HypothesisBit,
        _ => 0,
    };

    private static void WriteClause(ArticleIndex index, EventCandidate e, DocumentSignals doc, Span<float> into, ref int k)
    {
        var text = index.Text;
        var token = text.Tokens[e.First];
        var signs = doc.ClauseSigns[token.Clause];
        into[k++] = (signs & FarBit) != 0 ? 1 : 0;
        into[k++] = (signs & RecentBit) != 0 ? 1 : 0;
        into[k++] = (signs & YearBeforeBit) != 0 ? 1 : 0;
        into[k++] = (signs & RecallBit) != 0 ? 1 : 0;
        into[k++] = (signs & HistoryBit) != 0 ? 1 : 0;
        into[k++] = (signs & HypothesisBit) != 0 ? 1 : 0;
        into[k++] = NearestDateDays(index, e, token.Sentence);
    }

    /// <summary>
    /// How many days before publication the date written nearest the trigger in its sentence ends
    /// (log; −1 for none or one after publication). A sentence can hold the news day and a
    /// recalled one; the nearer is more likely the trigger's.
    /// </summary>
    private static float NearestDateDays(ArticleIndex index, EventCandidate e, int sentence)
    {
        var text = index.Text;
        if (index.Context.Article.Published is not { } p)
        {
            return -1;
        }
        var bestDistance = int.MaxValue;
        var days = -1;
        foreach (var d in index.Dates)
        {
            if (d.First >= text.Tokens.Count || text.Tokens[d.First].Sentence != sentence || DatePeriod.Parse(d.Value) is not { } period)
            {
                continue;
            }
            var distance = d.End <= e.First ? e.First - d.End : d.First >= e.End ? d.First - e.End : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                days = p.DayNumber - PeriodEnd(period).DayNumber;
            }
        }
        return days < 0 ? -1 : (float)Math.Log(1 + days);
    }

    /// <summary>The last day of a date's period (a year's 31 December, a month's last day).</summary>
    private static DateOnly PeriodEnd(DatePeriod period) => period.Precision switch
    {
        "year" => period.Start.AddYears(1).AddDays(-1),
        "month" => period.Start.AddMonths(1).AddDays(-1),
        _ => period.Start,
    };

    /// <summary>A token of four digits (Western or Arabic-Indic) read as a year, or null.</summary>
    private static int? Year(string norm)
    {
        if (norm.Length != 4)
        {
            return null;
        }
        var year = 0;
        foreach (var c in norm)
        {
            if (!char.IsDigit(c))
            {
                return null;
            }
            year = (year * 10) + (int)char.GetNumericValue(c);
        }
        return year;
    }
}
