using System.Text.Json;
using Marsad.Output;
using Marsad.Store;

namespace Marsad.Export;

/// <summary>
/// PLOVER event records as JSON Lines: event_type (one of PLOVER's 16 categories), mode, context,
/// actor and recipient, date, location, source and the text the event was coded from. Marsad's
/// modality rides along as PLOVER has no field for it.
/// </summary>
public static class PloverExporter
{
    public static int Write(IEnumerable<EventRow> events, TextWriter writer, ExportMapping? mapping = null)
    {
        mapping ??= ExportMapping.Default;
        var count = 0;
        using var buffer = new MemoryStream();
        foreach (var e in events)
        {
            var codes = mapping.Codes(e.Type, e.Actor1, e.EvidenceText);
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = MarsadJson.Compact.Encoder }))
            {
                json.WriteStartObject();
                json.WriteString("id", (e.Consolidated ? "C" : "M") + e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("event_type", codes.PloverEventType);
                json.WriteString("mode", codes.PloverMode);
                json.WriteString("context", codes.PloverContext);
                json.WriteString("marsad_type", e.Type);
                json.WriteString("modality", e.Modality);
                json.WriteString("actor", e.Actor1);
                json.WriteString("recipient", e.Actor2);
                json.WriteString("date", e.DateValue ?? e.DateStart);
                json.WriteString("date_precision", e.DatePrecision);
                if (e.LocationName is null)
                {
                    json.WriteNull("location");
                }
                else
                {
                    json.WriteStartObject("location");
                    json.WriteString("name", e.LocationName);
                    WriteNumber(json, "lat", e.Lat);
                    WriteNumber(json, "lon", e.Lon);
                    json.WriteString("country", e.Country);
                    json.WriteString("admin1", e.Admin1);
                    json.WriteString("precision", e.LocationPrecision);
                    json.WriteEndObject();
                }
                WriteNumber(json, "fatalities", e.Fatalities);
                json.WriteString("source", e.Sources);
                json.WriteNumber("source_count", e.DocumentCount);
                json.WriteString("text", e.EvidenceText);
                json.WriteString("review", e.Review);
                json.WriteString("reviewed_by", e.ReviewedBy);
                json.WriteEndObject();
            }
            writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            count++;
        }
        return count;
    }

    internal static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
