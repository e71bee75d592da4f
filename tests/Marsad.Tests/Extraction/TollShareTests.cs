using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A toll shared out over places by «most of them in» («معظمهم في حلب ودير الزور») is a monitor's total over more places
/// than it names, no deed at each (docs/annotation.md 4.2); a deed told in a clause of its own beside it stays.
/// </summary>
public class TollShareTests
{
    private static readonly DateOnly March = new(2013, 3, 12);

    [Theory]
    [InlineData("وقالت لجان التنسيق المحلية إن أكثر من 90 شخصا قتلوا أمس بنيران قوات النظام معظمهم في حلب ودير الزور وحمص.")]
    [InlineData("وأفادت الشبكة بارتفاع قتلى اشتباكات الجمعة بين الجيشين النظامي والحر إلى 75 شخصا أغلبهم بالعاصمة دمشق وريفها.")]
    [InlineData("وقال ناشطون إن حصيلة قتلى القصف والاشتباكات أمس بلغت 110 قتلى، معظمهم في إدلب وحماة.")]
    public void A_toll_shared_out_over_places_by_most_of_them_is_no_event(string body)
    {
        Assert.DoesNotContain(Of(body, March), e => e.Type is "ASSAULT" or "REMOTE" or "ATTACK_CIVILIANS");
    }

    [Fact]
    public void Dead_of_whom_most_were_civilians_keep_the_place_of_their_shelling()
    {
        const string body = "وقتل 12 شخصا معظمهم من المدنيين في قصف لقوات النظام على مدينة دوما بريف دمشق أمس.";
        Assert.Contains(Of(body, March), e => e.Type == "REMOTE" && e.Location?.Name == "دوما");
    }

    [Fact]
    public void A_shelling_told_before_a_joiner_that_opens_the_toll_stays_an_event()
    {
        const string body = "وأعلن الجيش الحر أن مقاتليه قصفوا أمس بالقذائف الصاروخية مبنى الأركان في دمشق، فيما أعلنت الشبكة عن مقتل 80 شخصا بنيران قوات النظام، معظمهم في دمشق وحمص.";
        Assert.Contains(Of(body, March), e => e.Type == "REMOTE");
    }
}
