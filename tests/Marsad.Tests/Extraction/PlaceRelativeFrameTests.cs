using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>A wider place told inside a relative clause after a place («التي تسيطر عليها المعارضة في محافظة حمص») locates that place; it is not the setting of a deed told after both.</summary>
public class PlaceRelativeFrameTests
{
    [Fact]
    public void A_governorate_inside_the_relative_clause_of_a_town_frames_the_town_for_a_deed_told_after_both()
    {
        var shelling = Of("وصلت القوات إلى بلدة تلبيسة التي تسيطر عليها المعارضة في محافظة حمص وقصفت الأحياء السكنية.")
            .Single(e => e.Type == "REMOTE");

        Assert.Equal("تلبيسة", shelling.Location?.Name);
    }

    [Fact]
    public void Aid_delivered_in_an_area_the_opposition_holds_in_a_governorate_is_placed_at_the_area()
    {
        var aid = Of("دخلت فرق الإغاثة منطقة الحولة التي تسيطر عليها المعارضة في محافظة حمص وقدمت مساعدات طبية للسكان.")
            .Single(e => e.Type == "AID");

        Assert.Equal("الحولة", aid.Location?.Name);
    }

    [Fact]
    public void A_governorate_after_a_comma_is_the_setting_of_the_deed_told_after_it()
    {
        var shelling = Of("وصلت القوات إلى بلدة تلبيسة، وفي محافظة حمص قصفت الأحياء السكنية.")
            .Single(e => e.Type == "REMOTE");

        Assert.NotEqual("تلبيسة", shelling.Location?.Name);
    }
}
