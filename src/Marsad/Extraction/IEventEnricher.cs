namespace Marsad.Extraction;

/// <summary>Adds a field to a coded event from its surroundings (its date, its dead).</summary>
internal interface IEventEnricher
{
    void Enrich(ArticleIndex index, EventCandidate e);
}

internal static class EventEnrichers
{
    public static IEventEnricher[] Create() => [new DateEnricher(), new FatalityEnricher(), new PublicationDateEnricher()];
}

/// <summary>The date of the event: the governing date expression of its clause or sentence (SPEC §1 `date`).</summary>
internal sealed class DateEnricher : IEventEnricher
{
    private const int MaxDistance = 10;

    public void Enrich(ArticleIndex index, EventCandidate e)
    {
        var d = Time.DateExpressionFinder.ForEvent(index.Dates, index.Text, e.First);
        // A long sentence tells several happenings: a date far from the trigger and outside its clause dates another.
        if (d is not null && (index.Token(d.First).Clause == index.Token(e.First).Clause || Math.Abs(d.First - e.First) <= MaxDistance))
        {
            e.Date = new Output.DateRef(d.Value, d.Value is null ? "unknown" : d.Precision, d.Text);
        }
    }
}

/// <summary>
/// News tells what happened as of its day: an event reported as happened with no date of its own
/// takes the publication day, as ACLED codes reports, with no words behind it (text null). Plans,
/// predictions and possibilities keep no date.
/// </summary>
internal sealed class PublicationDateEnricher : IEventEnricher
{
    public void Enrich(ArticleIndex index, EventCandidate e)
    {
        if (e.Date?.Value is null && e.Modality is "asserted" or "negated" && index.Context.Article.Published is { } published)
        {
            e.Date = new Output.DateRef(published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "day", null);
        }
    }
}

/// <summary>The dead of the event, for the event types that kill.</summary>
internal sealed class FatalityEnricher : IEventEnricher
{
    public void Enrich(ArticleIndex index, EventCandidate e)
    {
        if (e.Type is not ("ASSAULT" or "REMOTE" or "ATTACK_CIVILIANS" or "CAPTURE"))
        {
            return;
        }
        var f = FatalityFinder.ForEvent(index.Fatalities, index.Text, e.First);
        if (f is not null)
        {
            e.Fatalities = f.Count;
        }
    }
}
