using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// A small village the gazetteer knows without a population is a place when the writer frames it at
/// once in its governorate or countryside and a row of it lies there (s32b-finerplace, issue 10):
/// «في حمورية بريف دمشق» is Hammurah, not only the countryside of Damascus.
/// </summary>
public class PlaceFramedVillageTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_village_after_in_and_before_the_countryside_of_its_governorate_is_found_there()
    {
        var places = Places("أسقط مقاتلو المعارضة طائرة حربية في حمورية بريف دمشق صباح اليوم.");
        var village = Assert.Single(places, p => p.Text == "حمورية");
        Assert.Equal(("SY", "ريف دمشق", "point"), (village.Country, village.Admin1, village.Precision));
    }

    [Fact]
    public void A_village_framed_by_a_governorate_where_it_has_no_row_is_not_taken()
    {
        var places = Places("أسقط مقاتلو المعارضة طائرة حربية في حمورية بريف حلب صباح اليوم.");
        Assert.DoesNotContain(places, p => p.Text == "حمورية");
    }

    [Fact]
    public void The_countryside_that_frames_the_village_is_still_a_place_of_its_own()
    {
        var places = Places("أسقط مقاتلو المعارضة طائرة حربية في حمورية بريف دمشق صباح اليوم.");
        Assert.Contains(places, p => p.Name == "ريف دمشق");
    }

    [Fact]
    public void A_common_word_before_the_governorate_is_no_village_of_it()
    {
        var places = Places("قتل العشرات في هجوم وقع في وقت سابق من الشهر الجاري في محافظة ديالى.");
        Assert.DoesNotContain(places, p => p.Text == "الجاري");
    }
}
