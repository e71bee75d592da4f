using System.Text.Json;
using Marsad.Output;
using Marsad.Store;

namespace Marsad.Export;

/// <summary>A GeoJSON FeatureCollection of the events that have coordinates (RFC 7946: lon, lat).</summary>
public static class GeoJsonExporter
{
    public static int Write(IEnumerable<EventRow> events, Stream stream)
    {
        var count = 0;
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = MarsadJson.Compact.Encoder, Indented = false });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        foreach (var e in events)
        {
            if (e.Lat is not { } lat || e.Lon is not { } lon)
            {
                continue;
            }
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", (e.Consolidated ? "C" : "M") + e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(lon);
            json.WriteNumberValue(lat);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("type", e.Type);
            json.WriteString("modality", e.Modality);
            json.WriteString("actor1", e.Actor1);
            json.WriteString("actor2", e.Actor2);
            json.WriteString("location", e.LocationName);
            json.WriteString("country", e.Country);
            json.WriteString("admin1", e.Admin1);
            json.WriteString("precision", e.LocationPrecision);
            json.WriteString("date", e.DateValue);
            json.WriteString("date_precision", e.DatePrecision);
            PloverExporter.WriteNumber(json, "fatalities", e.Fatalities);
            json.WriteString("source", e.Sources);
            json.WriteNumber("source_count", e.DocumentCount);
            json.WriteString("evidence", e.EvidenceText);
            json.WriteString("review", e.Review);
            json.WriteString("reviewed_by", e.ReviewedBy);
            json.WriteEndObject();
            json.WriteEndObject();
            count++;
            if (count % 256 == 0)
            {
                json.Flush();
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        return count;
    }
}
