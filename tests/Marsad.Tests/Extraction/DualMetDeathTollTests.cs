using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The dual verb «لقيا»/«لقيتا» right before «حتفهما»/«مصرعهما» says two died, its subject told before it however far
/// (docs/events.md, "s42b-tolls"): the subject of a dual verb is its own ending, so no noun of people need stand near.
/// </summary>
public class DualMetDeathTollTests
{
    private static IReadOnlyList<FatalityMention> All(string body) => FatalityFinder.Default.FindAll(AnalyzedText.Analyze(body));

    [Theory]
    [InlineData("وذكرت الوكالة أن اثنين من المسلحين الذين شاركوا في الهجوم على مخفر البلدة لقيا حتفهما خلال الاشتباك.")]
    [InlineData("وشيع الأهالي جثماني الشابين اللذين لقيا مصرعهما برصاص مجهولين قرب السوق.")]
    [InlineData("وأكد المصدر أن الممرضتين العاملتين في المستشفى الميداني لقيتا حتفهما في القصف.")]
    public void The_dual_verb_of_meeting_death_counts_two_dead_whoever_its_subject(string body)
    {
        var m = Assert.Single(All(body));
        Assert.Equal(2, m.Count);
    }

    [Fact]
    public void A_dual_noun_right_before_the_verb_is_counted_once()
    {
        var m = Assert.Single(All("لقي جنديان مصرعهما وأصيب ثلاثة آخرون في انفجار عبوة ناسفة."));
        Assert.Equal(2, m.Count);
    }

    [Fact]
    public void A_numbered_count_of_the_sentence_keeps_its_figure() =>
        Assert.DoesNotContain(All("قتل 9 أشخاص في الهجوم بينهم مهاجمان لقيا حتفهما في تبادل إطلاق النار."), m => m.Count != 9);

    [Fact]
    public void The_attack_the_dual_verb_closes_takes_its_two_dead()
    {
        var attack = Assert.Single(Events.Of("هاجم مسلحون مركزا للشرطة في مدينة أضنة مساء الثلاثاء، وقالت الشرطة إن اثنين من المهاجمين لقيا حتفهما خلال تبادل إطلاق النار."), e => e.Type == "ASSAULT");
        Assert.Equal(2, attack.Fatalities);
    }
}
