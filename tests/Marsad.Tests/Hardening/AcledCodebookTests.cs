using Marsad.Export;
using Marsad.Store;

namespace Marsad.Tests.Hardening;

/// <summary>ACLED CSV speaks the codebook's English names and keeps the article's Arabic in the notes.</summary>
public sealed class AcledCodebookTests
{
    private static EventRow Strike(string? country, string? admin1, string? place, string? gazetteerId) => new()
    {
        Id = 1, Type = "REMOTE", Modality = "asserted", Actor1 = "RUS", Country = country, Admin1 = admin1, LocationName = place,
        GazetteerId = gazetteerId, LocationPrecision = "point", DatePrecision = "day", DateStart = "2016-02-17", EvidenceText = "شنت طائرات روسية غارة",
    };

    [Fact]
    public void Country_admin1_and_location_are_english_and_the_arabic_is_in_the_notes()
    {
        var row = Assert.Single(AcledCsvExporter.Rows([Strike("SY", "إدلب", "الباب", "wof:1125981903")]));

        Assert.Equal(("Syria", "Idleb", "al-Bab"), (row.Country, row.Admin1, row.Location));
        Assert.Equal("شنت طائرات روسية غارة [location: الباب; admin1: إدلب]", row.Notes);
    }

    [Theory]
    [InlineData("IQ", "نينوى", "Ninewa")]
    [InlineData("SY", "دير الزور", "Deir-ez-Zor")]
    [InlineData("SY", "درعا", "Dar'a")]
    [InlineData("YE", "صنعاء", "Sanaa")]
    public void Admin1_follows_acleds_spelling(string country, string admin1, string acled)
    {
        Assert.Equal(acled, Assert.Single(AcledCsvExporter.Rows([Strike(country, admin1, null, null)])).Admin1);
    }

    [Fact]
    public void A_place_the_gazetteer_has_no_english_for_keeps_its_arabic_name()
    {
        var row = Assert.Single(AcledCsvExporter.Rows([Strike("XX", "مكان ما", "قرية مجهولة", "ft:unknown")]));

        Assert.Equal(("XX", "مكان ما", "قرية مجهولة"), (row.Country, row.Admin1, row.Location));
    }

    [Theory]
    [InlineData("SY", false, "SYRM1")]
    [InlineData("IQ", true, "IRQC1")]
    [InlineData("YE", false, "YEMM1")]
    [InlineData(null, false, "XXXM1")]
    public void Ids_open_with_the_countrys_iso_alpha3_code_as_acleds_do(string? country, bool consolidated, string id)
    {
        var row = Assert.Single(AcledCsvExporter.Rows([Strike(country, null, null, null) with { Consolidated = consolidated }]));

        Assert.Equal(id, row.EventIdCnty);
    }

    [Fact]
    public void Every_country_the_gazetteer_names_has_an_alpha3_code()
    {
        var english = EnglishNames.Default;
        var countries = global::Marsad.Geo.Gazetteer.Default;
        var codes = Enumerable.Range(0, countries.Count).Select(r => countries[r]).Where(e => e.Country.Length == 2).Select(e => e.Country).Distinct().ToList();

        Assert.NotEmpty(codes);
        // Kosovo's «XK» is no ISO code (ACLED writes XKX); every other country has its three letters.
        Assert.All(codes.Where(c => c != "XK"), c => Assert.Matches("^[A-Z]{3}$", english.Alpha3(c) ?? "?"));
    }

    [Fact]
    public void An_undated_event_of_an_article_with_only_a_crawl_time_takes_the_crawl_day_as_event_date()
    {
        var dir = Directory.CreateTempSubdirectory("marsad-acled-date-").FullName;
        try
        {
            var input = Path.Combine(dir, "crawl.jsonl");
            File.WriteAllText(input, "{\"id\": \"c1\", \"text\": \"شنت طائرات روسية غارة على بلدة الباب في ريف حلب الشرقي وقتل ستة مدنيين.\", \"crawled_at\": \"2013-03-05T01:00:00\"}\n");
            var store = Path.Combine(dir, "m.db");
            Store.StoreFixtures.Ingest(store, IngestInputs.Enumerate([input]));
            using var db = MarsadStore.Open(store);
            db.Rebuild();

            foreach (var consolidated in new[] { false, true })
            {
                // How many events the sentence makes is the models' business (the strike, and at a low
                // keep threshold its toll as a second event); every one of them takes the crawl day.
                var rows = AcledCsvExporter.Rows(db.Run(new EventFilter { Consolidated = consolidated })).ToList();
                Assert.NotEmpty(rows);
                Assert.All(rows, row => Assert.Equal(("2013-03-05", 2013), (row.EventDate, row.Year)));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
