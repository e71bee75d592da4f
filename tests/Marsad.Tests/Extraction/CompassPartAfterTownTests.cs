using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s41-coarse): a compass part of a city or a land written right after a town, bare or past a comma
/// («قرب بلدة اعزاز شمالي حلب», «مدينة الحسكة، شمال شرقي البلاد»), only says where the town lies, so «المنطقة»
/// told after it points back to the town (ArticleIndex.PartLocatesPlaceBefore). Rules only.
/// </summary>
public sealed class CompassPartAfterTownTests
{
    [Fact]
    public void Strikes_in_the_area_after_a_town_north_of_a_city_hit_the_town()
    {
        var events = Of("قالت مصادر محلية إن اشتباكات عنيفة اندلعت قرب بلدة اعزاز شمالي حلب مساء الاربعاء. وشنت طائرات التحالف غارات على مواقع الجبهة في المنطقة صباح اليوم.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        AssertPlace(e, "اعزاز", "SY");
    }

    [Fact]
    public void Shelling_in_the_area_after_a_city_set_off_by_a_comma_in_the_northeast_hits_the_city()
    {
        var events = Of("أعلنت القوات الكردية سيطرتها على مدينة الحسكة، شمال شرقي البلاد، يوم الاثنين. وقال المرصد إن الطيران الحربي قصف مواقع التنظيم في المنطقة ليلا.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        AssertPlace(e, "الحسكة", "SY");
    }

    [Fact]
    public void A_compass_part_told_alone_stays_the_area()
    {
        var events = Of("قالت مصادر محلية إن اشتباكات عنيفة اندلعت في شمال سوريا مساء الاربعاء. وشنت طائرات التحالف غارات على مواقع الجبهة في المنطقة صباح اليوم.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("region", e.Location?.Precision);
    }
}
