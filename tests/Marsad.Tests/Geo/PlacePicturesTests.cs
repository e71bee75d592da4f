namespace Marsad.Tests.Geo;

/// <summary>
/// «صور» is Tyre and the plural of «صورة»: after a Tyre already named, «في صور» followed by a verb that takes
/// it back with a pronoun («نشرتها», «التقطها») is pictures, an indefinite noun with its relative clause.
/// </summary>
public class PlacePicturesTests
{
    private const string TyreFirst = "بيروت - قصفت طائرات إسرائيلية مواقع قرب مدينة صور في جنوب لبنان. ";

    [Theory]
    [InlineData("وظهر عناصر من الحزب في صور نشرتها الصحف وهم يطلقون الصواريخ.")]
    [InlineData("ووثق المرصد في صور التقطها ناشطون آثار القصف في الضاحية.")]
    public void Pictures_taken_back_by_a_relative_verb_are_not_tyre(string sentence)
    {
        var places = PlaceStageRun.Places(TyreFirst + sentence);
        Assert.Single(places, p => p.Name == "صور");
    }

    [Fact]
    public void Tyre_named_again_after_a_preposition_stays_a_place()
    {
        var places = PlaceStageRun.Places(TyreFirst + "وقتل جنديان في هجوم على حاجز في صور مساء الأحد.");
        Assert.Equal(2, places.Count(p => p.Name == "صور"));
    }
}
