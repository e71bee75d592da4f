using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Ingestion;

namespace Marsad.Evaluation;

/// <summary>
/// Reads a gold directory: every NAME.json in it (not in subdirectories), each with its article,
/// found either beside the file (<c>"article": "NAME.txt"</c>, text or HTML) or in a shared news
/// corpus (<c>"article_ref": {"corpus": "data/news/FILE.jsonl", "id": "…"}</c>).
/// </summary>
public sealed class GoldLoader(string sharedRoot)
{
    /// <summary>The SPEC §2 event types; a gold event with another type is a typo, not a new type.</summary>
    public static IReadOnlySet<string> EventTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ASSAULT", "REMOTE", "CAPTURE", "WITHDRAW", "MOBILIZE", "BLOCKADE", "REOPEN", "AGREE",
        "ATTACK_CIVILIANS", "ARREST", "PROTEST", "SUPPORT", "AID", "ACCUSE", "THREATEN",
    };

    public static IReadOnlySet<string> Modalities { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "asserted", "intended", "predicted", "possible", "negated",
    };

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // Corpus lines by id, per corpus file: several gold files usually point into one corpus.
    private readonly Dictionary<string, Dictionary<string, string>> corpora = new(StringComparer.Ordinal);

    public string SharedRoot { get; } = sharedRoot;

    /// <summary>
    /// Loads every gold file of <paramref name="directory"/>, sorted by name. Throws
    /// <see cref="GoldFormatException"/> listing every bad file, or <see cref="IOException"/>
    /// when the directory itself cannot be read.
    /// </summary>
    public IReadOnlyList<GoldArticle> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: no such directory");
        }
        var files = Directory.GetFiles(directory, "*.json")
            .Where(f => string.Equals(Path.GetExtension(f), ".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var loaded = new List<GoldArticle>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            try
            {
                loaded.Add(LoadFile(file));
            }
            catch (GoldFormatException e)
            {
                errors.Add(e.Message);
            }
        }
        if (errors.Count > 0)
        {
            throw new GoldFormatException(string.Join(Environment.NewLine, errors));
        }
        return loaded;
    }

    /// <summary>One gold file and its article; every error message starts with the file's path.</summary>
    public GoldArticle LoadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"{path}: cannot read: {e.Message}");
        }
        var name = Path.GetFileNameWithoutExtension(path);
        var (gold, file) = Parse(json, name, path);
        Article article;
        if (file.Article is { } articleName)
        {
            article = ReadBesideFile(path, articleName, gold.Published);
        }
        else if (file.ArticleRef is { } reference)
        {
            article = ReadFromCorpus(path, reference, gold.Published);
        }
        else
        {
            throw new GoldFormatException($"{path}: names no article (\"article\" or \"article_ref\")");
        }
        return new GoldArticle(gold, article, path);
    }

    /// <summary>Parses and checks a gold file's JSON; <paramref name="path"/> only labels errors.</summary>
    public static GoldDocument ParseDocument(string json, string name, string? path = null) => Parse(json, name, path ?? name).Gold;

    private static (GoldDocument Gold, GoldFile File) Parse(string json, string name, string path)
    {
        GoldFile? file;
        try
        {
            file = JsonSerializer.Deserialize<GoldFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new GoldFormatException($"{path}: not a valid gold file: {e.Message}");
        }
        if (file is null)
        {
            throw new GoldFormatException($"{path}: empty gold file");
        }
        DateOnly? published = null;
        if (file.Published is { } p)
        {
            published = DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new GoldFormatException($"{path}: \"published\" must be YYYY-MM-DD or null, not '{p}'");
        }
        var places = new List<GoldPlace>();
        foreach (var place in file.Places ?? [])
        {
            if (string.IsNullOrWhiteSpace(place.Name))
            {
                throw new GoldFormatException($"{path}: a place has no name");
            }
            if (place.Country is null && (place.Lat is null || place.Lon is null))
            {
                throw new GoldFormatException($"{path}: place '{place.Name}' has neither lat/lon nor country");
            }
            places.Add(new GoldPlace
            {
                Name = place.Name,
                Lat = place.Lat,
                Lon = place.Lon,
                TolKm = place.TolKm ?? GoldPlace.DefaultToleranceKm,
                Country = place.Country,
            });
        }
        var gold = new GoldDocument
        {
            Name = name,
            Published = published,
            Metadata = new GoldMetadata
            {
                Title = file.Metadata?.Title,
                Author = file.Metadata?.Author,
                Dateline = file.Metadata?.Dateline,
                Boilerplate = file.Metadata?.Boilerplate ?? [],
            },
            Places = places,
            Actors = file.Actors ?? [],
        };
        var events = new List<GoldEvent>();
        var index = 0;
        foreach (var e in file.Events ?? [])
        {
            index++;
            var id = e.Id is { } raw ? (raw.ValueKind == JsonValueKind.String ? raw.GetString()! : raw.GetRawText()) : index.ToString(CultureInfo.InvariantCulture);
            var label = $"{path}: event {id}";
            if (e.Type is null || !EventTypes.Contains(e.Type))
            {
                throw new GoldFormatException($"{label}: unknown type '{e.Type}'");
            }
            if (e.Modality is null || !Modalities.Contains(e.Modality))
            {
                throw new GoldFormatException($"{label}: unknown modality '{e.Modality}'");
            }
            foreach (var placeName in (e.Place is null ? [] : new[] { e.Place }).Concat(e.AlternativePlaces ?? []))
            {
                if (gold.FindPlace(placeName) is null)
                {
                    throw new GoldFormatException($"{label}: unknown place '{placeName}' (not in \"places\")");
                }
            }
            if (e.When?.Date is { } date && DatePeriod.Parse(date) is null)
            {
                throw new GoldFormatException($"{label}: when.date must be YYYY, YYYY-MM or YYYY-MM-DD, not '{date}'");
            }
            // SPEC §1 dates may be of unknown precision: such a gold date is not checked, but it is valid.
            if (e.When?.Precision is { } precision && DatePeriod.Rank(precision) is null && !string.Equals(precision, "unknown", StringComparison.Ordinal))
            {
                throw new GoldFormatException($"{label}: when.precision must be day, month, year or unknown, not '{precision}'");
            }
            events.Add(new GoldEvent
            {
                Id = id,
                Type = e.Type,
                Modality = e.Modality,
                Actor1 = e.Actor1,
                Actor2 = e.Actor2,
                Place = e.Place,
                AlternativePlaces = e.AlternativePlaces ?? [],
                Route = e.Route,
                When = e.When is null ? null : new GoldWhen { Date = e.When.Date, Precision = e.When.Precision, Relative = e.When.Relative },
                Fatalities = e.Fatalities,
                Optional = e.Optional,
                Evidence = e.Evidence,
                Trigger = e.Trigger,
                Note = e.Note,
            });
        }
        return (gold with { Events = events }, file);
    }

    private static Article ReadBesideFile(string goldPath, string articleName, DateOnly? published)
    {
        var articlePath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(goldPath))!, articleName);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(articlePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"{goldPath}: article '{articleName}' cannot be read: {e.Message}");
        }
        try
        {
            return ArticleReader.Default.ReadBytes(bytes, articlePath, published);
        }
        catch (UndecodableInputException e)
        {
            throw new GoldFormatException($"{goldPath}: article '{articleName}': {e.Message}");
        }
    }

    private Article ReadFromCorpus(string goldPath, ArticleRefDto reference, DateOnly? published)
    {
        if (string.IsNullOrWhiteSpace(reference.Corpus) || reference.Id is null)
        {
            throw new GoldFormatException($"{goldPath}: \"article_ref\" needs \"corpus\" and \"id\"");
        }
        var id = reference.Id.Value.ValueKind == JsonValueKind.String ? reference.Id.Value.GetString()! : reference.Id.Value.GetRawText();
        var corpusPath = Path.GetFullPath(Path.Combine(SharedRoot, reference.Corpus));
        if (!corpora.TryGetValue(corpusPath, out var lines))
        {
            lines = IndexCorpus(goldPath, corpusPath);
            corpora[corpusPath] = lines;
        }
        if (!lines.TryGetValue(id, out var line))
        {
            throw new GoldFormatException($"{goldPath}: article_ref id '{id}' not found in {corpusPath}");
        }
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var source = $"{reference.Corpus}#{id}";
        var text = GetString(root, "text");
        var html = GetString(root, "html");
        if (text is null && html is null)
        {
            throw new GoldFormatException($"{goldPath}: article_ref '{id}' has no \"text\" or \"html\" in {corpusPath}");
        }
        var article = text is not null
            ? ArticleReader.Default.ReadString(text, source, published, GetString(root, "title"), GetString(root, "author"))
            : ArticleReader.Default.ReadString(html!, source, published);
        return article with { Id = id };
    }

    private static Dictionary<string, string> IndexCorpus(string goldPath, string corpusPath)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var line in File.ReadLines(corpusPath))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                // Only the id is needed now; the rest of the line is parsed for the few lines a gold set uses.
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id))
                {
                    index.TryAdd(id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText(), line);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"{goldPath}: corpus {corpusPath} cannot be read: {e.Message}");
        }
        catch (JsonException e)
        {
            throw new GoldFormatException($"{goldPath}: corpus {corpusPath} is not JSON Lines: {e.Message}");
        }
        return index;
    }

    private static string? GetString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    // The file as written; converted to the Gold* records after checks.
    private sealed class GoldFile
    {
        public string? Article { get; init; }

        public ArticleRefDto? ArticleRef { get; init; }

        public string? Published { get; init; }

        public MetadataDto? Metadata { get; init; }

        public List<PlaceDto>? Places { get; init; }

        public List<string>? Actors { get; init; }

        public List<EventDto>? Events { get; init; }
    }

    private sealed class ArticleRefDto
    {
        public string? Corpus { get; init; }

        public JsonElement? Id { get; init; }
    }

    private sealed class MetadataDto
    {
        public string? Title { get; init; }

        public string? Author { get; init; }

        public string? Dateline { get; init; }

        public List<string>? Boilerplate { get; init; }
    }

    private sealed class PlaceDto
    {
        public string? Name { get; init; }

        public double? Lat { get; init; }

        public double? Lon { get; init; }

        public double? TolKm { get; init; }

        public string? Country { get; init; }
    }

    private sealed class EventDto
    {
        public JsonElement? Id { get; init; }

        public string? Type { get; init; }

        public string? Modality { get; init; }

        public string? Actor1 { get; init; }

        public string? Actor2 { get; init; }

        public string? Place { get; init; }

        public List<string>? AlternativePlaces { get; init; }

        public List<string>? Route { get; init; }

        public WhenDto? When { get; init; }

        public int? Fatalities { get; init; }

        public bool Optional { get; init; }

        public string? Evidence { get; init; }

        public string? Trigger { get; init; }

        public string? Note { get; init; }
    }

    private sealed class WhenDto
    {
        public string? Date { get; init; }

        public string? Precision { get; init; }

        public string? Relative { get; init; }
    }
}

/// <summary>A SPEC date value (2016, 2016-02, 2016-02-23) as the first day of its period and its precision.</summary>
public readonly record struct DatePeriod(DateOnly Start, string Precision)
{
    /// <summary>year 1, month 2, day 3; null for anything else («unknown»).</summary>
    public static int? Rank(string precision) => precision switch
    {
        "year" => 1,
        "month" => 2,
        "day" => 3,
        _ => null,
    };

    public static DatePeriod? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var inv = CultureInfo.InvariantCulture;
        if (value.Length == 4 && DateOnly.TryParseExact(value + "-01-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var y))
        {
            return new DatePeriod(y, "year");
        }
        if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var m))
        {
            return new DatePeriod(m, "month");
        }
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", inv, DateTimeStyles.None, out var d))
        {
            return new DatePeriod(d, "day");
        }
        return null;
    }

    /// <summary>The period's text cut to a precision: 2016-02-23 at month is 2016-02.</summary>
    public string Format(string precision) => precision switch
    {
        "year" => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        "month" => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
