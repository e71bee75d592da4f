using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Remote violence against clashes, session 39 (issue 9, s39-remote): a state's air arm named as a body («سلاح الجو»,
/// «القوات الجوية») strikes from the air; aircraft behind a noun of support («بدعم من», «معتمدة على») cover a ground attack;
/// and the shells told past a link that opens another deed («ردا على», «بهدف», «ترافق مع») do not make an attack word a strike.
/// </summary>
public class EventTypeThirtyNinthTests
{
    [Fact]
    public void An_air_force_that_destroys_positions_strikes_from_the_air()
    {
        var events = Of("وقام سلاح الجو في الجيش السوري بتدمير حواجز للمسلحين في مدينة الرقة امس.", new DateOnly(2013, 3, 5));
        Assert.Contains(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("بتدمير", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_counter_attack_relying_on_air_power_is_fought_on_the_ground()
    {
        var events = Of("شنت القوات الحكومية هجوما مضادا على مواقع المعارضة في بلدة الغارية الغربية معتمدة على القوة الجوية امس.", new DateOnly(2015, 6, 26));
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("هجوما", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("هجوما", StringComparison.Ordinal));
    }

    [Fact]
    public void Shells_fired_in_reaction_to_an_attack_leave_that_attack_a_ground_one()
    {
        var events = Of("أمطرت الفصائل المعارضة بلدتين في ريف إدلب بالقذائف الصاروخية امس، ردا على تعرض بلدة الزبداني لهجوم من قوات النظام.", new DateOnly(2015, 7, 21));
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Evidence.Text.Contains("لهجوم", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Type == "REMOTE" && e.Evidence.Text.Contains("لهجوم", StringComparison.Ordinal));
    }

    [Fact]
    public void An_attack_told_with_the_shells_that_fell_in_it_stays_a_strike()
    {
        var events = Of("قتل جنديان في هجوم على حاجز للجيش قرب مدينة درعا امس، سقطت فيه قذائف هاون.", new DateOnly(2015, 7, 21));
        Assert.Contains(events, e => e.Type == "REMOTE");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }
}
