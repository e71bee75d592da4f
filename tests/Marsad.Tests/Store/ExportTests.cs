using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Marsad.Export;
using Marsad.Store;
using static Marsad.Tests.Store.StoreFixtures;

namespace Marsad.Tests.Store;

public sealed class ExportTests : IDisposable
{
    private static readonly string[] PloverCategories =
    [
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE", "DEMAND", "REJECT",
        "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("marsad-export-tests-").FullName;
    private readonly List<EventRow> _rows;

    public ExportTests()
    {
        using var db = MarsadStore.Open(Path.Combine(_dir, "m.db"));
        db.WriteBatch(
        [
            Document("شنت طائرات روسية غارة على بلدة الباب وقتل ستة.", "2016-02-18", "outlet-a",
                Event("REMOTE", "RUS", "الباب", 36.37, 37.52, "2016-02-17", 6, evidence: "شنت طائرات روسية غارة على بلدة الباب")),
            Document("استعاد الجيش السوري السيطرة على خناصر.", "2016-02-26", "outlet-b",
                Event("CAPTURE", "SYR-MIL", "خناصر", 35.785, 37.497, "2016-02", null, evidence: "استعاد الجيش السوري السيطرة على خناصر")),
            Document("دخلت قافلة مساعدات إلى مضايا.", "2016-01-11", "outlet-c",
                Event("AID", "SARC", "مضايا", 33.69, 36.1, "2016-01-11", null, evidence: "دخلت قافلة مساعدات")),
            Document("يستعد تنظيم داعش لمهاجمة السفيرة.", "2016-02-18", "outlet-d",
                Event("ASSAULT", "ISIL", "السفيرة", 36.07, 37.37, null, null, modality: "intended", evidence: "يستعد تنظيم داعش لمهاجمة")),
        ]);
        db.Rebuild();
        _rows = db.Run(new EventFilter { Consolidated = true });
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Acled_csv_reads_back_with_acled_columns_and_codes()
    {
        var text = new StringWriter();
        var written = AcledCsvExporter.Write(_rows, text);
        using var csv = new CsvReader(new StringReader(text.ToString()), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(AcledCsvExporter.Columns, csv.HeaderRecord);
        var records = csv.GetRecords<AcledRow>().ToList();
        // AID is not an ACLED event; the intended assault did not happen.
        Assert.Equal(2, written);
        Assert.Equal(2, records.Count);
        var strike = Assert.Single(records, r => r.EventType == "Explosions/Remote violence");
        Assert.Equal(("Air/drone strike", "2016-02-17", 2016, 1, 6, 1), (strike.SubEventType, strike.EventDate, strike.Year, strike.TimePrecision, strike.Fatalities, strike.GeoPrecision));
        Assert.Equal(("RUS", "Syria", "Aleppo", "الباب", 36.37, 37.52, "outlet-a"), (strike.Actor1, strike.Country, strike.Admin1, strike.Location, strike.Latitude, strike.Longitude, strike.Source));
        Assert.EndsWith("[location: الباب; admin1: حلب]", strike.Notes, StringComparison.Ordinal);
        var capture = Assert.Single(records, r => r.EventType == "Battles");
        Assert.Equal(("Government regains territory", 2, 0), (capture.SubEventType, capture.TimePrecision, capture.Fatalities));
        Assert.StartsWith("SYRC", capture.EventIdCnty, StringComparison.Ordinal);
    }

    [Fact]
    public void Plover_lines_parse_with_plover_categories_and_modes()
    {
        var text = new StringWriter();
        Assert.Equal(4, PloverExporter.Write(_rows, text));
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(records, r => Assert.Contains(r.GetProperty("event_type").GetString(), PloverCategories));
        var strike = Assert.Single(records, r => r.GetProperty("marsad_type").GetString() == "REMOTE");
        Assert.Equal(("ASSAULT", "heavy-weapons", "RUS"), (strike.GetProperty("event_type").GetString(), strike.GetProperty("mode").GetString(), strike.GetProperty("actor").GetString()));
        Assert.Equal(36.37, strike.GetProperty("location").GetProperty("lat").GetDouble());
        Assert.Equal("شنت طائرات روسية غارة على بلدة الباب", strike.GetProperty("text").GetString());
        var capture = Assert.Single(records, r => r.GetProperty("marsad_type").GetString() == "CAPTURE");
        Assert.Equal("COERCE", capture.GetProperty("event_type").GetString());
        Assert.Equal("AID", Assert.Single(records, r => r.GetProperty("marsad_type").GetString() == "AID").GetProperty("event_type").GetString());
    }

    [Fact]
    public void GeoJson_is_a_feature_collection_of_points_in_lon_lat_order()
    {
        using var stream = new MemoryStream();
        Assert.Equal(4, GeoJsonExporter.Write(_rows, stream));
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var root = json.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(4, features.Count);
        var strike = Assert.Single(features, f => f.GetProperty("properties").GetProperty("type").GetString() == "REMOTE");
        Assert.Equal("Point", strike.GetProperty("geometry").GetProperty("type").GetString());
        var coordinates = strike.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        Assert.Equal([37.52, 36.37], coordinates);
        Assert.Equal(6, strike.GetProperty("properties").GetProperty("fatalities").GetInt32());
    }

    [Fact]
    public async Task Parquet_reads_back_every_event_with_its_fields()
    {
        using var stream = new MemoryStream();
        Assert.Equal(4, ParquetExporter.Write(_rows, stream));
        stream.Position = 0;
        var back = (await Parquet.Serialization.ParquetSerializer.DeserializeAsync<ParquetEventRow>(stream)).Data;
        Assert.Equal(4, back.Count);
        var strike = Assert.Single(back, r => r.Type == "REMOTE");
        Assert.Equal(("RUS", "الباب", 36.37, 37.52, 6, "2016-02-17"), (strike.Actor1, strike.Location, strike.Lat, strike.Lon, strike.Fatalities, strike.DateValue));
        Assert.Null(Assert.Single(back, r => r.Type == "ASSAULT").DateValue);
    }
}
