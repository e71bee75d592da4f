using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «القوات التي تقودها الولايات المتحدة» is the US-led coalition (docs/events.md, "s27-doer"), not the
/// Iraqi or Syrian forces the article goes on to name.
/// </summary>
public class LedForcesTests
{
    [Fact]
    public void Forces_the_united_states_leads_are_the_coalition_that_strikes()
    {
        var result = Extract("وقال بيان عسكري إن القوات التي تقودها الولايات المتحدة نفذت تسع غارات جوية على مواقع لتنظيم داعش قرب الحسكة يوم الأحد.");
        Assert.Contains(result.Events, e => e.Type == "REMOTE" && e.Actor1?.Id == "USA-COALITION");
    }
}
