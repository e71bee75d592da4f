using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A build-up is placed where its forces go (guideline 6.4), and forces sent to storm, besiege or retake a
/// place go there: the place after the purpose of a MOBILIZE is the build-up's own (issue 9, s27-mobilize).
/// </summary>
public class MobilizeAimTests
{
    [Fact]
    public void Reinforcements_sent_to_besiege_the_city_are_placed_at_that_city()
    {
        var e = Single("تدور معارك عنيفة في مدينة حمص منذ يومين.\nوترد القوات الحكومية بالمدفعية الثقيلة، كما أرسلت تعزيزات لمحاصرة المدينة.", "MOBILIZE");
        Assert.Equal("مدينة حمص", e.Location!.Name);
    }

    [Fact]
    public void Troops_massed_to_storm_a_town_are_placed_at_the_town()
    {
        var e = Single("حشد الجيش أمس آليات وجنودا لاقتحام بلدة القريتين.", "MOBILIZE");
        Assert.Equal("القريتين", e.Location!.Name);
    }

    [Fact]
    public void A_destination_named_before_the_purpose_stays_the_place()
    {
        var e = Single("أرسل الجيش تعزيزات عسكرية إلى مدينة حمص لاستعادة بلدة القريتين.", "MOBILIZE");
        Assert.Equal("مدينة حمص", e.Location!.Name);
    }

    [Fact]
    public void Supporters_rallied_for_a_protest_are_no_build_up_placed_at_the_protest()
    {
        Assert.DoesNotContain(Of("وتحشد الجماعة أنصارها اليوم لمظاهرة كبرى أمام جامعة القاهرة.\nوقال المتحدث باسم الجماعة إن المظاهرة ستكون سلمية."), e => e.Type == "MOBILIZE");
    }
}
