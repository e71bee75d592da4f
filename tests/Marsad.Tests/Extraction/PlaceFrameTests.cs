using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A place told before the trigger may only say where the place before it lies: the event is at the more precise one.</summary>
public class PlaceFrameTests
{
    [Fact]
    public void A_village_located_by_a_compass_word_from_a_city_is_the_place_of_the_clash_told_after_them()
    {
        var e = Single("قرية تلبيسة شمالي مدينة حمص شهدت اشتباكات عنيفة أمس.", "ASSAULT");
        AssertPlace(e, "تلبيسة", "SY");
    }

    [Fact]
    public void A_quarter_framed_by_its_country_is_the_place_of_the_clash_told_after_them()
    {
        var e = Single("حي جوبر في سوريا شهد اشتباكات عنيفة أمس.", "ASSAULT");
        AssertPlace(e, "حي جوبر", "SY");
    }

    [Fact]
    public void Two_towns_joined_by_and_before_the_trigger_are_a_list_not_a_frame()
    {
        var places = Of("بلدة تلبيسة ومدينة حمص شهدتا اشتباكات عنيفة أمس.").Where(e => e.Type == "ASSAULT").Select(e => ArabicNormalizer.NormalizeKey(e.Location!.Name)).ToList();
        Assert.Contains(ArabicNormalizer.NormalizeKey("تلبيسة"), places);
        Assert.Contains(places, p => p.EndsWith(ArabicNormalizer.NormalizeKey("حمص"), StringComparison.Ordinal));
    }

    [Fact]
    public void A_compass_part_of_the_country_after_a_comma_is_no_second_place_of_the_attack()
    {
        var attacks = Of("قتل عشرون مسلحا خلال هجوم على قاعدة عسكرية في محافظة حلب، شمال البلاد، أمس.").Where(e => e.Type == "ASSAULT").ToList();
        var e = Assert.Single(attacks);
        AssertPlace(e, "محافظة حلب", "SY");
    }

    [Fact]
    public void A_compass_part_joined_by_and_in_after_a_comma_is_still_a_second_place()
    {
        var places = Of("قصف الطيران مواقع المسلحين في ريف حلب الشمالي، وفي غرب حلب أمس.").Where(e => e.Type == "REMOTE").ToList();
        Assert.Equal(2, places.Count);
    }

    [Fact]
    public void Two_cities_after_a_comma_are_still_a_list()
    {
        var places = Of("دارت اشتباكات عنيفة في مدينة حلب، مدينة إدلب أمس.").Where(e => e.Type == "ASSAULT").Select(e => e.Location!.Name).ToList();
        Assert.Equal(2, places.Count);
    }
}
