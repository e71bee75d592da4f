using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A deed noun with the article told at a country or a region, on the day of its own sentence (a condemnation, a
/// complaint), retells the one deed the article places at a town inside it, before or after it
/// (s42b-retell; EventMerger.RetoldTown). Rules only.
/// </summary>
public sealed class DefiniteRetellingTests
{
    private static readonly DateOnly Published = new(2013, 1, 31);

    [Fact]
    public void A_strike_condemned_the_next_day_as_the_strike_on_the_country_is_the_strike_on_the_town_told_after()
    {
        var events = Of("أدانت الحكومة اللبنانية اليوم الخميس الغارة الإسرائيلية على سوريا. وقصفت طائرات حربية إسرائيلية فجر أمس الأربعاء مركزا للبحوث العلمية في منطقة جمرايا.", Published);
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("جمرايا", e.Location?.Name);
    }

    [Fact]
    public void A_strike_on_a_town_then_condemned_the_next_day_as_the_strike_on_the_country_is_one_strike_at_the_town()
    {
        var events = Of("قصفت طائرات حربية إسرائيلية فجر أمس الأربعاء مركزا للبحوث العلمية في منطقة جمرايا. ونددت جامعة الدول العربية اليوم الخميس بالغارة الإسرائيلية على سوريا.", Published);
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("جمرايا", e.Location?.Name);
    }
}
