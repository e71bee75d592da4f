using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «أقفل» is the Levantine «أغلق»: closing a road with it is a blockade. Protesters who cut or close
/// a road are its doers (annotation.md: protesters cutting a road, an optional BLOCKADE beside the
/// protest), where a crowd surrounding armoured cars besieges no place and does no blockade.
/// </summary>
public class RoadCutTests
{
    [Fact]
    public void Closing_a_road_with_the_verb_aqfala_is_a_blockade()
    {
        Assert.Contains(Of("وأقفل شبان غاضبون الطريق الدولية عند مدخل بلدة الهرمل بالإطارات المشتعلة صباح أمس."), e => e.Type == "BLOCKADE");
    }

    [Fact]
    public void Protesters_who_cut_a_road_are_the_doers_of_its_blockade()
    {
        var e = Assert.Single(Of("وقطع المتظاهرون الطريق الزراعي عند مدخل مدينة طنطا لعدة ساعات أمس."), e => e.Type == "BLOCKADE");
        Assert.Equal("PROTESTERS", e.Actor1?.Id);
    }

    [Fact]
    public void Protesters_surrounding_armoured_cars_do_no_blockade()
    {
        Assert.DoesNotContain(Of("وتقدم المتظاهرون في ميدان التحرير وحاصروا المدرعات أمس."), e => e.Type == "BLOCKADE" && e.Actor1?.Id == "PROTESTERS");
    }
}
