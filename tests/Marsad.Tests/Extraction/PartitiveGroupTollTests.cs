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
    public void Soldiers_of_the_army_and_a_counted_group_of_gunmen_met_their_death_together()
    {
        Assert.Equal(8, Assert.Single(Tolls("وأفاد المرصد بأن خمسة من جنود الجيش وثلاثة مسلحين لقوا حتفهم في الاشتباكات.")).Count);
    }

    [Fact]
    public void A_number_in_the_group_name_does_not_part_the_count_from_its_verb()
    {
        Assert.Equal(4, Assert.Single(Tolls("وقال مصدر إن أربعة من عناصر الفرقة 17 قتلوا في الهجوم.")).Count);
    }
}
