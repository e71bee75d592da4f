using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Store;

namespace Marsad.Export;

/// <summary>What <see cref="GoldExporter.Write"/> wrote.</summary>
public sealed record GoldExportStats(int Articles, int CoreEvents, int OptionalEvents, int RejectedEvents);

/// <summary>
/// Every article with at least one reviewed event, as a SPEC §5 gold file (NAME.json) beside its
/// text (NAME.txt), which <c>marsad eval</c> reads and <c>marsad train</c> learns from. A
/// confirmed or corrected event is a core gold event with the reviewer's values; a rejected one is
/// left out (the article then teaches that it is not an event); an event nobody reviewed in a
/// reviewed article is kept as optional, since no human vouched for it either way.
/// </summary>
public static class GoldExporter
{
    private static readonly JsonSerializerOptions Indented = MarsadJson.Indented;

    public static GoldExportStats Write(MarsadStore store, string directory)
    {
        Directory.CreateDirectory(directory);
        var latest = ReviewStore.LatestReviews(store);
        var reviewedHashes = latest.Keys.Select(k => k.Hash).ToHashSet(StringComparer.Ordinal);
        int articles = 0, core = 0, optional = 0, rejected = 0;
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hash in reviewedHashes.Order(StringComparer.Ordinal))
        {
            if (store.DocumentIdOf(hash) is not { } documentId || store.Article(documentId) is not { } article)
            {
                continue;
            }
            var name = FileName(article, usedNames);
            // The text file is read back the way eval reads it, and spans point into that body.
            var text = (article.Title is { Length: > 0 } title ? title + "\n\n" : string.Empty) + article.Body;
            File.WriteAllText(Path.Combine(directory, name + ".txt"), text, new UTF8Encoding(false));
            var reread = ArticleReader.Default.ReadString(text, name + ".txt").Body ?? string.Empty;

            var places = new JsonArray();
            var placeNames = new HashSet<string>(StringComparer.Ordinal);
            var actors = new SortedSet<string>(StringComparer.Ordinal);
            var events = new JsonArray();
            var n = 0;
            foreach (var (ordinal, mention) in store.Mentions(documentId))
            {
                latest.TryGetValue((hash, ordinal), out var review);
                if (review?.Status == "rejected")
                {
                    rejected++;
                    continue;
                }
                var v = review?.After;
                var type = v?.Type ?? mention.Type;
                var modality = v?.Modality ?? mention.Modality;
                var actor1 = v is null ? mention.Actor1?.Id : v.Actor1;
                var actor2 = v is null ? mention.Actor2?.Id : v.Actor2;
                var location = v is null ? mention.Location : v.LocationName is { } ln
                    ? new LocationRef { Name = ln, Lat = v.Lat, Lon = v.Lon, Country = v.Country, Admin1 = v.Admin1, GazetteerId = v.GazetteerId, Precision = v.LocationPrecision ?? "point" }
                    : null;
                var dateValue = v is null ? mention.Date.Value : v.DateValue;
                var datePrecision = v is null ? mention.Date.Precision : v.DatePrecision;
                var fatalities = v is null ? mention.Fatalities : v.Fatalities;
                foreach (var a in new[] { actor1, actor2 })
                {
                    if (a is not null)
                    {
                        actors.Add(a);
                    }
                }
                if (location is not null && placeNames.Add(location.Name))
                {
                    places.Add(location.Precision == "country" && location.Country is not null
                        ? new JsonObject { ["name"] = location.Name, ["country"] = location.Country }
                        : location.Lat is { } lat && location.Lon is { } lon
                            ? new JsonObject { ["name"] = location.Name, ["lat"] = lat, ["lon"] = lon, ["tol_km"] = location.Precision == "region" ? 75 : 25 }
                            : null);
                    if (places[^1] is null)
                    {
                        places.RemoveAt(places.Count - 1);
                        placeNames.Remove(location.Name);
                        location = null;
                    }
                }
                var (start, end) = Relocate(reread, mention.Evidence);
                var e = new JsonObject
                {
                    ["id"] = ++n,
                    ["type"] = type,
                    ["modality"] = modality,
                    ["actor1"] = actor1,
                    ["actor2"] = actor2,
                    ["place"] = location?.Name,
                    ["route"] = mention.Route is null ? null : new JsonArray([.. mention.Route.Select(r => (JsonNode?)r)]),
                    ["fatalities"] = fatalities,
                    ["evidence"] = mention.Evidence.Text,
                    ["evidence_start"] = start,
                    ["evidence_end"] = end,
                    ["trigger"] = null,
                    ["actor1_text"] = actor1 is null ? null : actor1 == mention.Actor1?.Id ? mention.Actor1?.Text : null,
                    ["actor2_text"] = actor2 is null ? null : actor2 == mention.Actor2?.Id ? mention.Actor2?.Text : null,
                    ["place_text"] = location?.Name,
                };
                if (dateValue is not null)
                {
                    e["when"] = new JsonObject { ["date"] = dateValue, ["precision"] = datePrecision, ["text"] = mention.Date.Text };
                }
                if (review is null)
                {
                    e["optional"] = true;
                    e["note"] = "not reviewed: the machine's event, kept as optional";
                    optional++;
                }
                else
                {
                    e["note"] = $"{review.Status} by {review.Reviewer} at {review.ReviewedAt}" + (review.Note is { Length: > 0 } note ? ": " + note : string.Empty);
                    core++;
                }
                events.Add(e);
            }
            var gold = new JsonObject
            {
                ["article"] = name + ".txt",
                ["origin"] = $"marsad export --format gold: reviewed events of document {article.Id} ({article.Source ?? "?"}{(article.ExternalId is null ? string.Empty : "#" + article.ExternalId)})",
                ["published"] = article.Published is { Length: >= 10 } p ? p[..10] : null,
                ["metadata"] = new JsonObject
                {
                    ["title"] = article.Title,
                    ["author"] = article.Author,
                    ["dateline"] = article.Dateline,
                    ["boilerplate"] = new JsonArray(),
                },
                ["places"] = places,
                ["actors"] = new JsonArray([.. actors.Select(a => (JsonNode?)a)]),
                ["events"] = events,
            };
            File.WriteAllText(Path.Combine(directory, name + ".json"), gold.ToJsonString(Indented) + "\n", new UTF8Encoding(false));
            articles++;
        }
        return new GoldExportStats(articles, core, optional, rejected);
    }

    /// <summary>The evidence's offsets in the body as eval will read it: the occurrence nearest the stored offset.</summary>
    private static (int? Start, int? End) Relocate(string body, Evidence evidence)
    {
        if (evidence.Start >= 0 && evidence.End <= body.Length
            && string.Equals(body[evidence.Start..evidence.End], evidence.Text, StringComparison.Ordinal))
        {
            return (evidence.Start, evidence.End);
        }
        int? best = null;
        for (var i = body.IndexOf(evidence.Text, StringComparison.Ordinal); i >= 0; i = body.IndexOf(evidence.Text, i + 1, StringComparison.Ordinal))
        {
            if (best is null || Math.Abs(i - evidence.Start) < Math.Abs(best.Value - evidence.Start))
            {
                best = i;
            }
        }
        return best is { } b ? (b, b + evidence.Text.Length) : (null, null);
    }

    private static string FileName(StoredArticle article, HashSet<string> used)
    {
        var stem = article.ExternalId ?? article.ContentHash[..12];
        var safe = new string([.. stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]).Trim('-');
        if (safe.Length == 0 || safe.Length > 80)
        {
            safe = article.ContentHash[..12];
        }
        var name = "reviewed-" + safe;
        for (var i = 2; !used.Add(name); i++)
        {
            name = "reviewed-" + safe + "-" + i.ToString(CultureInfo.InvariantCulture);
        }
        return name;
    }
}
