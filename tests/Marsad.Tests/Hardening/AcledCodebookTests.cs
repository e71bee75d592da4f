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
}
