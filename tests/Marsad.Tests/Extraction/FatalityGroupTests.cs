using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// Groups of dead told apart and joined by «و» add up to the event's toll (docs/events.md, s13-toll):
/// the coders sum them (docs/annotation.md 6.5, «all the dead of the event count, whichever side»).
/// </summary>
public class FatalityGroupTests
{
    private static int Killed(string sentence) =>
        Assert.Single(FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence))).Count;

    [Fact]
    public void Two_groups_counted_before_one_verb_of_death_add_up()
    {
        Assert.Equal(33, Killed("قال المرصد إن 25 مقاتلا على الأقل من الفصائل المعارضة وثمانية من عناصر التنظيم قتلوا في الهجوم على البلدة."));
    }

    [Fact]
    public void People_counted_then_named_by_their_group_before_the_verb_are_dead()
    {
        Assert.Equal(3, Killed("قال المرصد إن ثلاثة عناصر على الأقل من الجيش النظامي السوري قتلوا في المدينة."));
    }

    [Fact]
    public void A_group_joined_after_the_place_of_the_first_adds_to_it()
    {
        Assert.Equal(8, Killed("قال المرصد إن ثلاثة جنود قتلوا في البلدة وخمسة من عناصر اللجان اثر اشتباكات مع المسلحين."));
    }

    [Fact]
    public void A_count_picked_out_of_the_dead_by_among_them_is_no_more_dead()
    {
        Assert.Equal(6, Killed("أسفرت الاشتباكات عن مقتل 6 مقاتلين بينهم عقيد منشق واثنان من قادة الكتائب."));
    }

    [Fact]
    public void A_woman_and_three_children_killed_count_four()
    {
        Assert.Equal(4, Killed("أعلن المرصد مقتل امرأة وثلاثة أطفال في قصف على المخيم."));
    }

    [Fact]
    public void Two_victims_named_after_their_killers_count_two()
    {
        Assert.Equal(2, Killed("وقتل مسلحون جنديين في هجوم على حاجز قرب البلدة."));
    }

    [Fact]
    public void Two_dead_named_again_with_the_article_are_not_read_after_a_demonstrative()
    {
        Assert.Empty(FatalityFinder.Default.FindAll(AnalyzedText.Analyze("وردا على مقتل هذين الشرطيين شن الجيش غارات على مواقع الحزب.")));
    }

    [Fact]
    public void Wounded_counted_after_the_dead_are_not_added()
    {
        Assert.Equal(1, Killed("أعلن المرصد مقتل امرأة وإصابة ثلاثة أطفال في قصف على المخيم."));
    }
}
