using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A count picked out of a named group («سبعة من الشرطة») and a second count joined by «و» before one verb of death
/// died both: the verb is the second group's as much as the first's (docs/events.md, s39b-tolls).
/// </summary>
public class PartitiveGroupTollTests
{
    private static IReadOnlyList<FatalityMention> Tolls(string sentence) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    [Fact]
    public void Policemen_of_a_group_and_civilians_joined_before_the_verb_count_together()
    {
        Assert.Equal(22, Assert.Single(Tolls("وقال مسؤولون إن سبعة من الشرطة و15 مدنيا قتلوا في الهجوم.")).Count);
    }

    [Fact]
    public void A_group_named_without_a_second_count_keeps_its_verb()
    {
        Assert.Equal(4, Assert.Single(Tolls("وقال مصدر إن أربعة من عناصر الفرقة السابعة قتلوا في الهجوم.")).Count);
    }
}
