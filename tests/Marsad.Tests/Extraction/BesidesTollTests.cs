using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>A group of people added by «بالإضافة إلى» to a statement of dead died too (docs/events.md, s21-fatal).</summary>
public class BesidesTollTests
{
    private static IReadOnlyList<FatalityMention> Tolls(string sentence) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    [Fact]
    public void Policemen_killed_in_the_attacks_besides_three_gunmen_count_ten()
    {
        Assert.Equal(10, Assert.Single(Tolls("وقال مسؤول إن سبعة من الشرطة قتلوا في الهجمات بالإضافة إلى ثلاثة مسلحين.")).Count);
    }

    [Fact]
    public void Soldiers_killed_and_workers_added_after_a_comma_count_together()
    {
        Assert.Equal(13, Assert.Single(Tolls("وأسفر التفجير عن استشهاد عشرة من الجنود، إضافة إلى ثلاثة من العاملين في الموقع.")).Count);
    }

    [Fact]
    public void A_group_added_before_the_wounded_counts_with_the_dead()
    {
        Assert.Equal(13, Tolls("حدث تفجير نتج عنه استشهاد عشرة من الجنود إضافة إلى ثلاثة من العاملين في الموقع وإصابة تسعة آخرين.")[0].Count);
    }

    [Fact]
    public void Wounded_added_besides_the_dead_are_not_counted()
    {
        Assert.Equal(12, Assert.Single(Tolls("وأسفر الانفجار عن مقتل 12 شخصا بالإضافة إلى 28 جريحا.")).Count);
    }

    [Fact]
    public void A_place_tally_added_besides_a_toll_is_not_more_dead()
    {
        Assert.Equal(40, Tolls("وقال المرصد إن 40 شخصا قتلوا في دمشق بالإضافة إلى 33 في حلب.")[0].Count);
    }

    [Fact]
    public void A_group_added_after_the_dead_were_broken_down_may_be_part_of_them()
    {
        Assert.Equal(20, Tolls("وقتل 20 شخصا بينهم سبعة أطفال بالإضافة إلى أربعة مسلحين.")[0].Count);
    }
}
