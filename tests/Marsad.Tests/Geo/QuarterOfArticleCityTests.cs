using Marsad.Evaluation;
using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s27-placeresolve): a quarter the gazetteer has only as namesakes far away lies in the
/// city the text places it in — by a compass phrase after «في», or by the town the article has
/// named before when its own sentence names none.
/// </summary>
public class QuarterOfArticleCityTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void A_quarter_in_the_north_of_damascus_is_not_put_at_its_idlib_namesake()
    {
        // «برزة» has rows only in Idlib and Homs; «في شمال دمشق» says it as «بشمال دمشق» does.
        var places = Places("ووقعت ثلاثة تفجيرات متزامنة في منطقة برزة في شمال دمشق استهدفت مقار أمنية.");
        var barzeh = Assert.Single(places, p => p.Text.EndsWith("برزة", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(33.51, 36.29, barzeh.Lat!.Value, barzeh.Lon!.Value) < 25, $"{barzeh.Name} at {barzeh.Lat}, {barzeh.Lon}");
    }

    [Fact]
    public void A_quarter_south_of_kirkuk_is_not_a_namesake_far_south_of_it()
    {
        // The only «النصر» rows lie in Baghdad and Dhi Qar, the latter roughly south of Kirkuk, 440 km off:
        // a quarter word says the name is of the city itself.
        var places = Places("أطلق مسلحون مجهولون النار على رجل دين داخل متجره في حي النصر جنوب كركوك مساء اليوم.");
        var nasr = Assert.Single(places, p => p.Text.EndsWith("النصر", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(35.47, 44.39, nasr.Lat!.Value, nasr.Lon!.Value) < 30, $"{nasr.Name} at {nasr.Lat}, {nasr.Lon}");
    }

    [Fact]
    public void A_quarter_whose_sentence_names_no_town_lies_in_the_city_the_article_named_before()
    {
        // Damascus, named twice, is the article's governorate; the quarter's own sentence names no place.
        var places = Places("قصفت القوات النظامية أحياء في دمشق صباح اليوم، وسمع سكان في دمشق دوي انفجارات. وقال ناشطون إن حي برزة شهد اشتباكات عنيفة بين الجيش والمقاتلين.");
        var barzeh = Assert.Single(places, p => p.Text.EndsWith("برزة", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(33.51, 36.29, barzeh.Lat!.Value, barzeh.Lon!.Value) < 10, $"{barzeh.Name} at {barzeh.Lat}, {barzeh.Lon}");
    }

    [Fact]
    public void A_quarter_with_a_row_beside_another_town_the_article_names_keeps_that_row()
    {
        // Damascus is the article's governorate, but Homs, named too, has a «الرضوانية» row 17 km off
        // and Damascus none («برزة», the first example, has had its Damascus row since s32-quarters).
        var places = Places("اشتباكات عنيفة في حمص أمس. وقصفت الطائرات دمشق صباح اليوم، وسمع سكان في دمشق انفجارات. وقال ناشطون إن حي الرضوانية شهد اشتباكات.");
        var quarter = Assert.Single(places, p => p.Text.EndsWith("الرضوانية", StringComparison.Ordinal));
        Assert.True(GreatCircle.DistanceKm(33.51, 36.29, quarter.Lat!.Value, quarter.Lon!.Value) > 100, $"{quarter.Name} at {quarter.Lat}, {quarter.Lon}");
    }
}
