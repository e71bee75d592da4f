using System.Globalization;
using System.Text.Json;

namespace Marsad.Ingestion;

/// <summary>
/// The publication day of a JSON Lines record. Batch feeds rarely say «published»: crawlers write
/// when they fetched the page (crawled_at, date_extracted), other tools write date or
/// published_at. A fetch of a news feed is within a day or two of publication, which is close
/// enough to resolve «أمس» and to tell this week's news from history; the field a date came from
/// is kept so that a user can tell a stated date from a crawl date.
/// </summary>
public static class PublicationDate
{
    /// <summary>The fields read, most authoritative first.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["published", "published_at", "date", "date_extracted", "crawled_at"];

    /// <summary>
    /// The first field holding a date (its first ten characters YYYY-MM-DD, so timestamps pass),
    /// with the field's name; (null, null) when none does. A «published» that is not a date is an
    /// error, since the caller said it was one; another field that is not a date is passed over.
    /// </summary>
    public static (DateOnly? Date, string? Field) Read(JsonElement record)
    {
        foreach (var field in Fields)
        {
            if (!record.TryGetProperty(field, out var v) || v.ValueKind != JsonValueKind.String || v.GetString() is not { } text)
            {
                continue;
            }
            if (text.Length >= 10 && DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return (d, field);
            }
            if (string.Equals(field, "published", StringComparison.Ordinal))
            {
                throw new FormatException($"\"published\" is not YYYY-MM-DD: '{text}'");
            }
        }
        return (null, null);
    }
}
