using Marsad.Ingestion;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>
/// One gold file (SPEC §5) as the scorer sees it: what the article should yield. Built by
/// <see cref="GoldLoader"/> from NAME.json, or by hand in tests.
/// </summary>
public sealed record GoldDocument
{
    /// <summary>The gold file's name without «.json»: the article's name in reports.</summary>
    public required string Name { get; init; }

    /// <summary>Publication date the article is read with; relative <c>when</c> values resolve against it.</summary>
    public DateOnly? Published { get; init; }

    public GoldMetadata Metadata { get; init; } = new();

    public IReadOnlyList<GoldPlace> Places { get; init; } = [];

    /// <summary>Actor ids the article names; any id is accepted, not only those of SPEC §3.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    public IReadOnlyList<GoldEvent> Events { get; init; } = [];

    /// <summary>The gold place an event names: exact name first, then the same name after normalization.</summary>
    public GoldPlace? FindPlace(string name)
    {
        foreach (var place in Places)
        {
            if (string.Equals(place.Name, name, StringComparison.Ordinal))
            {
                return place;
            }
        }
        var key = ArabicNormalizer.NormalizeKey(name).Trim();
        foreach (var place in Places)
        {
            if (string.Equals(ArabicNormalizer.NormalizeKey(place.Name).Trim(), key, StringComparison.Ordinal))
            {
                return place;
            }
        }
        return null;
    }
}

/// <summary>What ingestion should find: title, author, dateline, and page chrome that must not reach the body.</summary>
public sealed record GoldMetadata
{
    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Dateline { get; init; }

    public IReadOnlyList<string> Boilerplate { get; init; } = [];
}

/// <summary>A gold place: a point with a tolerance, or a whole country.</summary>
public sealed record GoldPlace
{
    public const double DefaultToleranceKm = 25;

    public required string Name { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public double TolKm { get; init; } = DefaultToleranceKm;

    /// <summary>ISO 3166 alpha-2 code when the place is a country; then Lat/Lon are not used.</summary>
    public string? Country { get; init; }

    public bool IsCountry => Country is not null;
}

/// <summary>A gold event: the SPEC §1 record, with place names from the gold places.</summary>
public sealed record GoldEvent
{
    /// <summary>The annotator's id (a number in the files), used only in reports.</summary>
    public string Id { get; init; } = "";

    public required string Type { get; init; }

    public required string Modality { get; init; }

    /// <summary>Null means the doer is unsaid, and then any system actor1 matches.</summary>
    public string? Actor1 { get; init; }

    public string? Actor2 { get; init; }

    /// <summary>Null means the event may be placed anywhere.</summary>
    public string? Place { get; init; }

    public IReadOnlyList<string> AlternativePlaces { get; init; } = [];

    public IReadOnlyList<string>? Route { get; init; }

    public GoldWhen? When { get; init; }

    /// <summary>Killed as stated; null when the article states none (then fatalities are not scored).</summary>
    public int? Fatalities { get; init; }

    /// <summary>Fair to find or to miss: never counts against recall, and a system event it takes never counts against precision.</summary>
    public bool Optional { get; init; }

    public string? Evidence { get; init; }

    /// <summary>The words inside <see cref="Evidence"/> that name the happening (the annotated corpus gives them; older gold does not).</summary>
    public string? Trigger { get; init; }

    public string? Note { get; init; }
}

/// <summary>
/// When a gold event happened: an absolute <c>date</c> (2015, 2015-01, 2015-01-20) with its
/// precision, or a <c>relative</c> value tied to the publication date (see docs/scoring.md).
/// </summary>
public sealed record GoldWhen
{
    public string? Date { get; init; }

    public string? Precision { get; init; }

    public string? Relative { get; init; }
}

/// <summary>A gold file together with the article it annotates, read as the pipeline will read it.</summary>
public sealed record GoldArticle(GoldDocument Gold, Article Article, string GoldPath);

/// <summary>A gold set that cannot be used as it stands; the message names the file.</summary>
public sealed class GoldFormatException(string message) : Exception(message);
