using System.Text.Json.Serialization;

namespace Marsad.Output;

/// <summary>The extractor's output for one article (SPEC §4).</summary>
public sealed record ExtractionResult
{
    public required DocumentInfo Document { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    public List<EventRecord> Events { get; init; } = [];

    public List<PlaceMention> Places { get; init; } = [];

    public List<ActorMention> Actors { get; init; } = [];
}

public sealed record DocumentInfo
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    public string? Source { get; init; }

    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Dateline { get; init; }

    /// <summary>ISO date, or null when unknown.</summary>
    public string? Published { get; init; }

    /// <summary>What the publication date was read from («--published», «crawled_at», «date_extracted», «page»…); absent when unknown.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PublishedSource { get; init; }

    [JsonConverter(typeof(LongStringConverter))]
    public string? Body { get; init; }
}

/// <summary>One event (SPEC §1).</summary>
public sealed record EventRecord
{
    public required string Type { get; init; }

    public required string Modality { get; init; }

    public ActorRef? Actor1 { get; init; }

    public ActorRef? Actor2 { get; init; }

    public LocationRef? Location { get; init; }

    public IReadOnlyList<string>? Route { get; init; }

    public DateRef Date { get; init; } = DateRef.Unknown;

    public int? Fatalities { get; init; }

    public required Evidence Evidence { get; init; }

    public string? Attribution { get; init; }

    public double Confidence { get; init; }
}

public sealed record ActorRef(string Id, string? Text);

public sealed record LocationRef
{
    public required string Name { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string? Country { get; init; }

    public string? Admin1 { get; init; }

    public string? GazetteerId { get; init; }

    /// <summary>point, region or country.</summary>
    public required string Precision { get; init; }

    /// <summary>0..1: how sure recognition is of the place (the mention's confidence; for the article's focus, its share of the article's places and actors).</summary>
    public double? Confidence { get; init; }

    /// <summary>Where a resolved mention is: SPEC §1 gives the name as the article writes it; the gazetteer's own name is behind gazetteer_id.</summary>
    internal static LocationRef From(PlaceMention m) => new()
    {
        Name = m.Text,
        Lat = m.Lat,
        Lon = m.Lon,
        Country = m.Country,
        Admin1 = m.Admin1,
        GazetteerId = m.GazetteerId,
        Precision = m.Precision,
        Confidence = m.Confidence,
    };
}

public sealed record DateRef(string? Value, string Precision, string? Text)
{
    public static DateRef Unknown { get; } = new(null, "unknown", null);
}

public sealed record Evidence(int Start, int End, string Text);

public sealed record PlaceMention
{
    public required string Text { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    public required string Name { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string? Country { get; init; }

    public string? Admin1 { get; init; }

    public string? GazetteerId { get; init; }

    public required string Precision { get; init; }

    /// <summary>0..1: how sure recognition is that these words name this place (the rules' and the tagger's evidence over the threshold).</summary>
    public double? Confidence { get; init; }
}

public sealed record ActorMention(string Text, int Start, int End, string Id);
