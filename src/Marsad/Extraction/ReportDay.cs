namespace Marsad.Extraction;

/// <summary>
/// The day a report is made is not the day of the happenings it tells (docs/events.md, "Dates and
/// tolls, eleventh step"): «نفذت 21 ضربة جوية … وفقا للبيان الذي أذيع اليوم الاثنين» after «نفذوا 29 ضربة
/// يوم الاحد»; «قال بيان … اليوم الجمعة إن … نفذوا 41 ضربة … أمس الخميس». A kept event of a
/// happening (a strike, a clash, an arrest, a protest…) whose date is the nearest expression of its
/// sentence that dates a statement (<see cref="Time.DateExpression.OfReport"/>) takes instead the
/// sentence's nearest other date, else the day the article's telling is set on
/// (<see cref="PublicationDateEnricher.NewsDay"/>, which passes over a report's today in its turn).
/// Statements themselves (ACCUSE, THREATEN, AGREE, SUPPORT, MOBILIZE) keep the report's day: it is theirs.
/// Run on the kept events only, after every learned choice, so no model feature moves.
/// </summary>
internal static class ReportDay
{
    public static void Redate(ArticleIndex index, IReadOnlyList<EventCandidate> kept)
    {
        List<Time.DateExpression>? told = null;
        foreach (var e in kept)
        {
            if (!Happening(e.Type) || e.Date?.Text is null)
            {
                continue;
            }
            var own = DateEnricher.Near(index, index.Dates, e.First);
            if (own is not { OfReport: true } || !string.Equals(own.Text, e.Date.Text, StringComparison.Ordinal))
            {
                continue;
            }
            told ??= [.. index.Dates.Where(d => !d.OfReport)];
            var other = DateEnricher.Near(index, told, e.First);
            if (other is not null)
            {
                e.Date = new Output.DateRef(other.Value, other.Value is null ? "unknown" : other.Precision, other.Text);
            }
            else if (e.Modality is "asserted" or "negated" && index.Today is { } published)
            {
                var day = PublicationDateEnricher.NewsDay(index, e.First, published) ?? published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                e.Date = new Output.DateRef(day, "day", null);
            }
        }
    }

    /// <summary>The types that are things done, not things said: a report's day does not date them.</summary>
    private static bool Happening(string type) =>
        type is "ASSAULT" or "REMOTE" or "ATTACK_CIVILIANS" or "CAPTURE" or "WITHDRAW" or "ARREST" or "PROTEST" or "BLOCKADE" or "REOPEN";
}
