using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s38b-site2): a deed at a site the sources lacked (an air base, a town under a news spelling) is placed at
/// the site, not at the city or province the sentence also names. Rules only.
/// </summary>
public sealed class NamedSiteDeedTests
{
    [Fact]
    public void Clashes_around_a_town_told_in_a_relative_clause_are_at_the_town_not_the_province()
    {
        var events = Of("في محافظة حماة (وسط)، شن الطيران الحربي غارة على بلدة كفرناز التي يشهد محيطها اشتباكات بين مقاتلي المعارضة وقوات النظام.");
        var e = Assert.Single(events, x => x.Type == "ASSAULT");
        Assert.Equal("point", e.Location?.Precision);
        Assert.Equal("حماة", e.Location?.Admin1);
    }

    [Fact]
    public void Rockets_on_the_thaala_air_base_are_at_the_base_not_at_suwayda_city()
    {
        var events = Of("قال المرصد إن فصائل المعارضة قصفت بالصواريخ تمركزات لقوات النظام في مطار الثعلة العسكري غرب مدينة السويداء.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("point", e.Location?.Precision);
        Assert.Contains("الثعلة", e.Location?.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Strikes_on_the_anad_base_are_at_the_base_not_at_the_governorate()
    {
        var events = Of("كثف طيران التحالف غاراته على قاعدة العند العسكرية في محافظة لحج.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("point", e.Location?.Precision);
        Assert.Contains("العند", e.Location?.Name ?? "", StringComparison.Ordinal);
    }
}
