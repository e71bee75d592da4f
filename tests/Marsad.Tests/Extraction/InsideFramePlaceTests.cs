namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s42b-placemodel): a governorate behind «في» after a town or site of its own governorate
/// is where that town lies, even when the town's complement (a border «الحدودي مع تركيا», a road and
/// its ends «على طريق دمشق عمان») keeps the two apart; a deed told after both («بعد اشتباكات») is at
/// the town, not the governorate.
/// </summary>
public class InsideFramePlaceTests
{
    private static readonly DateOnly Published = new(2013, 3, 16);

    [Fact]
    public void Clashes_after_taking_a_border_crossing_named_before_its_province_are_placed_at_the_crossing()
    {
        var e = Events.Single("وسيطر المقاتلون المعارضون صباح اليوم على معبر باب الهوى الحدودي مع تركيا في محافظة إدلب بعد اشتباكات عنيفة مع القوات النظامية.", "ASSAULT", Published);
        Assert.Equal("point", e.Location!.Precision);
        Assert.Contains("باب الهوى", e.Location.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Battles_after_taking_a_checkpoint_near_a_town_on_a_highway_are_placed_at_the_town_not_the_province()
    {
        var e = Events.Single("وقال ناشطون إن فصائل المعارضة سيطرت على حاجز للجيش قرب بلدة خربة غزالة على طريق دمشق عمان في محافظة درعا بعد معارك استمرت ساعات مع قوات النظام.", "ASSAULT", Published);
        Assert.Equal("point", e.Location!.Precision);
        Assert.Contains("غزالة", e.Location.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_province_after_a_comma_that_holds_the_captured_town_frames_it_and_is_no_second_capture()
    {
        var events = Events.Of("وأعلنت كتائب المعارضة أنها سيطرت على مقر للأمن العسكري في بلدة تل حميس، بمحافظة الحسكة، بعد معارك استمرت ليلة كاملة.", Published);
        var e = Assert.Single(events, x => x.Type == "CAPTURE");
        Assert.Contains("تل حميس", e.Location!.Name, StringComparison.Ordinal);
    }
}

