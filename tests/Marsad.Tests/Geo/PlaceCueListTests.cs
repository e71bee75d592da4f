namespace Marsad.Tests.Geo;

/// <summary>
/// A list a plural or dual governorate word governs (s41b-lists): «محافظتي إدلب وحلب» is two
/// governorates, and «محافظات حمص وحماة ودرعا» three, not the first governorate and the other cities.
/// </summary>
public class PlaceCueListTests
{
    private static string PrecisionOf(List<Marsad.Output.PlaceMention> places, string name) =>
        Assert.Single(places, p => p.Text.EndsWith(name, StringComparison.Ordinal)).Precision;

    [Fact]
    public void Both_names_after_the_dual_governorate_word_are_governorates()
    {
        var places = PlaceStageRun.Places("وقصفت الطائرات الحربية صباح الأحد قرى عدة في محافظتي إدلب وحلب شمالي البلاد.");
        Assert.Equal("region", PrecisionOf(places, "إدلب"));
        Assert.Equal("region", PrecisionOf(places, "حلب"));
    }

    [Fact]
    public void Every_name_of_a_list_after_the_plural_governorate_word_is_a_governorate()
    {
        var places = PlaceStageRun.Places("وتعرضت بلدات في محافظات حمص وحماة ودرعا لقصف مدفعي عنيف أمس الثلاثاء.");
        Assert.Equal("region", PrecisionOf(places, "حمص"));
        Assert.Equal("region", PrecisionOf(places, "حماة"));
        Assert.Equal("region", PrecisionOf(places, "درعا"));
    }

    [Fact]
    public void A_city_joined_after_a_single_governorate_stays_the_city()
    {
        // Control: «محافظة» is one governorate; the name after «و» is the city.
        var places = PlaceStageRun.Places("وتعرضت بلدات في محافظة حمص وحماة لقصف مدفعي عنيف أمس الثلاثاء.");
        Assert.Equal("point", PrecisionOf(places, "حماة"));
    }

    [Fact]
    public void A_list_under_the_governorate_word_that_names_a_town_no_governorate_is_named_by_is_read_as_towns()
    {
        // «الحلة» and «الناصرية» are seats, never a governorate's name: the writer calls towns governorates loosely.
        var places = PlaceStageRun.Places("وشهدت محافظات كربلاء والنجف والحلة والناصرية تظاهرات حاشدة مساء الجمعة ضد الفساد.");
        Assert.Equal("point", PrecisionOf(places, "النجف"));
    }
}
