using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A denied verb of outcome denies the casualties of its object however long its subject (docs/events.md, "s26-fatal"):
/// «ولم يسفر ذلك الحادث عن سقوط ضحايا» says nobody died, not an unnumbered plural of dead.
/// </summary>
public class DeniedOutcomeTollTests
{
    private static IReadOnlyList<FatalityMention> Dead(string body) => FatalityFinder.Default.FindAll(AnalyzedText.Analyze(body));

    private static IReadOnlyList<FatalityMention> Zeros(string body) => FatalityFinder.Default.FindNoDeaths(AnalyzedText.Analyze(body));

    [Theory]
    [InlineData("سقطت قذيفتان قرب مبنى البلدية صباح اليوم، ولم يسفر ذلك الحادث عن سقوط ضحايا.")]
    [InlineData("انفجرت عبوة قرب مبنى البلدية، ولم يسفر التفجير بحسب المصادر الأمنية عن وقوع ضحايا.")]
    [InlineData("انفجرت عبوة قرب مبنى البلدية، ولم يؤد الانفجار في ساعات الصباح إلى سقوط قتلى.")]
    [InlineData("سقطت قذيفة في ساحة السوق، دون أن يسفر سقوطها في الساحة عن وقوع ضحايا.")]
    [InlineData("انفجرت عبوة قرب مبنى البلدية، ولم يتسبب التفجير بحسب المصادر الأمنية في سقوط ضحايا.")]
    [InlineData("سقطت قذيفة قرب المدرسة، دون أن تتسبب القذيفة في وقوع ضحايا.")]
    public void A_denied_outcome_with_a_long_subject_says_nobody_died(string body)
    {
        Assert.DoesNotContain(Dead(body), m => m.Count > 0);
        Assert.Contains(Zeros(body), m => m.Count == 0 && m.IsDenial);
    }

    [Fact]
    public void The_blast_with_a_denied_outcome_has_no_dead()
    {
        var blast = Assert.Single(Events.Of("انفجرت قنبلة قرب مبنى البلدية في مدينة حلب أمس، ولم يسفر التفجير بحسب المصادر الأمنية عن وقوع ضحايا."), e => e.Type == "REMOTE");
        Assert.Equal(0, blast.Fatalities);
    }

    [Theory]
    [InlineData("أسفر الانفجار الذي وقع قرب مبنى البلدية عن سقوط ضحايا.", 3)]
    [InlineData("لم تتوقف الاشتباكات في المدينة وأسفرت عن سقوط ضحايا.", 3)]
    [InlineData("لم يعلن أحد مسؤوليته عن الهجوم الذي أسفر عن مقتل 12 شخصا.", 12)]
    public void An_outcome_not_denied_keeps_its_dead(string body, int killed) => Assert.Contains(Dead(body), m => m.Count == killed);
}
