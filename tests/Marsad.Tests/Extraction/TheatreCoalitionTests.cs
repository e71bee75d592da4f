using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «طائرات التحالف» with no leader named is the coalition that fights in the article's country: the Saudi-led one in
/// Yemen's news, the US-led one in Syria's and Iraq's (national_actors.tsv coalition); the Syrian Observatory's
/// «التحالف العربي - الدولي» is the US-led coalition, not the Arab one fighting in Yemen (docs/events.md, s32-blame).
/// </summary>
public class TheatreCoalitionTests
{
    [Fact]
    public void The_coalition_planes_over_a_yemeni_town_are_the_saudi_led_coalition()
    {
        var result = Extract("قالت مصادر محلية في محافظة أبين جنوب اليمن إن طائرات التحالف شنت غارات مكثفة على مواقع الحوثيين في مدينة جعار أمس.");
        var planes = Assert.Single(result.Actors, a => a.Text == "طائرات التحالف");
        Assert.Equal("SAU-COALITION", planes.Id);
    }

    [Fact]
    public void The_coalition_planes_over_an_iraqi_town_are_the_us_led_coalition()
    {
        var result = Extract("قال مصدر أمني في محافظة الأنبار إن طائرات التحالف قصفت مواقع لتنظيم داعش قرب مدينة الرمادي أمس.");
        var planes = Assert.Single(result.Actors, a => a.Text == "طائرات التحالف");
        Assert.Equal("USA-COALITION", planes.Id);
    }

    [Fact]
    public void The_observatorys_arab_and_international_coalition_is_the_us_led_coalition()
    {
        var result = Extract("قال المرصد السوري لحقوق الإنسان إن غارات التحالف العربي - الدولي استهدفت مواقع لتنظيم داعش في مدينة الرقة أمس.");
        Assert.Contains(result.Actors, a => a.Id == "USA-COALITION");
        Assert.DoesNotContain(result.Actors, a => a.Id == "SAU-COALITION");
    }

    [Fact]
    public void The_arab_coalition_named_alone_stays_the_saudi_led_coalition()
    {
        var result = Extract("شنت طائرات التحالف العربي غارات على معسكر للحوثيين في مدينة زنجبار بمحافظة أبين جنوب اليمن.");
        Assert.Contains(result.Actors, a => a.Id == "SAU-COALITION");
        Assert.DoesNotContain(result.Actors, a => a.Id == "USA-COALITION");
    }
}
