using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// «على الأقل» after a count's group leaves the group's outcome readable; a conscript is one person; one who fell
/// and is told wounded right after is no dead (docs/events.md, s28-toll).
/// </summary>
public class GroupQualifierTollTests
{
    private static IReadOnlyList<FatalityMention> All(string sentence) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    private static int Killed(string sentence) => Assert.Single(All(sentence)).Count;

    [Fact]
    public void At_least_after_the_group_of_a_count_still_lets_the_verb_tell_their_death()
    {
        var m = Assert.Single(All("وقال المرصد إن 100 من جنود الجيش على الأقل قتلوا في المعارك."));
        Assert.Equal(100, m.Count);
        Assert.True(m.IsLowerBound);
    }

    [Fact]
    public void Six_of_the_fighters_at_least_who_met_their_death_are_six()
    {
        Assert.Equal(6, Killed("لقي ستة من مقاتلي المعارضة المسلحة على الأقل مصرعهم في اشتباكات عنيفة."));
    }

    [Fact]
    public void Ten_of_the_police_at_least_who_were_wounded_are_no_dead()
    {
        Assert.Empty(All("قال المصدر إن عشرة من عناصر الشرطة على الأقل جرحوا في الانفجار."));
    }

    [Fact]
    public void An_officer_and_a_conscript_killed_are_two()
    {
        Assert.Equal(2, Killed("أسفر الانفجار عن مقتل ضابط ومجند قرب العريش."));
    }

    [Fact]
    public void A_conscript_killed_is_one()
    {
        Assert.Equal(1, Killed("قتل مجند في هجوم على نقطة تفتيش."));
    }

    [Fact]
    public void A_conscript_who_fell_wounded_is_no_dead()
    {
        Assert.Empty(All("مما أدى إلى سقوط مجند من الأمن المركزي أصيب بطلق ناري في بطنه."));
    }

    [Fact]
    public void A_fighter_who_fell_with_no_wound_told_is_one_dead()
    {
        Assert.Equal(1, Killed("أسفرت الاشتباكات عن سقوط مقاتل من الفصائل قرب البلدة."));
    }

    [Theory]
    [InlineData("قضى جندي وأصيب ثلاثة آخرون في هجوم مسلح على حاجز قرب درعا.")]
    [InlineData("وأسفر الانفجار عن سقوط مدني وإصابة خمسة آخرين في مدينة الرمادي.")]
    public void One_who_fell_stays_dead_when_a_wound_of_others_follows(string sentence)
    {
        // review28 finding 1: the wound of «آخرون/آخرين» is told of others, in a conjoined clause.
        Assert.Contains(All(sentence), m => m.Count == 1);
    }
}
