using Marsad.Extraction;
using Marsad.Text;

namespace Marsad.Tests.Extraction;

/// <summary>
/// A risen tally told figure first or with a long cause closed by a comma, and one person joined before a
/// counted group of dead (docs/events.md, s23-fatal).
/// </summary>
public class TollOrderTests
{
    private static IReadOnlyList<FatalityMention> Tolls(string sentence) =>
        FatalityFinder.Default.FindAll(AnalyzedText.Analyze(sentence));

    [Fact]
    public void A_tally_told_figure_first_reads_its_figure()
    {
        Assert.Contains(Tolls("وقال المرصد إنه ارتفع إلى 60 عدد الشهداء المدنيين بينهم 11 امرأة."), m => m.Count == 60);
    }

    [Fact]
    public void A_figure_first_tally_of_the_wounded_is_no_toll()
    {
        Assert.DoesNotContain(Tolls("وقال المرصد إنه ارتفع إلى 60 عدد الجرحى في البلدة."), m => m.Count == 60);
    }

    [Fact]
    public void A_long_cause_closed_by_a_comma_before_the_figure_keeps_the_tally()
    {
        Assert.Contains(Tolls("ارتفع عدد قتلى تفجير حافلة قرب معامل الدفاع في ريف محافظة حماة في وسط سوريا الأربعاء، إلى 60 شخصا."), m => m.Count == 60);
    }

    [Fact]
    public void A_woman_joined_before_five_children_who_were_killed_counts_six()
    {
        Assert.Equal(6, Assert.Single(Tolls("وقال المسؤول إن امرأة وخمسة أطفال قتلوا في الغارة.")).Count);
    }

    [Fact]
    public void A_woman_joined_before_two_of_the_police_who_were_killed_counts_three()
    {
        Assert.Equal(3, Assert.Single(Tolls("وقال إن امرأة واثنين من عناصر الشرطة قتلوا في هجوم انتحاري.")).Count);
    }

    [Fact]
    public void A_woman_picked_out_of_the_dead_is_not_added_again()
    {
        Assert.Equal(10, Tolls("وقتل عشرة أشخاص بينهم امرأة وخمسة أطفال قتلوا في القصف.")[0].Count);
    }

    [Fact]
    public void Three_of_them_who_met_their_death_count_three()
    {
        Assert.Contains(Tolls("اعتقلت الشرطة عشرات المحتجين ولقي ثلاثة منهم مصرعهم في الاشتباكات."), m => m.Count == 3);
    }

    [Fact]
    public void Two_of_the_wounded_who_died_count_two_dead()
    {
        Assert.Equal(2, Assert.Single(Tolls("أصيب أكثر من 20 شخصا، لقي اثنان منهم مصرعهم متأثرين بجراحهم.")).Count);
    }

    [Fact]
    public void A_farmer_assassinated_by_gunmen_is_one_dead()
    {
        Assert.Equal(1, Assert.Single(Tolls("وقالت الشرطة إن مسلحين مجهولين اغتالوا مزارعا قرب القرية.")).Count);
    }

    [Fact]
    public void Farms_culled_after_a_killing_word_are_no_dead_farmer()
    {
        // Bare «مزارع» is as often the plural "farms" as "a farmer" (review23 note 15); only the accusative names one.
        Assert.Empty(Tolls("وقررت الوزارة إعدام مزارع الدواجن المصابة بإنفلونزا الطيور في المحافظة."));
    }
}
