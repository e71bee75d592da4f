using Marsad.Store;
using Parquet.Serialization;

namespace Marsad.Export;

/// <summary>One event as a flat Parquet row (column names as in the store).</summary>
public sealed class ParquetEventRow
{
    public string Id { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public string Modality { get; set; } = string.Empty;
    public string? Actor1 { get; set; }
    public string? Actor2 { get; set; }
    public string? Location { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public string? Country { get; set; }
    public string? Admin1 { get; set; }
    public string? GazetteerId { get; set; }
    public string? LocationPrecision { get; set; }
    public string? DateValue { get; set; }
    public string DatePrecision { get; set; } = "unknown";
    public string? DateStart { get; set; }
    public string? DateEnd { get; set; }
    public int? Fatalities { get; set; }
    public int? FatalitiesLow { get; set; }
    public int? FatalitiesHigh { get; set; }
    public double Confidence { get; set; }
    public int SourceCount { get; set; }
    public string? Sources { get; set; }
    public string Evidence { get; set; } = string.Empty;
}

/// <summary>Parquet (Parquet.Net), for analysis in pandas, R, DuckDB or Spark without a CSV parse.</summary>
public static class ParquetExporter
{
    public static int Write(IEnumerable<EventRow> events, Stream stream)
    {
        var rows = events.Select(e => new ParquetEventRow
        {
            Id = (e.Consolidated ? "C" : "M") + e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Type = e.Type,
            Modality = e.Modality,
            Actor1 = e.Actor1,
            Actor2 = e.Actor2,
            Location = e.LocationName,
            Lat = e.Lat,
            Lon = e.Lon,
            Country = e.Country,
            Admin1 = e.Admin1,
            GazetteerId = e.GazetteerId,
            LocationPrecision = e.LocationPrecision,
            DateValue = e.DateValue,
            DatePrecision = e.DatePrecision,
            DateStart = e.DateStart,
            DateEnd = e.DateEnd,
            Fatalities = e.Fatalities,
            FatalitiesLow = e.FatalitiesLow,
            FatalitiesHigh = e.FatalitiesHigh,
            Confidence = e.Confidence,
            SourceCount = e.DocumentCount,
            Sources = e.Sources,
            Evidence = e.EvidenceText,
        }).ToList();
        ParquetSerializer.SerializeAsync(rows, stream).GetAwaiter().GetResult();
        return rows.Count;
    }
}
