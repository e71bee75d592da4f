using Marsad.Output;

namespace Marsad.Tests.Geo;

public class PlaceCompassNisbaTests
{
    private static PlaceMention Single(string body, string text) =>
        Assert.Single(PlaceStageRun.Places(body), p => p.Text == text);

    [Fact]
    public void The_syrian_north_is_the_north_of_syria_in_an_article_about_iraq()
    {
        var p = Single("قصف الجيش العراقي مواقع في الأنبار، فيما نزح آلاف المدنيين من الشمال السوري.", "الشمال السوري");
        Assert.Equal(("SY", "region"), (p.Country, p.Precision));
        Assert.True(p.Lat > 35.5, $"lat {p.Lat}");
    }

    [Fact]
    public void The_lebanese_south_behind_a_clitic_lies_in_the_south_of_lebanon()
    {
        var p = Single("أغارت طائرات على مواقع بالجنوب اللبناني.", "الجنوب اللبناني");
        Assert.Equal(("LB", "region"), (p.Country, p.Precision));
        Assert.True(p.Lat < 33.6, $"lat {p.Lat}");
    }

    [Fact]
    public void A_compass_noun_without_a_nisba_is_no_place()
    {
        Assert.DoesNotContain(PlaceStageRun.Places("توجه الوفد إلى الشمال صباح اليوم."), p => p.Text.Contains("الشمال", StringComparison.Ordinal));
    }

    [Fact]
    public void A_newspaper_named_the_east_with_a_feminine_nisba_is_no_place()
    {
        Assert.DoesNotContain(PlaceStageRun.Places("وقالت صحيفة الشرق القطرية إن الاجتماع انتهى."), p => p.Text.Contains("الشرق", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compass_adjective_before_a_nisba_describes_the_word_before_it()
    {
        Assert.DoesNotContain(PlaceStageRun.Places("رست السفينة على الساحل الغربي السعودي أمس."), p => p.Text.Contains("الغربي", StringComparison.Ordinal));
    }

    [Fact]
    public void The_north_after_an_area_cue_is_the_north_of_the_article_country_not_north_lebanon()
    {
        var p = Single("قصفت قوات النظام أحياء في حمص، وأطلقت صاروخ سكود من منطقة القطيفة بريف دمشق باتجاه مناطق الشمال.", "الشمال");
        Assert.Equal(("SY", "region"), (p.Country, p.Precision));
        Assert.True(p.Lat > 35.5, $"lat {p.Lat}");
    }

    [Fact]
    public void The_north_before_a_town_name_is_no_part_of_the_article_country()
    {
        Assert.DoesNotContain(PlaceStageRun.Places("قصفت قوات النظام أحياء في حمص، وخشي السكان أن تندلع المعارك في عاصمة الشمال طرابلس."),
            p => p.Text == "الشمال" && p.Country == "SY");
    }
}
