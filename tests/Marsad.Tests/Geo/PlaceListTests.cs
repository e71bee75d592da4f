using Marsad.Geo;
using Marsad.Output;
using Marsad.Text;

namespace Marsad.Tests.Geo;

/// <summary>
/// Recognition (issue 10, s6-placerec6): a world city far from the war after a word that makes it
/// a place, and a town joined by «و» to an accepted place of the same country.
/// </summary>
public class PlaceListTests
{
    private static List<PlaceMention> Places(string body) => PlaceStageRun.Places(body);

    [Fact]
    public void Geneva_after_in_is_a_place_in_an_article_about_syrian_towns()
    {
        var places = Places("قصفت قوات النظام مدينة حلب ومدينة حمص ومدينة إدلب أمس، وقال المبعوث الدولي في جنيف إن المفاوضات ستستأنف.");
        var geneva = Assert.Single(places, p => p.Text == "جنيف");
        Assert.Equal("CH", geneva.Country);
    }

    [Fact]
    public void A_world_city_dateline_at_the_head_of_a_syrian_story_is_a_place()
    {
        const string body = "جنيف (رويترز) - قالت الأمم المتحدة إن القصف على مدينة حلب ومدينة حمص ومدينة إدلب أجبر الآلاف على النزوح.";
        var hits = new PlaceStage().Find(AnalyzedText.Analyze(body), "جنيف");
        var p = Assert.Single(hits, h => h.Span.Start == 0).Mention;
        Assert.Equal("CH", p.Country);
    }

    [Fact]
    public void A_village_joined_by_and_to_an_accepted_town_is_a_place_of_the_same_country()
    {
        var places = Places("قصفت فصائل المعارضة بلدة الفوعة وكفريا في ريف إدلب الشمالي.");
        var kafraya = Assert.Single(places, p => p.Text == "كفريا");
        Assert.Equal("SY", kafraya.Country);
    }

    [Fact]
    public void A_name_joined_by_and_to_a_country_gains_nothing_from_the_list()
    {
        var places = Places("هاجم الكاتب أنصار إيران ونصر الله في مقاله عن لبنان وسوريا.");
        Assert.DoesNotContain(places, p => p.Text.Contains("نصر", StringComparison.Ordinal));
    }

    [Fact]
    public void A_village_the_gazetteer_lacks_does_not_break_the_list_it_stands_in()
    {
        // «والزقوم» has no row: before, «الحويجة» and «قسطون» after it were no list members.
        var places = Places("قصفت الطائرات مدينة حماة، وتعرضت أماكن في قرى الحواش والقاهرة والزقوم والحويجة وقسطون بسهل الغاب لقصف مكثف.");
        Assert.Contains(places, p => p.Text == "الحويجة" && p.Country == "SY");
        Assert.Contains(places, p => p.Text == "قسطون" && p.Country == "SY");
    }

    [Fact]
    public void A_list_member_the_tagger_doubts_is_still_carried_by_its_list()
    {
        // «والعنكاوي» is a village of the Ghab the tagger never read: its list carries it as a cue would.
        var places = Places("قصفت الطائرات مدينة حماة، وتعرضت أماكن في قرى الحواش والقاهرة والعنكاوي والحويجة بسهل الغاب لقصف مكثف.");
        Assert.Contains(places, p => p.Name == "عنكاوي" && p.Country == "SY");
        Assert.Contains(places, p => p.Text == "الحويجة" && p.Country == "SY");
    }
}
