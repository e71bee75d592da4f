using System.Text.Json.Serialization;
using Marsad.Output;

namespace Marsad.Evaluation;

/// <summary>
/// Event counts of one article, group or set. Additive, so sums over articles give the
/// micro-averaged figures.
/// </summary>
public sealed record EventCounts(int System, int Core, int Optional, int MatchedCore, int MatchedOptional)
{
    public static EventCounts Zero { get; } = new(0, 0, 0, 0, 0);

    public int Tp => MatchedCore;

    /// <summary>System events that matched nothing: those that took an optional gold event are not errors.</summary>
    public int Fp => System - MatchedOptional - MatchedCore;

    public int Fn => Core - MatchedCore;

    /// <summary>Null when the system produced no countable event.</summary>
    public double? Precision => Tp + Fp == 0 ? null : (double)Tp / (Tp + Fp);

    /// <summary>Null when there is no core gold event.</summary>
    public double? Recall => Tp + Fn == 0 ? null : (double)Tp / (Tp + Fn);

    /// <summary>2tp / (2tp + fp + fn): the harmonic mean of P and R, and 0 (not undefined) when one of them is undefined and there are errors.</summary>
    public double? F1 => 2 * Tp + Fp + Fn == 0 ? null : 2.0 * Tp / (2 * Tp + Fp + Fn);

    public static EventCounts operator +(EventCounts a, EventCounts b) =>
        new(a.System + b.System, a.Core + b.Core, a.Optional + b.Optional, a.MatchedCore + b.MatchedCore, a.MatchedOptional + b.MatchedOptional);

    public static EventCounts Add(EventCounts a, EventCounts b) => a + b;
}

/// <summary>k out of n; additive.</summary>
public sealed record Fraction(int Hits, int Total)
{
    public static Fraction Zero { get; } = new(0, 0);

    public double? Value => Total == 0 ? null : (double)Hits / Total;

    public static Fraction operator +(Fraction a, Fraction b) => new(a.Hits + b.Hits, a.Total + b.Total);

    public static Fraction Add(Fraction a, Fraction b) => a + b;

    public override string ToString() => FormattableString.Invariant($"{Hits}/{Total}");
}

/// <summary>The four metadata checks of one article, with what was expected and found.</summary>
public sealed record MetadataScore(
    bool Title, bool Author, bool Dateline, bool Boilerplate,
    string? ExpectedTitle, string? FoundTitle,
    string? ExpectedAuthor, string? FoundAuthor,
    string? ExpectedDateline, string? FoundDateline,
    IReadOnlyList<string> BoilerplateInBody)
{
    public Fraction Checks => new((Title ? 1 : 0) + (Author ? 1 : 0) + (Dateline ? 1 : 0) + (Boilerplate ? 1 : 0), 4);
}

/// <summary>
/// What became of one gold event: the system event it took (index into the system's events),
/// and for a matched event the fatality and date checks (null when not scored).
/// </summary>
public sealed record GoldEventOutcome(
    GoldEvent Gold,
    int? SystemIndex,
    EventRecord? System,
    double? DistanceKm,
    bool? FatalitiesCorrect,
    bool? DateCorrect,
    string? DateExpected,
    IReadOnlyList<string> NearMisses)
{
    public bool Matched => SystemIndex is not null;
}

/// <summary>A system event that took no gold event.</summary>
public sealed record UnmatchedSystemEvent(int Index, EventRecord Event);

/// <summary>A gold place and the system place mention that found it, if any.</summary>
public sealed record PlaceOutcome(GoldPlace Gold, PlaceMention? FoundBy)
{
    public bool Found => FoundBy is not null;
}

/// <summary>Every score of one article.</summary>
public sealed record ArticleScore
{
    public required string Name { get; init; }

    public required EventCounts Events { get; init; }

    public required IReadOnlyDictionary<string, EventCounts> ByType { get; init; }

    public required IReadOnlyDictionary<string, EventCounts> ByModality { get; init; }

    public required Fraction Places { get; init; }

    public required Fraction Actors { get; init; }

    public required MetadataScore Metadata { get; init; }

    public required Fraction Fatalities { get; init; }

    public required Fraction Dates { get; init; }

    public required IReadOnlyList<GoldEventOutcome> GoldEvents { get; init; }

    public required IReadOnlyList<UnmatchedSystemEvent> UnmatchedSystemEvents { get; init; }

    public required IReadOnlyList<PlaceOutcome> PlaceOutcomes { get; init; }

    public required IReadOnlyList<string> MissingActors { get; init; }

    /// <summary>System place mentions that find no gold place: wrong resolutions, or places the gold does not list.</summary>
    public IReadOnlyList<PlaceMention> UnmatchedPlaceMentions { get; init; } = [];

    /// <summary>System actor ids the gold does not list.</summary>
    public IReadOnlyList<string> ExtraActors { get; init; } = [];

    /// <summary>Set when the pipeline failed on the article; then every system count is zero.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }
}

/// <summary>Scores of a gold set: per article, summed (micro-averaged), and broken down by type and modality.</summary>
public sealed record EvaluationReport
{
    public required IReadOnlyList<ArticleScore> Articles { get; init; }

    public required EventCounts Events { get; init; }

    public required IReadOnlyDictionary<string, EventCounts> ByType { get; init; }

    public required IReadOnlyDictionary<string, EventCounts> ByModality { get; init; }

    public required Fraction Places { get; init; }

    public required Fraction Actors { get; init; }

    public required Fraction Metadata { get; init; }

    public required Fraction Fatalities { get; init; }

    public required Fraction Dates { get; init; }

    public static EvaluationReport Sum(IReadOnlyList<ArticleScore> articles) => new()
    {
        Articles = articles,
        Events = articles.Aggregate(EventCounts.Zero, (s, a) => s + a.Events),
        ByType = SumGroups(articles.Select(a => a.ByType)),
        ByModality = SumGroups(articles.Select(a => a.ByModality)),
        Places = articles.Aggregate(Fraction.Zero, (s, a) => s + a.Places),
        Actors = articles.Aggregate(Fraction.Zero, (s, a) => s + a.Actors),
        Metadata = articles.Aggregate(Fraction.Zero, (s, a) => s + a.Metadata.Checks),
        Fatalities = articles.Aggregate(Fraction.Zero, (s, a) => s + a.Fatalities),
        Dates = articles.Aggregate(Fraction.Zero, (s, a) => s + a.Dates),
    };

    private static SortedDictionary<string, EventCounts> SumGroups(IEnumerable<IReadOnlyDictionary<string, EventCounts>> groups)
    {
        var sum = new SortedDictionary<string, EventCounts>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var (key, counts) in group)
            {
                sum[key] = sum.TryGetValue(key, out var s) ? s + counts : counts;
            }
        }
        return sum;
    }
}
