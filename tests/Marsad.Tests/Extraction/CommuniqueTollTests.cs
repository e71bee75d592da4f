using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// The words of army communiqués the toll reader did not know (docs/events.md, s37-tolls): the vague "some" in its
/// plural and accusative forms («أعداد من», «عددا كبيرا من») is an unnumbered plural of dead, «قضى على» with people
/// after it is their killing, the Iraqi «آمر» is one commander, and «عضوين» two members.
/// </summary>
public class CommuniqueTollTests
{
    private static IReadOnlyList<FatalityMention> All(string sentence) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    private static int Killed(string sentence) => Assert.Single(All(sentence)).Count;

    [Theory]
    [InlineData("أسفرت الغارة على المعسكر عن مقتل أعداد من المسلحين.")]
    [InlineData("أعلن قائد العمليات مقتل أعداد كبيرة من عناصر التنظيم في الغارة.")]
    [InlineData("تصدت وحدة من الجيش للمهاجمين وقتلت عددا كبيرا من أفرادها.")]
    public void A_vague_plural_some_of_people_killed_is_three(string sentence)
    {
        Assert.Equal(3, Killed(sentence));
    }

    [Theory]
    [InlineData("نفذت وحدات الجيش عمليات في ريف المدينة قضت خلالها على عدد من المسلحين.")]
    [InlineData("قالت الوكالة إن وحدة من الجيش قضت على أعداد من المسلحين في الحي.")]
    public void Putting_an_end_to_a_number_of_fighters_kills_them(string sentence)
    {
        Assert.Equal(3, Killed(sentence));
    }

    [Fact]
    public void Putting_an_end_to_a_hope_kills_nobody()
    {
        Assert.Empty(All("قال الوزير إن القرار قضى على الأمل في حل قريب."));
    }

    [Fact]
    public void The_commander_of_a_regiment_and_two_soldiers_are_three()
    {
        Assert.Equal(3, Killed("اندلعت اشتباكات أسفرت عن مقتل آمر الفوج وجنديين وإصابة أربعة آخرين."));
    }

    [Fact]
    public void Two_members_of_a_party_killed_are_two()
    {
        Assert.Equal(2, Killed("استهدفت الطائرة سيارة في البلدة وقتلت عضوين من الحزب."));
    }
}
