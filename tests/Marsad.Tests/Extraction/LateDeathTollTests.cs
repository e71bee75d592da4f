using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The wounded who died since («توفي جنديان … متأثرين بجروحهما»): dead, counted by the verbs of dying, and the toll of
/// the deed they were wounded in only when it has none but a wounded-only 0 (hand-read l, B10; docs/events.md s33-tolls).
/// </summary>
public class LateDeathTollTests
{
    private static IReadOnlyList<FatalityMention> Dead(string body) => FatalityFinder.Default.FindAll(AnalyzedText.Analyze(body));

    [Theory]
    [InlineData("توفي جنديان اليوم في المستشفى متأثرين بجروحهما.", 2)]
    [InlineData("وفي حمص، توفي ثلاثة اشخاص في حي الوعر.", 3)]
    [InlineData("وقال المصدر إن أربعة عناصر من الشرطة توفوا في المستشفى.", 4)]
    [InlineData("وأكد الضابط أن جنديا توفي وأصيب آخر بجروح.", 1)]
    public void A_verb_of_dying_counts_its_dead(string body, int count)
    {
        Assert.Contains(Dead(body), m => m.Count == count);
    }

    [Theory]
    [InlineData("توفي الشيخ عام 1990 في مدينته.")]
    [InlineData("توفي والده قبل سنوات.")]
    public void A_death_of_long_ago_or_of_one_named_is_no_count(string body)
    {
        Assert.DoesNotContain(Dead(body), m => m.Count > 1);
    }

    [Fact]
    public void The_wounded_who_died_are_the_toll_of_an_attack_told_with_no_other()
    {
        var attack = Assert.Single(Events.Of("توفي جنديان عراقيان اليوم بمستشفى الرمادي متأثرين بجروحهما التي أصيبا بها في الهجوم الذي استهدف أمس رتلا عسكريا في منطقة عكاشات."),
            e => e.Type == "ASSAULT");
        Assert.Equal(2, attack.Fatalities);
    }
}
