using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Police who disperse protesters («لتفريق المتظاهرين») tell of a protest that is under way, even
/// where no noun of protest is written: the protesters named right after the verbal noun are the
/// protest's doers. The «ل» of purpose belongs to the dispersal, not to the protest, so the protest
/// stays asserted («لتفريق مجموعة من المحتجين», «لتفريقهم»); a dispersal with no protesters in its
/// clause is none (s33-recall).
/// </summary>
public class DispersalProtestTests
{
    [Fact]
    public void Tear_gas_fired_to_disperse_protesters_tells_of_a_protest()
    {
        var protest = Single("وأطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين أمام مبنى المحافظة في مدينة طنطا أمس.", "PROTEST");
        Assert.Equal("PROTESTERS", protest.Actor1?.Id);
    }

    [Fact]
    public void The_purpose_of_a_dispersal_leaves_the_protest_asserted()
    {
        var protest = Single("وأطلقت الشرطة أعيرة نارية في الهواء لتفريق مجموعة من المحتجين أمام مبنى البلدية في مدينة الموصل أمس.", "PROTEST");
        Assert.Equal("asserted", protest.Modality);
    }

    [Fact]
    public void A_dispersal_with_no_protesters_named_is_no_protest()
    {
        Assert.DoesNotContain(Of("ويسعى الوسيط إلى تفريق الخصوم عن طاولة الحوار في بغداد."), e => e.Type == "PROTEST");
    }
}
