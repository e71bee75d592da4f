using Marsad.Output;

namespace Marsad.Tests.Geo;

/// <summary>
/// Issue 10 (s36-namesake): a quarter name shared by cities is the quarter of the city the report
/// tells about; the Iraqi gate of the Yarubiyah crossing is in Iraq; a longer name the sources lack
/// is no place of its first word; «المزارع» alone is the farms, not a village.
/// </summary>
public class NamesakeCityTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    private static PlaceMention Khalidiya(List<PlaceMention> places) =>
        Assert.Single(places, p => p.Text.Contains("الخالدية", StringComparison.Ordinal));

    [Fact]
    public void A_quarter_told_after_homs_is_the_homs_quarter()
    {
        var p = Khalidiya(Places("قصفت الطائرات أحياء في مدينة حمص، وتعرض حي الخالدية لقصف براجمات الصواريخ."));

        Assert.InRange(p.Lat ?? 0, 34.6, 34.9);
    }

    [Fact]
    public void A_quarter_told_after_homs_is_the_homs_quarter_when_the_report_named_aleppo_first()
    {
        var p = Khalidiya(Places(
            "سيطر مقاتلو المعارضة على حاجز في مدينة حلب. وفي مدينة حمص، قصفت القوات النظامية حي الخالدية بالمدفعية الثقيلة."));

        Assert.InRange(p.Lat ?? 0, 34.6, 34.9);
    }

    [Fact]
    public void The_same_quarter_told_after_aleppo_is_the_aleppo_quarter()
    {
        var p = Khalidiya(Places("قصفت القوات النظامية أحياء في مدينة حلب، وتعرض حي الخالدية للقصف بالمدفعية."));

        Assert.InRange(p.Lat ?? 0, 36.1, 36.3);
    }

    [Fact]
    public void The_rabia_gate_west_of_mosul_is_in_iraq()
    {
        var places = Places("قتل جندي عراقي برصاص قناص عند منفذ ربيعة الحدودي غرب الموصل.");

        Assert.Contains(places, p => p.Text.Contains("ربيعة", StringComparison.Ordinal) && p.Country == "IQ");
        Assert.DoesNotContain(places, p => p.Country == "SY");
    }

    [Fact]
    public void A_village_name_the_sources_lack_is_not_cut_to_its_first_word()
    {
        var places = Places("خرجت تظاهرة في بلدة قلعة المضيف في ريف محافظة حماة بعد صلاة الجمعة.");

        Assert.DoesNotContain(places, p => p.Name == "قلعة");
        Assert.Contains(places, p => p.Text.Contains("ريف محافظة حماة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_noun_before_a_preposition_is_left_alone()
    {
        var places = Places("قصفت الطائرات بلدة تل رفعت في ريف حلب الشمالي.");

        Assert.Contains(places, p => p.Text.Contains("تل رفعت", StringComparison.Ordinal));
    }

    [Fact]
    public void The_farms_around_a_town_are_no_village()
    {
        var places = Places("اندلعت اشتباكات في مدينة حرستا والمزارع المحيطة بها.");

        Assert.DoesNotContain(places, p => p.Text.Contains("المزارع", StringComparison.Ordinal));
        Assert.Contains(places, p => p.Text.Contains("حرستا", StringComparison.Ordinal));
    }
}
