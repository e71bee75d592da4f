namespace Marsad.Tests.Extraction;

/// <summary>
/// Issue 10 (s24-place): a list whose members each carry a compass gloss («درعا (جنوب) وحمص (وسط)
/// وادلب (شمال غرب)») is one event per member (SPEC §6); the gloss says where a member lies and
/// does not end the list.
/// </summary>
public class GlossedListTests
{
    [Fact]
    public void Each_glossed_member_of_a_list_is_its_own_event()
    {
        var strikes = Events.Of("وقصفت القوات النظامية الثلاثاء مناطق في درعا (جنوب) وحمص (وسط) وادلب (شمال غرب).")
            .Where(e => e.Type == "REMOTE").Select(e => e.Location?.Name).ToList();

        Assert.Equal(3, strikes.Count);
        Assert.Contains("حمص", strikes);
    }

    [Fact]
    public void A_parenthesis_that_is_no_compass_gloss_still_ends_the_list()
    {
        var strikes = Events.Of("وقصفت القوات النظامية الثلاثاء مناطق في درعا (بحسب المرصد) وحمص.")
            .Where(e => e.Type == "REMOTE").ToList();

        Assert.Single(strikes);
    }
}
