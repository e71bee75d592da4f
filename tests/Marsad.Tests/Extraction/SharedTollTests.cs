using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>One toll told for several coded events is divided among them (docs/annotation.md 6.5, 4.2; docs/events.md "Tolls, twelfth step").</summary>
public class SharedTollTests
{
    [Fact]
    public void A_clash_and_suicide_blasts_counted_together_share_their_toll()
    {
        // One statement of 28 dead for the clashes and the two suicide blasts: an ASSAULT and a REMOTE, 14 each.
        var events = Of("قتل 28 مقاتلا من الطرفين أمس إثر اشتباكات بين التنظيم والفصائل وتفجيرين انتحاريين في ريف حلب الشمالي.");
        var killing = events.Where(e => e.Type is "ASSAULT" or "REMOTE").ToList();
        Assert.True(killing.Count >= 2, Describe(events));
        Assert.True(killing.Sum(e => e.Fatalities ?? 0) == 28, Describe(events));
        Assert.All(killing, e => Assert.Equal(14, e.Fatalities));
    }

    [Fact]
    public void An_odd_toll_gives_its_remainder_to_the_first_event()
    {
        var events = Of("قتل 29 مقاتلا من الطرفين أمس إثر اشتباكات بين التنظيم والفصائل وتفجيرين انتحاريين في ريف حلب الشمالي.");
        var killing = events.Where(e => e.Type is "ASSAULT" or "REMOTE").OrderBy(e => e.Evidence.Start).ToList();
        Assert.True(killing.Count >= 2, Describe(events));
        Assert.True(killing.Select(e => e.Fatalities ?? 0).SequenceEqual([15, 14]), Describe(events));
    }

    [Fact]
    public void One_attack_told_twice_keeps_its_whole_toll()
    {
        // Two tellings of one storming merge into one event: nothing to divide.
        var events = Of("قتل 7 جنود أمس عندما هاجم مسلحون حاجزا للجيش في بلدة السلمية.\nوقال ضابط إن المسلحين هاجموا الحاجز فجرا.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Fatalities == 7);
    }

    [Fact]
    public void Gunmen_storming_after_a_car_bomb_is_a_clash_that_shares_the_toll()
    {
        // «هجوم رجال مسلحين» after the blast is the armed half of a complex attack, not a second bombing
        // merged into the first: a REMOTE and an ASSAULT of 20 each.
        var events = Of("قتل 40 شخصا صباح اليوم في انفجار سيارة مفخخة ثم هجوم رجال مسلحين على مقر الشرطة في مدينة الموصل.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Fatalities == 20);
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Fatalities == 20);
    }

    [Fact]
    public void An_armed_attack_told_beside_a_bomb_stays_a_clash()
    {
        // «هجوم مسلح» names its gunfire: the roadside bomb of the same sentence does not make it a bombing.
        var events = Of("قتل شرطيان في هجوم مسلح تبعه انفجار عبوة ناسفة قرب نقطة تفتيش في مدينة الموصل.");
        Assert.True(events.Exists(e => e.Type == "ASSAULT" && e.Evidence.Text.StartsWith("هجوم", StringComparison.Ordinal)), Describe(events));
    }
}
