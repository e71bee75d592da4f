using Marsad.Ingestion;
using Marsad.Pipeline;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «مدينة دوما بالغوطة الشرقية لدمشق»: a town written with «ل» right after a region says whose region
/// it is; the deed is in the town told before, not in the city that owns the region.
/// </summary>
public class RegionOwnerTests
{
    [Fact]
    public void A_city_that_owns_the_region_is_not_where_the_clash_happened()
    {
        var events = Of("وشهدت مدينة دوما بالغوطة الشرقية لدمشق اشتباكات عنيفة بين الجيش والمعارضة المسلحة.")
            .Where(e => e.Type == "ASSAULT").ToList();

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("دمشق", e.Location?.Name));
    }

    [Fact]
    public void A_city_named_on_its_own_after_a_region_is_still_a_place()
    {
        var events = Of("دارت اشتباكات عنيفة في الغوطة الشرقية وفي دمشق بين الجيش والمعارضة المسلحة.")
            .Where(e => e.Type == "ASSAULT").ToList();

        Assert.Contains(events, e => e.Location?.Name == "دمشق");
    }

    private static List<Output.EventRecord> Of(string body) =>
        MarsadPipeline.CreateDefault().Extract(new Article { Source = "t", Body = body, Published = new DateOnly(2013, 3, 12) }).Events;
}
