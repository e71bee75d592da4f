using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Shelling or fighting whose only place is a country spread over its unnamed parts is a total (docs/annotation.md 4.2,
/// s27-totals); the named places of the same line stay events, and so does a nationwide sweep of arrests.
/// </summary>
public class SpreadOverCountryTests
{
    [Theory]
    [InlineData("وتواصل القوات النظامية القصف على مناطق عدة بسوريا منذ صباح اليوم.", "REMOTE")]
    [InlineData("وقصفت طائرات التحالف الدولي مواقع التنظيم في مختلف أنحاء العراق أمس.", "REMOTE")]
    [InlineData("وقصفت الطائرات الحربية مواقع المعارضة في أنحاء متفرقة من سوريا أمس.", "REMOTE")]
    public void Shelling_or_fighting_spread_over_a_country_is_a_total(string body, string type)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == type && e.Location?.Precision == "country");
    }

    [Theory]
    [InlineData("وقصفت طائرات التحالف أمس مواقع التنظيم في العراق في سبع مدن مختلفة.")]
    [InlineData("وقصفت طائرات التحالف أمس مواقع التنظيم في العراق في عدة محافظات.")]
    public void Strikes_in_a_country_in_several_unnamed_cities_are_a_total(string body)
    {
        Assert.DoesNotContain(Of(body), e => e.Type == "REMOTE" && e.Location?.Precision == "country");
    }

    [Fact]
    public void The_named_cities_of_a_roundup_line_stay_events()
    {
        var events = Of("وتواصل القوات النظامية القصف على مناطق عدة بسوريا، مع تواصل القتال في مدينة حلب اليوم.");
        Assert.Contains(events, e => e.Type == "ASSAULT" && e.Location?.Name == "حلب");
    }

    [Fact]
    public void Shelling_of_several_quarters_of_a_named_city_stays_an_event()
    {
        var events = Of("وقصفت قوات النظام مناطق عدة في مدينة دوما بريف دمشق أمس.");
        Assert.Contains(events, e => e.Type == "REMOTE");
    }

    [Fact]
    public void A_nationwide_sweep_of_arrests_stays_an_event()
    {
        var events = Of("واعتقلت الشرطة التركية أمس مئات المشتبه بهم في مختلف أنحاء البلاد.");
        Assert.Contains(events, e => e.Type == "ARREST");
    }
}
