using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration.Attributes;
using Marsad.Store;

namespace Marsad.Export;

/// <summary>One row of the ACLED-style CSV; the column names are ACLED's.</summary>
public sealed record AcledRow
{
    [Name("event_id_cnty")] public required string EventIdCnty { get; init; }
    [Name("event_date")] public string? EventDate { get; init; }
    [Name("year")] public int? Year { get; init; }
    [Name("time_precision")] public int TimePrecision { get; init; }
    [Name("event_type")] public required string EventType { get; init; }
    [Name("sub_event_type")] public string? SubEventType { get; init; }
    [Name("actor1")] public string? Actor1 { get; init; }
    [Name("actor2")] public string? Actor2 { get; init; }
    [Name("country")] public string? Country { get; init; }
    [Name("admin1")] public string? Admin1 { get; init; }
    [Name("location")] public string? Location { get; init; }
    [Name("latitude")] public double? Latitude { get; init; }
    [Name("longitude")] public double? Longitude { get; init; }
    [Name("geo_precision")] public int? GeoPrecision { get; init; }
    [Name("source")] public string? Source { get; init; }
    [Name("notes")] public string? Notes { get; init; }
    [Name("fatalities")] public int Fatalities { get; init; }
}

/// <summary>
/// ACLED-style CSV. Only asserted events of the ACLED-coded types (SPEC §2; AID, ACCUSE and
/// THREATEN are not ACLED events, and ACLED codes what happened, not plans or denials).
/// </summary>
public static class AcledCsvExporter
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
        "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    ];

    public static IEnumerable<AcledRow> Rows(IEnumerable<EventRow> events, ExportMapping? mapping = null, EnglishNames? english = null)
    {
        mapping ??= ExportMapping.Default;
        english ??= EnglishNames.Default;
        foreach (var e in events)
        {
            if (!string.Equals(e.Modality, "asserted", StringComparison.Ordinal))
            {
                continue;
            }
            var codes = mapping.Codes(e.Type, e.Actor1, e.EvidenceText);
            if (codes.AcledEventType is null)
            {
                continue;
            }
            yield return new AcledRow
            {
                EventIdCnty = IdPrefix(e.Country, english) + (e.Consolidated ? "C" : "M") + e.Id.ToString(CultureInfo.InvariantCulture),
                EventDate = e.DateStart,
                Year = e.DateStart is { Length: >= 4 } d ? int.Parse(d.AsSpan(0, 4), CultureInfo.InvariantCulture) : null,
                TimePrecision = e.DatePrecision switch { "day" => 1, "month" => 2, _ => 3 },
                EventType = codes.AcledEventType,
                SubEventType = codes.AcledSubEventType,
                Actor1 = e.Actor1,
                Actor2 = e.Actor2,
                // ACLED's codebook names countries, divisions and places in English; the Arabic
                // names the article used stay in the notes so nothing is lost.
                Country = english.Country(e.Country) ?? e.Country,
                Admin1 = english.Admin1(e.Country, e.Admin1) ?? e.Admin1,
                Location = english.Place(e.GazetteerId) ?? e.LocationName,
                Latitude = e.Lat,
                Longitude = e.Lon,
                GeoPrecision = e.LocationPrecision switch { "point" => 1, "region" => 2, "country" => 3, _ => null },
                Source = e.Sources,
                // ACLED's columns are fixed: a reviewed row says so in its notes.
                Notes = e.Review is { } review ? $"{Notes(e)} [{review} by {e.ReviewedBy}]" : Notes(e),
                // ACLED writes 0 when no deaths are reported.
                Fatalities = e.Fatalities ?? 0,
            };
        }
    }

    /// <summary>
    /// ACLED opens its ids with the country's ISO 3166-1 alpha-3 code («SYR1234»); the store holds
    /// alpha-2. An event with no country gets «XXX» (a code ISO leaves to users); a code the table
    /// does not know stays as stored rather than be guessed.
    /// </summary>
    internal static string IdPrefix(string? country, EnglishNames english) =>
        english.Alpha3(country) ?? (string.IsNullOrEmpty(country) ? "XXX" : country);

    private static string Notes(EventRow e)
    {
        var arabic = new List<string>();
        if (e.LocationName is { Length: > 0 } location)
        {
            arabic.Add($"location: {location}");
        }
        if (e.Admin1 is { Length: > 0 } admin1)
        {
            arabic.Add($"admin1: {admin1}");
        }
        return arabic.Count == 0 ? e.EvidenceText : $"{e.EvidenceText} [{string.Join("; ", arabic)}]";
    }

    public static int Write(IEnumerable<EventRow> events, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        var count = 0;
        csv.WriteHeader<AcledRow>();
        csv.NextRecord();
        foreach (var row in Rows(events))
        {
            csv.WriteRecord(row);
            csv.NextRecord();
            count++;
        }
        csv.Flush();
        return count;
    }
}
