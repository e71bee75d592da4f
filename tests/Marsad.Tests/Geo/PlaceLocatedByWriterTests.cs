namespace Marsad.Tests.Geo;

/// <summary>
/// A small place abroad, far from everything else a Syrian article names, is dropped as a stray
/// namesake unless the writer says where it lies: its country or a region of it right after it
/// behind «ب» or «في», or its country's nisba.
/// </summary>
public class PlaceLocatedByWriterTests
{
    private const string SyrianLead = "قصفت قوات النظام أحياء في حمص وحماة وريف إدلب صباح اليوم. ";

    [Fact]
    public void A_resort_told_with_its_country_behind_ba_is_kept_in_a_syrian_article()
    {
        var places = PlaceStageRun.Places(SyrianLead + "وقال زعماء العالم المجتمعون في دافوس بسويسرا إن الحرب يجب أن تتوقف.");
        Assert.Contains(places, p => p.Text == "دافوس" && p.Country == "CH");
    }

    [Fact]
    public void A_resort_told_with_its_country_after_fi_is_kept_in_a_syrian_article()
    {
        var places = PlaceStageRun.Places(SyrianLead + "وقال زعماء العالم المجتمعون في دافوس في سويسرا إن الحرب يجب أن تتوقف.");
        Assert.Contains(places, p => p.Text == "دافوس" && p.Country == "CH");
    }

    [Fact]
    public void The_same_resort_told_bare_stays_a_stray()
    {
        var places = PlaceStageRun.Places(SyrianLead + "وقال زعماء العالم المجتمعون في دافوس إن الحرب يجب أن تتوقف.");
        Assert.DoesNotContain(places, p => p.Text == "دافوس");
    }

    [Fact]
    public void An_airport_abroad_told_with_its_country_is_kept()
    {
        var places = PlaceStageRun.Places(SyrianLead + "وذكّر المتحدث بالهجوم على حافلة السياح بمطار بورغاس ببلغاريا العام الماضي.");
        Assert.Contains(places, p => p.Text == "مطار بورغاس" && p.Country == "BG");
    }

    [Fact]
    public void A_town_abroad_with_its_country_nisba_is_kept()
    {
        var places = PlaceStageRun.Places(SyrianLead + "ووقعت الأطراف الليبية اتفاقا في بلدة الصخيرات المغربية أمس.");
        Assert.Contains(places, p => p.Text.Contains("الصخيرات", StringComparison.Ordinal) && p.Country == "MA");
    }

    [Fact]
    public void A_country_after_a_word_no_preposition_introduces_locates_nothing()
    {
        var places = PlaceStageRun.Places("نفذ التنظيم هجوما على مسجد في عسير، وقبله في الكويت، وقبلها في البحرين.");
        Assert.DoesNotContain(places, p => p.Text.Contains("قبله", StringComparison.Ordinal));
    }
}
