namespace Marsad.Ingestion;

/// <summary>
/// One article after ingestion: metadata read from the page or the text, and the cleaned body
/// that every offset of every later stage points into.
/// </summary>
public sealed record Article
{
    /// <summary>Caller's id (JSON Lines input), else null.</summary>
    public string? Id { get; init; }

    /// <summary>Where it came from: a path, «-» for stdin, or a URL.</summary>
    public required string Source { get; init; }

    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Dateline { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from: «--published», a JSON Lines field («crawled_at»…), the page; null when unknown.</summary>
    public string? PublishedSource { get; init; }

    /// <summary>The cleaned body: boilerplate, title and byline lines removed; paragraphs kept.</summary>
    public required string Body { get; init; }
}
