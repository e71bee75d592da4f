using Marsad.Ingestion;
using Marsad.Output;
using Marsad.Pipeline;
using static Marsad.Tests.Extraction.Events;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A verbal noun whose bare genitive is its patient takes its doer as genitive when its object follows
/// behind the clitic ل (docs/events.md, "s27-doer"); a ل of purpose leaves the genitive the patient.
/// </summary>
public class LamObjectDoerTests
{
    private static List<EventRecord> RulesOnly(string body) =>
        MarsadPipeline.CreateRulesOnly().Extract(new Article { Source = "t", Body = body, Published = Published }).Events;

    [Fact]
    public void A_targeting_whose_genitive_is_followed_by_a_building_behind_lam_is_done_by_the_genitive()
    {
        var events = RulesOnly("وأدى استهداف الجيش الحر لمبنى المخابرات في حي المزة بدمشق بقذائف الهاون إلى أضرار كبيرة.");
        var e = Assert.Single(events, x => x.Type == "REMOTE" && x.Evidence.Text.Contains("استهداف", StringComparison.Ordinal));
        Assert.Equal("SYR-REBELS", e.Actor1?.Id);
    }

    [Fact]
    public void A_targeting_whose_genitive_is_followed_by_civilians_behind_lam_is_done_by_the_genitive_to_them()
    {
        var events = RulesOnly("وندد ناشطون باستمرار استهداف قوات النظام للمدنيين في مدينة دوما بريف دمشق.");
        var e = Assert.Single(events, x => x.Type == "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
        Assert.Equal("CIV", e.Actor2?.Id);
    }

    [Theory]
    [InlineData("وأدان المجلس المحلي استهداف قوات النظام لها بالبراميل")]
    [InlineData("وأدان المجلس المحلي استهداف قوات النظام له بالبراميل")]
    public void A_targeting_whose_genitive_is_followed_by_a_pronoun_behind_lam_is_done_by_the_genitive(string body)
    {
        var e = Assert.Single(RulesOnly(body), x => x.Type == "REMOTE");
        Assert.Equal("SYR-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void A_targeting_with_no_lam_object_keeps_its_genitive_as_the_target()
    {
        var events = RulesOnly("وأسفر استهداف قوات النظام بعبوة ناسفة في مدينة درعا عن مقتل ثلاثة عناصر.");
        Assert.DoesNotContain(events, x => x.Type == "REMOTE" && x.Evidence.Text.Contains("استهداف", StringComparison.Ordinal) && x.Actor1?.Id == "SYR-MIL");
    }

    [Fact]
    public void An_arrest_whose_genitive_is_followed_by_two_persons_behind_lam_is_made_by_the_genitive()
    {
        var events = RulesOnly("وأفاد شهود عيان باعتقال الشرطة لشخصين في مدينة الموصل صباح الجمعة.");
        var e = Assert.Single(events, x => x.Type == "ARREST");
        Assert.Equal("IRQ-MIL", e.Actor1?.Id);
    }

    [Fact]
    public void A_siege_whose_genitive_is_followed_by_the_town_named_back_behind_lam_is_laid_by_the_genitive()
    {
        var events = RulesOnly("دخلت قوات النظام بلدة الزبداني، وأدى حصار الجيش السوري للبلدة إلى نقص حاد في الغذاء.");
        Assert.Contains(events, x => x.Type == "BLOCKADE" && x.Actor1?.Id == "SYR-MIL");
    }
}
