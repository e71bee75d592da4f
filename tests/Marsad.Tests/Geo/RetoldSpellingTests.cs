using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s38-finer): Karmat Ali north of Basra is a curated row (data/geo/features.tsv: the sources lack it, and
/// «بلدة كرمة علي» went to the Diyala «كرمة»); «جرمايا» is a news spelling of Jamraya (data/geo/place_variants.tsv).
/// </summary>
public class RetoldSpellingTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void Karmat_ali_is_the_town_north_of_basra()
    {
        Assert.Contains(Places("انفجرت عبوة ناسفة في بلدة كرمة علي شمالي البصرة."), p => p.GazetteerId == "ft:town-karmat-ali" && p.Admin1 == "البصرة");
    }

    [Fact]
    public void Jarmaya_is_jamraya_of_rif_dimashq()
    {
        Assert.Contains(Places("استهدفت الطائرات مركزا للبحوث في منطقة جرمايا في ريف دمشق."), p => p.Name == "جمرايا" && p.Precision == "point" && p.Admin1 == "ريف دمشق");
    }
}
