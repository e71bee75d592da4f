using Marsad.Output;
using Marsad.Text;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «بمحافظة كركوك شمال العاصمة العراقية بغداد»: the capital after a compass word and «العاصمة» is
/// the writer's landmark, read as «شمال بغداد» is; the event is at the place it locates.
/// </summary>
public class PlaceLandmarkCapitalTests
{
    private static bool IsBaghdad(EventRecord e) => e.Location is { } l && ArabicNormalizer.NormalizeKey(l.Name) == ArabicNormalizer.NormalizeKey("بغداد");

    [Fact]
    public void A_governorate_located_from_the_capital_with_its_nisba_is_the_place_of_the_shooting()
    {
        var events = Of("قتل شرطي في هجوم نفذه مسلحون مجهولون بمحافظة كركوك شمال العاصمة العراقية بغداد مساء أمس.");
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, IsBaghdad);
        Assert.Contains(events, e => e.Location is { } l && l.Name.Contains("كركوك", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compass_phrase_through_the_capital_after_a_comma_is_no_second_place_of_the_bombing()
    {
        var bombings = Of("انفجرت عبوة ناسفة استهدفت دورية للجيش جنوب غرب كركوك، شمال العاصمة بغداد، صباح اليوم.").Where(e => e.Type == "REMOTE").ToList();
        var e = Assert.Single(bombings);
        Assert.Contains("كركوك", e.Location!.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bombing_told_only_west_of_the_capital_stays_an_event_at_that_region()
    {
        var e = Single("قتل جندي في تفجير عبوة ناسفة استهدفت دورية للجيش غربي العاصمة العراقية بغداد اليوم.", "REMOTE");
        Assert.Equal("region", e.Location!.Precision);
        Assert.Equal("IQ", e.Location.Country);
        Assert.True(e.Location.Lon < 44.3, $"west of Baghdad, got lon {e.Location.Lon}");
    }
}
