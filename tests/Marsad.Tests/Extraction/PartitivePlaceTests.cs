namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s29-placeprec): «من» after a word of quantity or part («عدد من مناطق X», «أجزاء من
/// مطار X») takes a part of the place, so the deed happened there; read as a starting point, the
/// named quarter or base lost to the coarser frame told after it («بريف دمشق», «في ريف حلب»).
/// </summary>
public class PartitivePlaceTests
{
    private static readonly DateOnly Published = new(2013, 3, 16);

    [Fact]
    public void Clashes_in_a_number_of_areas_of_a_quarter_are_placed_at_the_quarter_not_its_countryside()
    {
        var e = Events.Single("تواصلت المواجهات العنيفة اليوم، في عدد من مناطق حي جوبر بريف دمشق، بين وحدات من الجيش السوري والمعارضة المسلحة.", "ASSAULT", Published);
        Assert.Equal("point", e.Location!.Precision);
        Assert.EndsWith("جوبر", e.Location.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Storming_parts_of_an_air_base_is_placed_at_the_base_not_the_countryside_that_frames_it()
    {
        var events = Events.Of("قال ناشطون إن المقاتلين المعارضين اقتحموا أجزاء من مطار منغ العسكري في ريف حلب صباح اليوم.", Published);
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.Equal("point", e.Location!.Precision);
        Assert.Contains("منغ", e.Location.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Rockets_fired_from_a_town_still_take_the_target_as_their_place()
    {
        // No word of part before «من»: the town is the launch site, and the target is where the deed happened.
        var e = Events.Single("أطلق مسلحون صواريخ من بلدة عربين في ريف دمشق على حي العباسيين في دمشق.", "REMOTE", Published);
        Assert.DoesNotContain("عربين", e.Location!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Dozens_from_a_town_arrested_at_a_checkpoint_in_another_town_are_arrested_at_the_checkpoint()
    {
        // «عشرات من داريا» names where the people come from, an origin; the deed is at the checkpoint (review29 finding 3).
        var e = Events.Single("واعتقلت قوات النظام عشرات من داريا على حاجز في مدينة المعضمية صباح اليوم.", "ARREST", Published);
        Assert.Contains("المعضمية", e.Location!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_of_villages_of_a_district_still_place_the_deed_at_the_district()
    {
        var e = Events.Single("قصف الطيران الحربي عددا من قرى منطقة الحولة في ريف حمص صباح اليوم.", "REMOTE", Published);
        Assert.Contains("الحولة", e.Location!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Taking_the_north_side_of_a_city_that_is_a_province_capital_is_placed_at_the_city_not_the_province()
    {
        // s42-finer: a side told by its bearing before «من» is a part of the city; read as a starting point, the
        // province of the apposition «، مركز محافظة الأنبار» was the only place left after the deed.
        var e = Events.Single("سيطرت القوات العراقية يوم الجمعة على منطقة عند الطرف الشمالي من الرمادي، مركز محافظة الأنبار، بعد معارك عنيفة مع مسلحي تنظيم داعش.", "CAPTURE", Published);
        Assert.Equal("point", e.Location!.Precision);
        Assert.Contains("الرمادي", e.Location.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Shelling_the_right_bank_of_a_city_in_its_province_is_placed_at_the_city()
    {
        var e = Events.Single("قصفت طائرات التحالف الدولي مواقع في الجانب الأيمن من مدينة الموصل في محافظة نينوى يوم الأحد.", "REMOTE", Published);
        Assert.Equal("point", e.Location!.Precision);
        Assert.Contains("الموصل", e.Location.Name, StringComparison.Ordinal);
    }
}
